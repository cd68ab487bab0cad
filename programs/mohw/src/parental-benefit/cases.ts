import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
/** A parent (head) with one infant; the infant (member 2) is the subject. */
const withInfant = (child: CaseMember): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 33 },
    { relation: 'child', ...child },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '0개월, 가정 양육 — 1,000,000원',
    date: D,
    household: withInfant({ ageMonths: 0 }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 1_000_000 },
  },
  {
    name: '11개월 (0세 마지막 달), 가정 양육 — 1,000,000원',
    date: D,
    household: withInfant({ ageMonths: 11 }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 1_000_000 },
  },
  {
    name: '12개월 (1세), 가정 양육 — 500,000원',
    date: D,
    household: withInfant({ ageMonths: 12 }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 500_000 },
  },
  {
    name: '23개월 (상한과 같음) — 500,000원',
    date: D,
    household: withInfant({ ageMonths: 23 }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 500_000 },
  },
  {
    name: '24개월 (상한 1개월 초과) — 비수급',
    date: D,
    household: withInfant({ ageMonths: 24 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '0세 어린이집 이용 (2026) — 현금 416,000원',
    date: D,
    household: withInfant({ ageMonths: 6, facts: { daycareUse: { kind: 'daycare' } } }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 416_000 },
  },
  {
    name: '1세 어린이집 이용 (2026) — 현금 없음 (0원)',
    date: D,
    household: withInfant({ ageMonths: 15, facts: { daycareUse: { kind: 'daycare' } } }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 0 },
  },
  {
    name: '종일제 아이돌봄 이용 — 수급, 현금 지급액 미결정',
    date: D,
    household: withInfant({ ageMonths: 8, facts: { daycareUse: { kind: 'fullDayChildMinding' } } }),
    subject: 1,
    expect: { outcome: 'eligible', missing: ['rule:parentalBenefit.otherCare'] },
  },
  {
    name: '2025년 0세 어린이집 이용 — 2025년 차액 기준이 출처에 없어 금액 미결정',
    date: '2025-06-01',
    household: withInfant({ ageMonths: 6, facts: { daycareUse: { kind: 'daycare' } } }),
    subject: 1,
    expect: { outcome: 'eligible', missing: ['parameter:parentalBenefit.cashWithDaycare'] },
  },
  {
    name: '2024년 0세 가정 양육 — 1,000,000원',
    date: '2024-06-01',
    household: withInfant({ ageMonths: 3 }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 1_000_000 },
  },
  {
    name: '외국 국적 아동 — 난민 인정·특별기여자 확인 필요로 미결정',
    date: D,
    household: withInfant({ ageMonths: 4, nationality: 'CN' }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '보호자 본인 — 비수급',
    date: D,
    household: withInfant({ ageMonths: 3 }),
    subject: 0,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2023년 기준일 — 지급 기준 자료 없음으로 미결정',
    date: '2023-06-01',
    household: withInfant({ ageMonths: 3 }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['parameter:parentalBenefit.maxAgeMonths'] },
  },
];
