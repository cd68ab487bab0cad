import type { CaseMember, ProgramCase } from '@bokji/core';
import { recipientOf } from '@bokji/core';

const D = '2026-03-01';
const SP = { singleParentFamily: { kind: 'singleParent' as const } };
/** A single parent (subject) with one child and `other` monthly income. */
const singleParent = (other: number | null, facts = SP): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 38, income: other === null ? null : { other }, facts },
    { relation: 'child', age: 10 },
  ],
});
const person = (extra: Partial<CaseMember> = {}): ProgramCase['household'] => ({
  members: [{ relation: 'head', age: 50, ...extra }],
});
// 2-person median 2026: 4,199,292 × 52% = 2,183,631.84 → 2,183,631 won.

export const cases: ProgramCase[] = [
  {
    name: '생계급여 수급 — 대상',
    date: D,
    household: person({ facts: recipientOf('WLF00001132') }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '교육급여 수급 가구의 부모 — 대상',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 45 },
        { relation: 'child', age: 15, facts: recipientOf('WLF00001089') },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '기초연금 수급 — 대상',
    date: D,
    household: person({ age: 70, facts: recipientOf('WLF00001164') }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '배우자만 기초연금 수급 — 본인은 비대상',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 63 },
        { relation: 'spouse', age: 70, facts: recipientOf('WLF00001164') },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '등록 장애인 (심하지 않은 장애) — 대상',
    date: D,
    household: person({ age: 30, facts: { disability: { severity: 'mild' } } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '차상위계층 확인을 받은 가구원의 가족 — 대상',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 45 },
        { relation: 'spouse', age: 44, facts: { nearPoor: { kind: 'selfSufficiency' } } },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '한부모 2인 가구, 소득인정액 2,183,631원 (= 중위 52%) — 대상',
    date: D,
    household: singleParent(2_183_631),
    expect: { outcome: 'eligible' },
  },
  {
    name: '한부모 2인 가구, 소득인정액 2,183,632원 (52% + 1원) — 비대상',
    date: D,
    household: singleParent(2_183_632),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '한부모 가구, 소득 자료 없음 — 미결정 (소득)',
    date: D,
    household: singleParent(null),
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
  {
    name: '2025년 한부모 가구 — 2025년 기준 없음으로 미결정',
    date: '2025-06-01',
    household: singleParent(1_000_000),
    expect: { outcome: 'undetermined', missing: ['parameter:mobileFeeDiscount.singleParentIncomeShare'] },
  },
  {
    name: '국가보훈대상자 — 보훈 코드 확인 필요',
    date: D,
    household: person({ age: 72, facts: { veteran: { category: '국가유공자', isFamily: false } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '해당 없음 — 비대상',
    date: D,
    household: person({ age: 30 }),
    expect: { outcome: 'ineligible' },
  },
];
