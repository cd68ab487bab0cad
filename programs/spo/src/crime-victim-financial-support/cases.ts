import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '범죄피해자 본인 — 심의위원회 결정 필요',
    date: '2026-03-01',
    household: { members: [{ age: 35, sex: 'F', facts: { crimeVictim: true } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '범죄피해자의 배우자 — 심의위원회 결정 필요',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 38, sex: 'M' },
        { relation: 'spouse', age: 35, sex: 'F', facts: { crimeVictim: true } },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '범죄피해 기록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 35, sex: 'F' }] },
    expect: { outcome: 'ineligible' },
  },
];
