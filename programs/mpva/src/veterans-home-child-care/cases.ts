import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '국가유공자의 자녀 만 12세, 부양의무자 없음 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 12,
          sex: 'F',
          facts: { veteran: { category: '국가유공자', isFamily: true }, supportObligor: { result: 'none' } },
        },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 18세 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 18,
          sex: 'M',
          facts: { veteran: { category: '독립유공자', isFamily: true }, supportObligor: { result: 'none' } },
        },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 19세 — 성년으로 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 19,
          sex: 'M',
          facts: { veteran: { category: '독립유공자', isFamily: true }, supportObligor: { result: 'none' } },
        },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '부양의무자 있음 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 12,
          sex: 'F',
          facts: { veteran: { category: '국가유공자', isFamily: true }, supportObligor: { result: 'able' } },
        },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '부양의무자 조사 자료 없음 — 미결정',
    date: '2026-03-01',
    household: {
      members: [{ age: 12, sex: 'F', facts: { veteran: { category: '국가유공자', isFamily: true } } }],
    },
    expect: { outcome: 'undetermined', missing: ['fact:supportObligor'] },
  },
  {
    name: '보훈 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 12, sex: 'F', facts: { supportObligor: { result: 'none' } } }] },
    expect: { outcome: 'ineligible' },
  },
];
