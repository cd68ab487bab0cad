import type { ProgramCase } from '@bokji/core';

const NB = { programRecipient: { programs: ['WLF00001132'] } };
const family = (age: number) => [
  { relation: 'head' as const, age: 45, facts: NB },
  { relation: 'child' as const, age },
];

export const cases: ProgramCase[] = [
  {
    name: '수급 가구 만 5세 — 대상',
    date: '2026-03-01',
    household: { members: [...family(5)] },
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '수급 가구 만 18세 — 대상',
    date: '2026-03-01',
    household: { members: [...family(18)] },
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '수급 가구 만 4세 — 비대상',
    date: '2026-03-01',
    household: { members: [...family(4)] },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '수급 가구 만 19세 — 비대상',
    date: '2026-03-01',
    household: { members: [...family(19)] },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '차상위 만 10세 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 40 },
        { relation: 'child', age: 10, facts: { nearPoor: {} } },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '일반 가구 만 10세 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 40 },
        { relation: 'child', age: 10 },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2023년 (기준 이전) — 미결정',
    date: '2023-06-01',
    household: { members: [...family(10)] },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['parameter:sportsVoucher.minAge'] },
  },
];
