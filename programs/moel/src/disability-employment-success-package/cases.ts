import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 18세 장애인 구직자 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 18, facts: { disability: { severity: 'mild' }, jobSeeker: true } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 17세 — 연령 미달',
    date: '2026-03-01',
    household: { members: [{ age: 17, facts: { disability: { severity: 'mild' }, jobSeeker: true } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 69세 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 69, facts: { disability: { severity: 'severe' }, jobSeeker: true } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 70세 — 상담·평가 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 70, facts: { disability: { severity: 'severe' }, jobSeeker: true } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '구직 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 40, facts: { disability: { severity: 'severe' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '장애 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 40, facts: { jobSeeker: true } }] },
    expect: { outcome: 'ineligible' },
  },
];
