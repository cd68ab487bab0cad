import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '국가유공자 본인 — 대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 55, sex: 'M', facts: { veteran: { category: '국가유공자', isFamily: false } } }],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '특수임무유공자 본인 — 대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 70, sex: 'M', facts: { veteran: { category: '특수임무유공자', isFamily: false } } }],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '독립유공자 자녀 — 생활지원금 수급 여부 확인 필요',
    date: '2026-03-01',
    household: {
      members: [{ age: 60, sex: 'F', facts: { veteran: { category: '독립유공자', isFamily: true } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '참전유공자 본인 — 대상 구분 아님',
    date: '2026-03-01',
    household: {
      members: [{ age: 75, sex: 'M', facts: { veteran: { category: '참전유공자', isFamily: false } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '보훈 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 50, sex: 'M' }] },
    expect: { outcome: 'ineligible' },
  },
];
