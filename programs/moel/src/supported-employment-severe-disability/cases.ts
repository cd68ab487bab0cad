import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 15세 중증장애인 구직자 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 15, facts: { disability: { severity: 'severe' }, jobSeeker: true } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 14세 — 연령 미달',
    date: '2026-03-01',
    household: { members: [{ age: 14, facts: { disability: { severity: 'severe' }, jobSeeker: true } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '구직 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 30, facts: { disability: { severity: 'severe' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '장애 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 30, facts: { jobSeeker: true } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '경증장애인 — 고용지원 필요도 결정 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 30, facts: { disability: { severity: 'mild' }, jobSeeker: true } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
