import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '생계급여 수급 가구 — 세부 기준 확인 필요로 미결정',
    date: D,
    household: { members: [{ age: 70, facts: { programRecipient: { programs: ['WLF00001132'] } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '차상위계층 확인 가구 — 미결정',
    date: D,
    household: { members: [{ age: 70, income: null, facts: { nearPoor: {} } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '1인 소득인정액 = 중위 50% (1,282,119원), 확인 전 — 미결정',
    date: D,
    household: { members: [{ age: 70, income: { other: 1282119 } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '1인 소득인정액 중위 50% + 1원, 수급 아님 — 대상 아님',
    date: D,
    household: { members: [{ age: 70, income: { other: 1282120 } }] },
    expect: { outcome: 'ineligible' },
  },
];
