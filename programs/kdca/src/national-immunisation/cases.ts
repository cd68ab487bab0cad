import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 3세 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 35 },
        { relation: 'child', age: 3 },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 13세 남아 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 45 },
        { relation: 'child', age: 13, sex: 'M' },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 17세 여성 — HPV 대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 45 },
        { relation: 'child', age: 17, sex: 'F' },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 18세 여성, 차상위 — HPV 대상',
    date: '2026-03-01',
    household: { members: [{ age: 18, sex: 'F', facts: { nearPoor: {} } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 26세 여성, 의료급여 수급 — HPV 대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 26, sex: 'F', facts: { programRecipient: { programs: ['WLF00000102'] } } }],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 27세 여성 수급자 — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 27, sex: 'F', facts: { programRecipient: { programs: ['WLF00001132'] } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 20세 여성, 저소득 아님 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 20, sex: 'F' }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2023년 (기준 이전) — 미결정',
    date: '2023-06-01',
    household: {
      members: [
        { relation: 'head', age: 35 },
        { relation: 'child', age: 3 },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['parameter:nationalImmunisation.childMaxAge'] },
  },
];
