import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '만 9세 학교 밖 청소년, 가구 소득 없음 — 타 제도 확인 필요로 미결정',
    date: D,
    household: { members: [{ age: 9, facts: { outOfSchoolYouth: true } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 8세 — 연령 미달',
    date: D,
    household: { members: [{ age: 8, facts: { outOfSchoolYouth: true } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 25세 — 연령 초과',
    date: D,
    household: { members: [{ age: 25, facts: { outOfSchoolYouth: true } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2인 가구 소득 = 중위 100% (4,199,292원) — 소득 충족, 미결정',
    date: D,
    household: {
      members: [
        { age: 45, relation: 'head', income: { earned: 4199292 } },
        { age: 24, relation: 'child' },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '2인 가구 소득 중위 100% + 1원 — 소득 초과',
    date: D,
    household: {
      members: [
        { age: 45, relation: 'head', income: { earned: 4199293 } },
        { age: 16, relation: 'child' },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '가구 소득 자료 없음 — 미결정',
    date: D,
    household: {
      members: [
        { age: 45, relation: 'head', income: null },
        { age: 16, relation: 'child' },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
