import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '1인 가구 국가유공자 만 70세, 소득인정액 1,191,000원 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 70,
          sex: 'M',
          income: { pension: 1191000 },
          facts: { veteran: { category: '국가유공자', isFamily: false } },
        },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '1인 가구 소득인정액 1,191,001원 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 70,
          sex: 'M',
          income: { pension: 1191001 },
          facts: { veteran: { category: '국가유공자', isFamily: false } },
        },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2인 가구 소득인정액 2,099,646원 (중위 50%) — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 70,
          sex: 'M',
          income: { pension: 2099646 },
          facts: { veteran: { category: '국가유공자', isFamily: false } },
        },
        { relation: 'spouse', age: 68, sex: 'F' },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '2인 가구 소득인정액 2,099,647원 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 70,
          sex: 'M',
          income: { pension: 2099647 },
          facts: { veteran: { category: '국가유공자', isFamily: false } },
        },
        { relation: 'spouse', age: 68, sex: 'F' },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 50세, 부양의무자 없음 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 50,
          sex: 'M',
          facts: {
            veteran: { category: '보훈보상대상자', isFamily: false },
            supportObligor: { result: 'none' },
          },
        },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 50세, 부양 가능한 부양의무자 있음 — 중상이 여부 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 50,
          sex: 'M',
          facts: {
            veteran: { category: '보훈보상대상자', isFamily: false },
            supportObligor: { result: 'able' },
          },
        },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 50세, 부양의무자 조사 없음 — 미결정',
    date: '2026-03-01',
    household: {
      members: [{ age: 50, sex: 'M', facts: { veteran: { category: '보훈보상대상자', isFamily: false } } }],
    },
    expect: { outcome: 'undetermined', missing: ['fact:supportObligor'] },
  },
  {
    name: '독립유공자 유족 — 선순위 여부 확인 필요',
    date: '2026-03-01',
    household: {
      members: [{ age: 70, sex: 'F', facts: { veteran: { category: '독립유공자', isFamily: true } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '참전유공자 — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 80, sex: 'M', facts: { veteran: { category: '참전유공자', isFamily: false } } }],
    },
    expect: { outcome: 'ineligible' },
  },
];
