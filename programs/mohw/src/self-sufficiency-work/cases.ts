import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const receiving = (...programs: string[]) => ({ programRecipient: { programs } });
const alone = (m: CaseMember): ProgramCase['household'] => ({
  members: [{ relation: 'head', age: 45, ...m }],
});

// 2026 50% of the median (nblss.threshold.education): 1 person 1,282,119; 2 persons 2,099,646.
// Business income is not reduced by the 30% earned-income deduction, so it sets the recognized amount exactly.
export const cases: ProgramCase[] = [
  {
    name: '생계급여 수급자 — 조건부수급자 등 참여 유형·근로능력 판정 필요, 미결정',
    date: D,
    household: alone({ facts: receiving('WLF00001132') }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '의료급여 수급자, 자활소득으로 소득인정액 중위 40% 초과 (자활급여특례) — 미결정',
    date: D,
    household: alone({ income: { business: 1_100_000 }, facts: receiving('WLF00000102') }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '교육급여만 수급하는 가구원 — 일반수급자 참여 희망, 시·군·구청장 판단 필요',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 48, income: { earned: 900_000 } },
        { relation: 'child', age: 16, facts: receiving('WLF00001089') },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '비수급 1인 가구, 소득인정액 1,282,119원 (= 중위 50%) — 차상위자, 근로능력 판정 필요',
    date: D,
    household: alone({ income: { business: 1_282_119 } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '비수급 1인 가구, 소득인정액 1,282,120원 (중위 50% + 1원) — 비대상',
    date: D,
    household: alone({ income: { business: 1_282_120 } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '비수급 2인 가구, 소득인정액 2,099,646원 (= 2인 중위 50%) — 근로능력 판정 필요',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 45, income: { business: 2_099_646 } },
        { relation: 'spouse', age: 44 },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '비수급 2인 가구, 소득인정액 2,099,647원 — 비대상',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 45, income: { business: 2_099_647 } },
        { relation: 'spouse', age: 44 },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '비수급 만 68세, 소득 없음 — 만 65세 이상은 시·군·구청장 판단, 미결정',
    date: D,
    household: alone({ age: 68 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '비수급자 소득 자료 없음 — 미결정 (소득 필요)',
    date: D,
    household: alone({ income: null }),
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
