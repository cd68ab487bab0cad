import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '생계급여 수급 가구 — 선정 필요로 미결정',
    date: D,
    household: { members: [{ age: 50, facts: { programRecipient: { programs: ['WLF00001132'] } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '장애인연금 수급자 — 미결정',
    date: D,
    household: { members: [{ age: 45, facts: { programRecipient: { programs: ['WLF00003249'] } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '한부모가족 — 미결정',
    date: D,
    household: { members: [{ age: 38, facts: { singleParentFamily: { kind: 'singleParent' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '수급·차상위·한부모 아님, 1인 소득인정액 중위 50% + 1원 — 대상 아님',
    date: D,
    household: { members: [{ age: 45, income: { other: 1282120 } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '1인 소득인정액 = 중위 50%, 차상위 확인 전 — 미결정',
    date: D,
    household: { members: [{ age: 45, income: { other: 1282119 } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
