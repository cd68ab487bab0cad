import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });
const withChild = (child: CaseMember, parent: CaseMember = {}): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 40, ...parent },
    { relation: 'child', ...child },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '만 6세 등록장애인 — 장애유형·긴급사유 확인 필요',
    date: D,
    household: withChild({ age: 6, facts: { disability: { severity: 'severe' } } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 5세 — 연령 미달',
    date: D,
    household: withChild({ age: 5, facts: { disability: { severity: 'severe' } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 65세 — 연령 초과',
    date: D,
    household: solo({ age: 65, facts: { disability: { severity: 'severe' } } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 30세 장애 미등록 — 비대상',
    date: D,
    household: solo({ age: 30 }),
    expect: { outcome: 'ineligible' },
  },
];
