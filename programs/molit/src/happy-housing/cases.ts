import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const HB = { programRecipient: { programs: ['WLF00003201'] } };
const hh = (...members: CaseMember[]): ProgramCase['household'] => ({
  tenure: 'monthlyRent',
  monthlyRentKrw: 300_000,
  depositKrw: 5_000_000,
  members,
});
const couple = (assets: CaseMember['assets'] = {}, ...children: CaseMember[]) =>
  hh(
    { relation: 'head', age: 45, income: { earned: 3_000_000 }, assets },
    { relation: 'spouse', age: 44 },
    ...children,
  );

// Housing benefit group: 1-person median 2,564,238 × 45% = 1,153,907.1 → at most 1,153,907 (business
// income is counted in full in the income-recognized amount). Every other group needs the urban
// worker income table, which the record does not give: at best undetermined.
export const cases: ProgramCase[] = [
  {
    name: '주거급여 수급 1인, 소득인정액 1,153,907원 (중위 45%) — 공급 대상',
    date: D,
    household: hh({ relation: 'head', age: 50, income: { business: 1_153_907 }, facts: HB }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '주거급여 수급 1인, 소득인정액 1,153,908원 — 주거급여 계층 초과, 다른 계층은 소득 확인 필요로 미결정',
    date: D,
    household: hh({ relation: 'head', age: 50, income: { business: 1_153_908 }, facts: HB }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '주거급여 수급 가구원이 주택 소유 — 비대상',
    date: D,
    household: hh(
      { relation: 'head', age: 50, facts: { ...HB, homeOwner: true } },
      { relation: 'spouse', age: 48 },
    ),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '주거급여 수급, 소득 자료 없음 — 미결정',
    date: D,
    household: hh({ relation: 'head', age: 50, income: null, facts: HB }),
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
  {
    name: '45세 부부, 세대 순자산 3억 4,500만원 — 산업단지·중소기업 등 해당 여부와 소득 확인 필요로 미결정',
    date: D,
    household: couple({ financial: 345_000_000 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '45세 부부, 세대 순자산 345,000,001원 — 자산 초과로 비대상',
    date: D,
    household: couple({ financial: 345_000_001 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '부부와 6세 자녀 — 신혼부부 계층, 소득 확인 필요로 미결정',
    date: D,
    household: couple({}, { relation: 'child', age: 6 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '부부와 7세 자녀, 자산 초과 — 비대상',
    date: D,
    household: couple({ general: 400_000_000 }, { relation: 'child', age: 7 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '한부모가족, 임신 중 — 소득 확인 필요로 미결정',
    date: D,
    household: hh({
      relation: 'head',
      age: 30,
      facts: { singleParentFamily: { kind: 'singleParent' }, pregnancy: {} },
    }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '대학 재학 20세 미혼 — 대학생 계층, 소득 확인 필요로 미결정',
    date: D,
    household: hh({ relation: 'head', age: 20, facts: { student: { level: 'university' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '19세 미혼 세대주, 세대 순자산 2억 7,300만원 — 청년 계층, 소득 확인 필요로 미결정',
    date: D,
    household: hh({ relation: 'head', age: 19, assets: { financial: 273_000_000 } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '39세 미혼 세대주, 세대 순자산 273,000,001원 — 청년 자산 초과, 대학생 등 다른 계층 확인 필요로 미결정',
    date: D,
    household: hh({ relation: 'head', age: 39, assets: { financial: 273_000_001 } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '40세 미혼, 18세 미혼 — 연령 밖이어도 소득업무 5년 이내 등 확인 필요로 미결정',
    date: D,
    household: hh({ relation: 'head', age: 40 }, { relation: 'child', age: 18 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '부모 집의 25세 자녀 (세대원) — 본인 자산 확인 필요로 미결정',
    date: D,
    household: hh({ relation: 'head', age: 55, facts: { homeOwner: true } }, { relation: 'child', age: 25 }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '65세 부부 — 고령자 계층, 소득 확인 필요로 미결정',
    date: D,
    household: hh({ relation: 'head', age: 65 }, { relation: 'spouse', age: 64 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '64세 부부, 자산 초과 — 비대상',
    date: D,
    household: hh(
      { relation: 'head', age: 64, assets: { general: 350_000_000 } },
      { relation: 'spouse', age: 64 },
    ),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '미혼 30세 본인이 주택 소유 — 비대상',
    date: D,
    household: hh({ relation: 'head', age: 30, facts: { homeOwner: true } }),
    expect: { outcome: 'ineligible' },
  },
];
