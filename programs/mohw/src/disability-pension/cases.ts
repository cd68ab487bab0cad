import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const severe = { disability: { severity: 'severe' as const } };
const person = (m: CaseMember): ProgramCase['household'] => ({ members: [m] });

// 2026: threshold single 1,400,000 / couple 2,240,000; basic benefit 349,700 (under 65; 279,760 each when both
// spouses receive it); additional benefit: livelihood/medical 90,000 (65+: 439,700), housing/education/near-poor
// 80,000, above near-poor 30,000 (65+: 50,000). Near-poor line, 1 person: 1,282,119.
// Earned income 2,000,000: pension income-recognized (2,000,000 − 950,000) × 70% = 735,000;
// NBLSS income-recognized 2,000,000 − 600,000 = 1,400,000 (above the near-poor line).
export const cases: ProgramCase[] = [
  {
    name: '만 40세 중증, 소득·재산 없음 (차상위 이하) — 349,700 + 80,000 = 429,700원',
    date: D,
    household: person({ age: 40, facts: severe }),
    expect: { outcome: 'eligible', amountKrw: 429_700 },
  },
  {
    name: '생계급여 수급 가구 — 349,700 + 90,000 = 439,700원',
    date: D,
    household: person({ age: 40, facts: { ...severe, programRecipient: { programs: ['WLF00001132'] } } }),
    expect: { outcome: 'eligible', amountKrw: 439_700 },
  },
  {
    name: '주거급여 수급 가구 — 349,700 + 80,000 = 429,700원',
    date: D,
    household: person({ age: 40, facts: { ...severe, programRecipient: { programs: ['WLF00003201'] } } }),
    expect: { outcome: 'eligible', amountKrw: 429_700 },
  },
  {
    name: '근로소득 200만원 (차상위 초과) — 349,700 + 30,000 = 379,700원',
    date: D,
    household: person({ age: 40, income: { earned: 2_000_000 }, facts: severe }),
    expect: { outcome: 'eligible', amountKrw: 379_700 },
  },
  {
    name: '만 70세, 근로소득 200만원 (차상위 초과) — 기초급여 없이 부가급여 50,000원',
    date: D,
    household: person({ age: 70, income: { earned: 2_000_000 }, facts: severe }),
    expect: { outcome: 'eligible', amountKrw: 50_000 },
  },
  {
    name: '만 70세 의료급여 수급 — 부가급여 439,700원',
    date: D,
    household: person({ age: 70, facts: { ...severe, programRecipient: { programs: ['WLF00000102'] } } }),
    expect: { outcome: 'eligible', amountKrw: 439_700 },
  },
  {
    name: '만 70세 차상위 — 일반(80,000)·급여특례(150,000) 구분 자료 없어 금액 미결정',
    date: D,
    household: person({ age: 70, facts: severe }),
    expect: { outcome: 'eligible', missing: ['rule:disabilityPension.specialCase'] },
  },
  {
    name: '만 18세 (하한과 같음) — 수급',
    date: D,
    household: person({ age: 18, facts: severe }),
    expect: { outcome: 'eligible', amountKrw: 429_700 },
  },
  {
    name: '만 17세 — 비수급',
    date: D,
    household: person({ age: 17, facts: severe }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '경증장애 — 비수급',
    date: D,
    household: person({ age: 40, facts: { disability: { severity: 'mild' } } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '장애 등록 없음 — 비수급',
    date: D,
    household: person({ age: 40 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '단독, 소득인정액 1,400,000원 (선정기준액과 같음) — 수급, 초과분 감액 구간이라 금액 미결정',
    date: D,
    household: person({ age: 40, income: { other: 1_400_000 }, facts: severe }),
    expect: { outcome: 'eligible', missing: ['rule:disabilityPension.incomeReversal'] },
  },
  {
    name: '단독, 소득인정액 1,399,999원 (1원 미만) — 수급',
    date: D,
    household: person({ age: 40, income: { other: 1_399_999 }, facts: severe }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '단독, 소득인정액 1,400,001원 (1원 초과) — 비수급',
    date: D,
    household: person({ age: 40, income: { other: 1_400_001 }, facts: severe }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득인정액 1,400,000원인 생계급여 수급자 — 초과분 감액 미적용, 439,700원',
    date: D,
    household: person({
      age: 40,
      income: { other: 1_400_000 },
      facts: { ...severe, programRecipient: { programs: ['WLF00001132'] } },
    }),
    expect: { outcome: 'eligible', amountKrw: 439_700 },
  },
  {
    name: '부부 모두 중증 18~64세, 소득 없음 — 부부감액 279,760 + 80,000 = 359,760원',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 50, facts: severe },
        { relation: 'spouse', age: 48, facts: severe },
      ],
    },
    expect: { outcome: 'eligible', amountKrw: 359_760 },
  },
  {
    name: '배우자 장애 없음, 소득 없음 — 부부감액 없이 429,700원',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 50, facts: severe },
        { relation: 'spouse', age: 48 },
      ],
    },
    expect: { outcome: 'eligible', amountKrw: 429_700 },
  },
  {
    name: '배우자가 만 70세 중증장애인 — 부부감액 적용 여부가 출처에 없어 금액 미결정',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 60, facts: severe },
        { relation: 'spouse', age: 70, facts: severe },
      ],
    },
    expect: { outcome: 'eligible', missing: ['rule:disabilityPension.coupleReduction'] },
  },
  {
    name: '부부 소득인정액 2,240,000원 (부부 기준과 같음) — 수급, 초과분 감액 구간이라 금액 미결정',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 50, income: { other: 2_240_000 }, facts: severe },
        { relation: 'spouse', age: 48 },
      ],
    },
    expect: { outcome: 'eligible', missing: ['rule:disabilityPension.incomeReversal'] },
  },
  {
    name: '부부 소득인정액 2,240,001원 — 비수급',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 50, income: { other: 2_240_001 }, facts: severe },
        { relation: 'spouse', age: 48 },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '배우자가 직역연금 수급 — 예외 해당 여부 확인 필요로 미결정',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 50, facts: severe },
        { relation: 'spouse', age: 52, facts: { occupationalPension: true } },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '보장시설 입소자 — 수급, 부가급여 구분 자료 없어 금액 미결정',
    date: D,
    household: person({ age: 40, facts: { ...severe, facilityResident: true } }),
    expect: { outcome: 'eligible', missing: ['rule:disabilityPension.facilityResident'] },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: D,
    household: person({ age: 40, income: null, facts: severe }),
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
