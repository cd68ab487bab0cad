import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const LIVELIHOOD = 'WLF00001132';
const MEDICAL = 'WLF00000102';
const HOUSING = 'WLF00003201';
const EDUCATION = 'WLF00001089';
/** The surviving member who holds the funeral; the deceased no longer appears in the household. */
const mourner = (m: CaseMember): ProgramCase['household'] => ({
  members: [{ relation: 'head', age: 55, ...m }],
});
const funeral = (programs: string[], righteous?: boolean) => ({
  funeral: { diedOn: '2026-02-20', programs, ...(righteous === undefined ? {} : { righteous }) },
});

export const cases: ProgramCase[] = [
  {
    name: '생계급여 수급자였던 부모의 장제 — 80만원',
    date: D,
    household: mourner({ facts: funeral([LIVELIHOOD, HOUSING]) }),
    expect: { outcome: 'eligible', amountKrw: 800_000 },
  },
  {
    name: '의료급여 수급자의 장제 — 80만원',
    date: D,
    household: mourner({ facts: funeral([MEDICAL]) }),
    expect: { outcome: 'eligible', amountKrw: 800_000 },
  },
  {
    name: '주거급여만 받던 사망자의 장제 — 80만원',
    date: D,
    household: mourner({ facts: funeral([HOUSING]) }),
    expect: { outcome: 'eligible', amountKrw: 800_000 },
  },
  {
    name: '두 가구원이 각각 수급자였던 사망자 두 분의 장제 — 1구당 80만원, 160만원',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 55, facts: funeral([LIVELIHOOD]) },
        { relation: 'spouse', age: 53, facts: funeral([MEDICAL]) },
      ],
    },
    expect: { outcome: 'eligible', amountKrw: 1_600_000 },
  },
  {
    name: '교육급여만 받던 사망자의 장제 — 비대상',
    date: D,
    household: mourner({ facts: funeral([EDUCATION]) }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '비수급자의 장제 — 비대상',
    date: D,
    household: mourner({ facts: funeral([]) }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '장제 실시 기록 없음 (사망신고 연계 없음) — 비대상',
    date: D,
    household: mourner({ facts: { programRecipient: { programs: [LIVELIHOOD] } } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '비수급 의사자의 장제 — 의사자 인정일로부터 3년 이내인지 확인 필요, 미결정',
    date: D,
    household: mourner({ facts: funeral([], true) }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '의사자로 인정되지 않은 비수급 사망자 — 비대상',
    date: D,
    household: mourner({ facts: funeral([], false) }),
    expect: { outcome: 'ineligible' },
  },
];
