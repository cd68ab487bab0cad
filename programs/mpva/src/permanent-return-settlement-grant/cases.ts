import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '독립유공자 유족 세대주 (대한민국 국적) — 망명·귀국 경위 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 60,
          sex: 'M',
          facts: { veteran: { category: '독립유공자', isFamily: true } },
        },
        { relation: 'spouse', age: 58, sex: 'F' },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '애국지사 본인 — 확인 필요',
    date: '2026-03-01',
    household: {
      members: [{ age: 98, sex: 'M', facts: { veteran: { category: '독립유공자', isFamily: false } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '유족이지만 세대주 아님 (배우자) — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 60, sex: 'M' },
        {
          relation: 'spouse',
          age: 58,
          sex: 'F',
          facts: { veteran: { category: '독립유공자', isFamily: true } },
        },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '외국 국적 유족 — 국적 취득 전 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 60,
          sex: 'M',
          nationality: 'CN',
          facts: { veteran: { category: '독립유공자', isFamily: true } },
        },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '보훈 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 60, sex: 'M' }] },
    expect: { outcome: 'ineligible' },
  },
];
