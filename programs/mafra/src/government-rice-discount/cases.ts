import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '생계급여 수급 가구 — 대상',
    date: D,
    household: { members: [{ age: 60, facts: { programRecipient: { programs: ['WLF00001132'] } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '의료급여 수급 가구 — 대상',
    date: D,
    household: { members: [{ age: 60, facts: { programRecipient: { programs: ['WLF00000102'] } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '주거급여 수급 가구 — 대상',
    date: D,
    household: { members: [{ age: 60, facts: { programRecipient: { programs: ['WLF00003201'] } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '교육급여 수급 가구 — 대상',
    date: D,
    household: {
      members: [
        { age: 45, relation: 'head' },
        { age: 15, relation: 'child', facts: { programRecipient: { programs: ['WLF00001089'] } } },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '차상위계층 확인 가구 — 대상',
    date: D,
    household: { members: [{ age: 60, income: null, facts: { nearPoor: { kind: 'confirmed' } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '1인 소득인정액 = 중위 50% (1,282,119원), 차상위 확인 전 — 미결정',
    date: D,
    household: { members: [{ age: 60, income: { other: 1282119 } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '1인 소득인정액 중위 50% + 1원, 수급 아님 — 대상 아님',
    date: D,
    household: { members: [{ age: 60, income: { other: 1282120 } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: D,
    household: { members: [{ age: 60, income: null }] },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
