import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
/** A parent (head) with one child; the child (member 2) is the subject. */
const withChild = (child: CaseMember): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 38 },
    { relation: 'child', ...child },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '2026년 만 8세 11개월 (9세 미만) — 100,000원',
    date: D,
    household: withChild({ ageMonths: 107 }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 100_000 },
  },
  {
    name: '2026년 만 9세 (108개월, 기준과 같음) — 비수급',
    date: D,
    household: withChild({ ageMonths: 108 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2026년 만 8세 — 100,000원 (2026년 연령 상향)',
    date: D,
    household: withChild({ age: 8 }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 100_000 },
  },
  {
    name: '2025년 만 8세 — 비수급 (2025년 만 8세 미만)',
    date: '2025-06-01',
    household: withChild({ age: 8 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2025년 만 7세 11개월 (95개월) — 100,000원',
    date: '2025-06-01',
    household: withChild({ ageMonths: 95 }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 100_000 },
  },
  {
    name: '2024년 만 7세 — 100,000원',
    date: '2024-06-01',
    household: withChild({ age: 7 }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 100_000 },
  },
  {
    name: '신생아 (0개월) — 100,000원',
    date: D,
    household: withChild({ ageMonths: 0 }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 100_000 },
  },
  {
    name: '보호자 본인 (만 38세) — 비수급',
    date: D,
    household: withChild({ age: 3 }),
    subject: 0,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '외국 국적 아동 — 난민 인정·특별기여자 확인 필요로 미결정',
    date: D,
    household: withChild({ age: 4, nationality: 'VN' }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '외국 국적이라도 연령 초과면 비수급',
    date: D,
    household: withChild({ age: 10, nationality: 'VN' }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2023년 기준일 — 지급 연령 자료 없음으로 미결정',
    date: '2023-06-01',
    household: withChild({ age: 3 }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['parameter:childAllowance.ageLimit'] },
  },
];
