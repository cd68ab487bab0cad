import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });
const withChild = (child: CaseMember, parent: CaseMember = {}): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 40, ...parent },
    { relation: 'child', ...child },
  ],
});
const recv = (...programs: string[]) => ({ programRecipient: { programs } });

export const cases: ProgramCase[] = [
  {
    name: '만 17세 가정위탁 아동 — 대상',
    date: D,
    household: solo({ age: 17, facts: { fosterCare: {} } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 18세 가정위탁 아동 — 연령 초과',
    date: D,
    household: solo({ age: 18, facts: { fosterCare: {} } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 10세 생계급여 가정 — 대상',
    date: D,
    household: withChild({ age: 10 }, { facts: recv('WLF00001132') }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 10세 소년소녀가정 — 대상',
    date: D,
    household: solo({ age: 10, facts: { childHeadedHousehold: true } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 12세 장애인시설 생활아동 — 대상',
    date: D,
    household: solo({ age: 12, facts: { facilityResident: true } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 10세 일반 가정 — 비대상',
    date: D,
    household: withChild({ age: 10 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2023년 기준일 — 연령 기준 자료 없음으로 미결정',
    date: '2023-06-01',
    household: solo({ age: 10, facts: { fosterCare: {} } }),
    expect: { outcome: 'undetermined', missing: ['parameter:childDevelopmentAccount.maxAge'] },
  },
];
