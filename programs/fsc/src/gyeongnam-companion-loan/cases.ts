import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '창원 거주 40세 — 거주·심사 확인 필요',
    date: '2026-07-01',
    household: { regionCode: '48121', members: [{ age: 40 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 19세 — 미결정',
    date: '2026-07-01',
    household: { members: [{ age: 19 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 18세 — 비대상 (미성년)',
    date: '2026-07-01',
    household: {
      members: [
        { relation: 'head', age: 46 },
        { relation: 'child', age: 18 },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
