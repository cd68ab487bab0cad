import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
/** A parent (head) with one child; the child (member 2) is the subject. */
const withChild = (child: CaseMember, parent: CaseMember = {}): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 35, ...parent },
    { relation: 'child', ...child },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '12개월, 부모급여(현금) 수급 — 이용 대상',
    date: D,
    household: withChild({ ageMonths: 12, facts: { programRecipient: { programs: ['WLF00004657'] } } }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '6개월 (하한과 같음) — 이용 대상',
    date: D,
    household: withChild({ ageMonths: 6, facts: { programRecipient: { programs: ['WLF00004657'] } } }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '5개월 — 월령 미달',
    date: D,
    household: withChild({ ageMonths: 5, facts: { programRecipient: { programs: ['WLF00004657'] } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '35개월, 가정양육수당 수급 — 이용 대상',
    date: D,
    household: withChild({ ageMonths: 35, facts: { programRecipient: { programs: ['WLF00003253'] } } }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '36개월 — 독립반 월령 초과',
    date: D,
    household: withChild({ ageMonths: 36, facts: { programRecipient: { programs: ['WLF00003253'] } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '18개월, 부모급여·양육수당 수급 기록 없음 — 비대상',
    date: D,
    household: withChild({ ageMonths: 18 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '18개월, 어린이집 이용 — 비대상',
    date: D,
    household: withChild({
      ageMonths: 18,
      facts: { programRecipient: { programs: ['WLF00004657'] }, daycareUse: { kind: 'daycare' } },
    }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2023년 기준일 — 월령 기준 자료 없음으로 미결정',
    date: '2023-06-01',
    household: withChild({ ageMonths: 12, facts: { programRecipient: { programs: ['WLF00004657'] } } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['parameter:hourlyChildcare.minAgeMonths'] },
  },
];
