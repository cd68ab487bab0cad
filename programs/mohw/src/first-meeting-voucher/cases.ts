import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
/** A parent (head) with one newborn; the newborn (member 2) is the subject. */
const withNewborn = (child: CaseMember): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 34 },
    { relation: 'child', ...child },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '첫째아 신생아 — 2,000,000원',
    date: D,
    household: withNewborn({ ageMonths: 0, facts: { birthOrder: { order: 1 } } }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 2_000_000 },
  },
  {
    name: '둘째아 — 3,000,000원',
    date: D,
    household: withNewborn({ ageMonths: 2, facts: { birthOrder: { order: 2 } } }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 3_000_000 },
  },
  {
    name: '셋째아 — 3,000,000원',
    date: D,
    household: withNewborn({ ageMonths: 5, facts: { birthOrder: { order: 3 } } }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 3_000_000 },
  },
  {
    name: '출생 순위 자료 없음 — 수급, 금액 미결정 (출생 순위 필요)',
    date: D,
    household: withNewborn({ ageMonths: 1 }),
    subject: 1,
    expect: { outcome: 'eligible', missing: ['fact:birthOrder'] },
  },
  {
    name: '생후 23개월 (2년 1개월 전) — 수급',
    date: D,
    household: withNewborn({ ageMonths: 23, facts: { birthOrder: { order: 1 } } }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 2_000_000 },
  },
  {
    name: '생후 만 2년이 되는 날 (24개월) — 신청 기한 경과로 비수급',
    date: D,
    household: withNewborn({ ageMonths: 24, facts: { birthOrder: { order: 1 } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2년이 되기 하루 전 (2024-03-02 출생, 2026-03-01 신청) — 수급',
    date: D,
    household: withNewborn({ birthDate: '2024-03-02', facts: { birthOrder: { order: 2 } } }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 3_000_000 },
  },
  {
    name: '2023-12-31 출생 — 2024년 이후 출생이 아니어서 비수급',
    date: '2026-01-01',
    household: withNewborn({ birthDate: '2023-12-31', facts: { birthOrder: { order: 1 } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '보호자 본인 — 비수급',
    date: D,
    household: withNewborn({ ageMonths: 0 }),
    subject: 0,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2025년 신청 — 2025년 신청 기한이 출처에 없어 미결정',
    date: '2025-06-01',
    household: withNewborn({ ageMonths: 3, facts: { birthOrder: { order: 1 } } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['parameter:firstMeetingVoucher.claimPeriodMonths'] },
  },
];
