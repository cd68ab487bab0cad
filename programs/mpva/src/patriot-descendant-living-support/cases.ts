import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '유족, 1인 가구 소득인정액 1,794,966원 (중위 70%) — 자녀·손자녀 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 60,
          sex: 'F',
          income: { pension: 1794966 },
          facts: { veteran: { category: '독립유공자', isFamily: true } },
        },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '유족, 1인 가구 소득인정액 1,794,967원, 기초연금 없음 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 60,
          sex: 'F',
          income: { pension: 1794967 },
          facts: { veteran: { category: '독립유공자', isFamily: true } },
        },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '유족, 고소득이지만 기초연금 수급 부부 가구 — 자녀·손자녀 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 70,
          sex: 'M',
          income: { pension: 5000000 },
          facts: {
            veteran: { category: '독립유공자', isFamily: true },
            programRecipient: { programs: ['WLF00001164'] },
          },
        },
        { relation: 'spouse', age: 68, sex: 'F' },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '유족, 고소득·기초연금 수급이나 자녀와 3인 가구 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 70,
          sex: 'M',
          income: { pension: 9000000 },
          facts: {
            veteran: { category: '독립유공자', isFamily: true },
            programRecipient: { programs: ['WLF00001164'] },
          },
        },
        { relation: 'child', age: 40, sex: 'F' },
        { relation: 'grandchild', age: 10, sex: 'M' },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '독립유공자 본인 — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 99, sex: 'M', facts: { veteran: { category: '독립유공자', isFamily: false } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '보훈 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 60, sex: 'F' }] },
    expect: { outcome: 'ineligible' },
  },
];
