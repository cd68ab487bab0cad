import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '장애인 구직자 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 45, facts: { disability: { severity: 'severe' }, jobSeeker: true } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '차상위계층 구직자 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 45, facts: { nearPoor: {}, jobSeeker: true } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '생계급여 수급 가구의 구직자 — 대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 45, facts: { programRecipient: { programs: ['WLF00001132'] }, jobSeeker: true } }],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '북한이탈주민 구직자 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 45, facts: { northKoreanDefector: true, jobSeeker: true } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '해당 정보 없는 구직자 — 취업취약계층 여부 확인 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 45, facts: { jobSeeker: true } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '구직 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 45, facts: { disability: { severity: 'severe' } } }] },
    expect: { outcome: 'ineligible' },
  },
];
