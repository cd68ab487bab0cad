import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const withChild = (child: CaseMember, parent: CaseMember = {}): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 40, ...parent },
    { relation: 'child', ...child },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '만 11세 비장애 자녀, 부모 등록장애인 — 장애유형·건강보험료 확인 필요',
    date: D,
    household: withChild({ age: 11 }, { facts: { disability: { severity: 'severe' } } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 12세 — 연령 초과',
    date: D,
    household: withChild({ age: 12 }, { facts: { disability: { severity: 'severe' } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '부모 장애 없음 — 비대상',
    date: D,
    household: withChild({ age: 8 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '자녀가 등록장애인 — 비대상',
    date: D,
    household: withChild(
      { age: 8, facts: { disability: { severity: 'mild' } } },
      { facts: { disability: { severity: 'mild' } } },
    ),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
