import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-05-01';
const hh = (...members: CaseMember[]): ProgramCase['household'] => ({ members });
const head = (earned: number, more: Partial<CaseMember> = {}): CaseMember => ({
  relation: 'head',
  age: 40,
  income: { earned },
  ...more,
});
const spouse = (earned: number, more: Partial<CaseMember> = {}): CaseMember => ({
  relation: 'spouse',
  age: 39,
  income: { earned },
  ...more,
});
const child = (age: number, more: Partial<CaseMember> = {}): CaseMember => ({
  relation: 'child',
  age,
  ...more,
});

// Annual amounts are monthly × 12, so limits are straddled one won a month either side:
// 22,000,000 ÷ 12 = 1,833,333.3; 32,000,000 ÷ 12 = 2,666,666.7; 44,000,000 ÷ 12 = 3,666,666.7;
// 70,000,000 ÷ 12 = 5,833,333.3; spouse 3,000,000 ÷ 12 = 250,000; dependents 1,000,000 ÷ 12 = 83,333.3.
export const cases: ProgramCase[] = [
  // — 단독가구 —
  {
    name: '단독가구, 연 600만원 (정액구간) — 1,650,000원',
    date: D,
    household: hh(head(500_000)),
    expect: { outcome: 'eligible', amountKrw: 1_650_000 },
  },
  {
    name: '단독가구, 연 360만원 (점증구간 × 165/400) — 1,485,000원',
    date: D,
    household: hh(head(300_000)),
    expect: { outcome: 'eligible', amountKrw: 1_485_000 },
  },
  {
    name: '단독가구, 연 1,800만원 (점감구간) — 507,692원',
    date: D,
    household: hh(head(1_500_000)),
    expect: { outcome: 'eligible', amountKrw: 507_692 },
  },
  {
    name: '단독가구, 연 21,999,996원 (2,200만원 미만) — 수급, 산식상 0원',
    date: D,
    household: hh(head(1_833_333)),
    expect: { outcome: 'eligible', amountKrw: 0 },
  },
  {
    name: '단독가구, 연 22,000,008원 — 소득 초과',
    date: D,
    household: hh(head(1_833_334)),
    expect: { outcome: 'ineligible' },
  },
  // — 홑벌이 —
  {
    name: '홑벌이 부부 (배우자 소득 없음), 연 2,400만원 — 1,266,666원',
    date: D,
    household: hh(head(2_000_000), spouse(0)),
    expect: { outcome: 'eligible', amountKrw: 1_266_666 },
  },
  {
    name: '홑벌이 부부, 연 31,999,992원 (3,200만원 미만) — 1원',
    date: D,
    household: hh(head(2_666_666), spouse(0)),
    expect: { outcome: 'eligible', amountKrw: 1 },
  },
  {
    name: '홑벌이 부부, 연 32,000,004원 — 소득 초과',
    date: D,
    household: hh(head(2_666_667), spouse(0)),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '배우자 근로소득 월 249,999원 (연 300만원 미만) — 홑벌이, 791,668원',
    date: D,
    household: hh(head(2_000_000), spouse(249_999)),
    expect: { outcome: 'eligible', amountKrw: 791_668 },
  },
  // — 맞벌이 —
  {
    name: '배우자 근로소득 월 250,000원 (연 300만원) — 맞벌이, 연 2,700만원, 2,077,777원',
    date: D,
    household: hh(head(2_000_000), spouse(250_000)),
    expect: { outcome: 'eligible', amountKrw: 2_077_777 },
  },
  {
    name: '배우자 사업소득 월 250,000원 — 총급여액 등에 포함되어 맞벌이, 2,077,777원',
    date: D,
    household: hh(head(2_000_000), { relation: 'spouse', age: 39, income: { business: 250_000 } }),
    expect: { outcome: 'eligible', amountKrw: 2_077_777 },
  },
  {
    name: '맞벌이, 연 43,999,992원 (4,400만원 미만) — 수급, 산식상 0원',
    date: D,
    household: hh(head(3_416_666), spouse(250_000)),
    expect: { outcome: 'eligible', amountKrw: 0 },
  },
  {
    name: '맞벌이, 연 44,000,004원 — 소득 초과',
    date: D,
    household: hh(head(3_416_667), spouse(250_000)),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '부부 외 가구원(성인 자녀)의 소득은 부부합산 총소득에 넣지 않음 — 1,266,666원',
    date: D,
    household: hh(head(2_000_000), spouse(0), child(25, { income: { earned: 3_000_000 } })),
    expect: { outcome: 'eligible', amountKrw: 1_266_666 },
  },
  // — 자녀장려금 —
  {
    name: '부양자녀 2명, 홑벌이 연 2,400만원 — 근로 1,266,666 + 자녀 2 × 969,387 = 3,205,440원',
    date: D,
    household: hh(head(2_000_000), spouse(0), child(10), child(7)),
    expect: { outcome: 'eligible', amountKrw: 3_205_440 },
  },
  {
    name: '부양자녀 1명, 연 69,999,996원 (7,000만원 미만) — 자녀장려금 500,000원',
    date: D,
    household: hh(head(5_833_333), spouse(0), child(10)),
    expect: { outcome: 'eligible', amountKrw: 500_000 },
  },
  {
    name: '부양자녀 1명, 연 70,000,008원 — 소득 초과',
    date: D,
    household: hh(head(5_833_334), spouse(0), child(10)),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '한부모 + 17세 자녀, 연 3,600만원 — 자녀장려금만 846,938원',
    date: D,
    household: hh(head(3_000_000), child(17)),
    expect: { outcome: 'eligible', amountKrw: 846_938 },
  },
  {
    name: '한부모 + 18세 자녀 (부양자녀 아님), 연 3,600만원 — 단독가구 소득 초과',
    date: D,
    household: hh(head(3_000_000), child(18)),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '25세 중증장애 자녀 (연령제한 없음) — 부양자녀, 846,938원',
    date: D,
    household: hh(head(3_000_000), child(25, { facts: { disability: { severity: 'severe' } } })),
    expect: { outcome: 'eligible', amountKrw: 846_938 },
  },
  {
    name: '17세 자녀 연 소득 999,996원 (100만원 이하) — 부양자녀, 846,938원',
    date: D,
    household: hh(head(3_000_000), child(17, { income: { earned: 83_333 } })),
    expect: { outcome: 'eligible', amountKrw: 846_938 },
  },
  {
    name: '17세 자녀 연 소득 1,000,008원 — 부양자녀 아님, 단독가구 소득 초과',
    date: D,
    household: hh(head(3_000_000), child(17, { income: { earned: 83_334 } })),
    expect: { outcome: 'ineligible' },
  },
  // — 부양부모 —
  {
    name: '70세 부모와 동거, 연 3,000만원 — 홑벌이 316,666원',
    date: D,
    household: hh(head(2_500_000), { relation: 'parent', age: 70 }),
    expect: { outcome: 'eligible', amountKrw: 316_666 },
  },
  {
    name: '69세 부모와 동거, 연 3,000만원 — 단독가구 소득 초과',
    date: D,
    household: hh(head(2_500_000), { relation: 'parent', age: 69 }),
    expect: { outcome: 'ineligible' },
  },
  // — 재산 —
  {
    name: '재산 169,999,999원 — 100% 지급 1,650,000원',
    date: D,
    household: hh(head(500_000, { assets: { financial: 169_999_999 } })),
    expect: { outcome: 'eligible', amountKrw: 1_650_000 },
  },
  {
    name: '재산 170,000,000원 — 50% 지급 825,000원',
    date: D,
    household: hh(head(500_000, { assets: { residential: 170_000_000 } })),
    expect: { outcome: 'eligible', amountKrw: 825_000 },
  },
  {
    name: '재산 239,999,999원 — 50% 지급 825,000원',
    date: D,
    household: hh(head(500_000, { assets: { general: 239_999_999 } })),
    expect: { outcome: 'eligible', amountKrw: 825_000 },
  },
  {
    name: '재산 240,000,000원 (부채가 있어도 차감하지 않음) — 재산 기준 초과',
    date: D,
    household: hh(head(500_000, { assets: { residential: 240_000_000, debt: 100_000_000 } })),
    expect: { outcome: 'ineligible' },
  },
  // — 공통 요건 —
  {
    name: '근로·사업소득 없음 (연금만) — 비대상',
    date: D,
    household: hh({ relation: 'head', age: 70, income: { pension: 1_000_000 } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '외국인 신청자, 한국 국적 배우자 — 수급',
    date: D,
    household: hh(head(2_000_000, { nationality: 'VN' }), spouse(0)),
    expect: { outcome: 'eligible', amountKrw: 1_266_666 },
  },
  {
    name: '외국인 부부, 자녀 없음 — 국적 요건 미충족',
    date: D,
    household: hh(head(2_000_000, { nationality: 'VN' }), spouse(0, { nationality: 'VN' })),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '외국인 부부, 한국 국적 부양자녀 — 수급',
    date: D,
    household: hh(head(2_000_000, { nationality: 'VN' }), spouse(0, { nationality: 'VN' }), child(5)),
    expect: { outcome: 'eligible', amountKrw: 2_236_053 },
  },
  {
    name: '배우자가 전문직 사업 영위 — 비대상',
    date: D,
    household: hh(head(2_000_000), spouse(0, { facts: { professionalBusiness: true } })),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '17세 가구주 — 다른 거주자의 부양자녀인지 확인 필요로 미결정',
    date: D,
    household: hh(head(500_000, { age: 17 })),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '18세 가구주 — 부양자녀가 될 수 없어 수급',
    date: D,
    household: hh(head(500_000, { age: 18 })),
    expect: { outcome: 'eligible', amountKrw: 1_650_000 },
  },
  {
    name: '신청자 소득 자료 없음 — 미결정',
    date: D,
    household: hh({ relation: 'head', age: 40, income: null }),
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
  {
    name: '재산 자료 없음 — 미결정',
    date: D,
    household: hh(head(500_000, { assets: null })),
    expect: { outcome: 'undetermined', missing: ['asset'] },
  },
];
