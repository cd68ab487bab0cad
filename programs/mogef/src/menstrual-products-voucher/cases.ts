import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '생계급여 가구 만 15세 여성 — 13,000원',
    date: D,
    household: {
      members: [
        { age: 45, sex: 'M', relation: 'head', facts: { programRecipient: { programs: ['WLF00001132'] } } },
        { age: 15, sex: 'F', relation: 'child' },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 13000 },
  },
  {
    name: '의료급여 가구 만 9세 — 대상',
    date: D,
    household: {
      members: [
        { age: 40, sex: 'M', relation: 'head', facts: { programRecipient: { programs: ['WLF00000102'] } } },
        { age: 9, sex: 'F', relation: 'child' },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 13000 },
  },
  {
    name: '주거급여 가구 만 24세 — 대상',
    date: D,
    household: {
      members: [{ age: 24, sex: 'F', facts: { programRecipient: { programs: ['WLF00003201'] } } }],
    },
    expect: { outcome: 'eligible', amountKrw: 13000 },
  },
  {
    name: '교육급여 가구 — 대상',
    date: D,
    household: {
      members: [
        { age: 45, sex: 'M', relation: 'head', facts: { programRecipient: { programs: ['WLF00001089'] } } },
        { age: 15, sex: 'F', relation: 'child' },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 13000 },
  },
  {
    name: '차상위계층 확인 가구 — 대상',
    date: D,
    household: {
      members: [
        { age: 45, sex: 'M', relation: 'head', income: null, facts: { nearPoor: {} } },
        { age: 15, sex: 'F', relation: 'child' },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 13000 },
  },
  {
    name: '한부모가족 — 대상',
    date: D,
    household: {
      members: [
        {
          age: 45,
          sex: 'M',
          relation: 'head',
          income: null,
          facts: { singleParentFamily: { kind: 'singleParent' } },
        },
        { age: 15, sex: 'F', relation: 'child' },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 13000 },
  },
  {
    name: '만 25세 — 연령 초과',
    date: D,
    household: {
      members: [{ age: 25, sex: 'F', facts: { programRecipient: { programs: ['WLF00001132'] } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 8세 — 연령 미달',
    date: D,
    household: {
      members: [
        { age: 40, sex: 'M', relation: 'head', facts: { programRecipient: { programs: ['WLF00001132'] } } },
        { age: 8, sex: 'F', relation: 'child' },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '남성 청소년 — 대상 아님',
    date: D,
    household: {
      members: [
        { age: 40, sex: 'F', relation: 'head', facts: { programRecipient: { programs: ['WLF00001132'] } } },
        { age: 15, sex: 'M', relation: 'child' },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '수급·차상위·한부모 아님, 2인 소득인정액 중위 50% + 1원 (2,099,647원) — 대상 아님',
    date: D,
    household: {
      members: [
        { age: 45, sex: 'M', relation: 'head', income: { other: 2099647 } },
        { age: 15, sex: 'F', relation: 'child' },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득인정액 = 중위 50% (2,099,646원), 차상위 확인 전 — 미결정',
    date: D,
    household: {
      members: [
        { age: 45, sex: 'M', relation: 'head', income: { other: 2099646 } },
        { age: 15, sex: 'F', relation: 'child' },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: D,
    household: {
      members: [
        { age: 45, sex: 'M', relation: 'head', income: null },
        { age: 15, sex: 'F', relation: 'child' },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
