import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const one = (m: CaseMember): ProgramCase['household'] => ({
  members: [{ relation: 'head', sex: 'F', ...m }],
});

// The main contract insures the unborn child of any pregnant person; the mother's rider (17–45,
// within 22 weeks) widens the cover but does not decide who can enrol.
export const cases: ProgramCase[] = [
  {
    name: '임신 중 32세 — 가입 대상 (특약 가능 연령)',
    date: D,
    household: one({ age: 32, facts: { pregnancy: { dueDate: '2026-09-01' } } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '임신 중 17세 — 가입 대상',
    date: D,
    household: one({ age: 17, facts: { pregnancy: {} } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '임신 중 16세 — 주계약(태아) 가입 대상 (특약 연령 미만)',
    date: D,
    household: one({ age: 16, facts: { pregnancy: {} } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '임신 중 45세 — 가입 대상',
    date: D,
    household: one({ age: 45, facts: { pregnancy: {} } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '임신 중 46세 — 주계약(태아) 가입 대상 (특약 연령 초과)',
    date: D,
    household: one({ age: 46, facts: { pregnancy: {} } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '임신하지 않은 여성 — 비대상',
    date: D,
    household: one({ age: 32 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '임신부의 배우자 — 본인은 비대상',
    date: D,
    household: {
      members: [
        { relation: 'head', sex: 'F', age: 30, facts: { pregnancy: {} } },
        { relation: 'spouse', sex: 'M', age: 31 },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '출산 후 생후 1개월 자녀 — 출산 전까지만 가입 가능해 비대상',
    date: D,
    household: {
      members: [
        { relation: 'head', sex: 'F', age: 30 },
        { relation: 'child', ageMonths: 1 },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
