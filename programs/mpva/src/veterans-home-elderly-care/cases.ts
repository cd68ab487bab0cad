import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '남성 만 65세 국가유공자 본인, 부양의무자 없음 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 65,
          sex: 'M',
          facts: { veteran: { category: '국가유공자', isFamily: false }, supportObligor: { result: 'none' } },
        },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '여성 만 60세 참전유공자 본인, 부양의무자 없음 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 60,
          sex: 'F',
          facts: { veteran: { category: '참전유공자', isFamily: false }, supportObligor: { result: 'none' } },
        },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '남성 만 62세 — 상이유공자 여부 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 62,
          sex: 'M',
          facts: { veteran: { category: '국가유공자', isFamily: false }, supportObligor: { result: 'none' } },
        },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '남성 만 59세 — 연령 미달',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 59,
          sex: 'M',
          facts: { veteran: { category: '국가유공자', isFamily: false }, supportObligor: { result: 'none' } },
        },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '여성 만 54세 — 연령 미달',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 54,
          sex: 'F',
          facts: { veteran: { category: '국가유공자', isFamily: false }, supportObligor: { result: 'none' } },
        },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '부양의무자 있음 (부양 가능) — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 70,
          sex: 'M',
          facts: { veteran: { category: '국가유공자', isFamily: false }, supportObligor: { result: 'able' } },
        },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '부양의무자 조사 자료 없음 — 미결정',
    date: '2026-03-01',
    household: {
      members: [{ age: 70, sex: 'M', facts: { veteran: { category: '국가유공자', isFamily: false } } }],
    },
    expect: { outcome: 'undetermined', missing: ['fact:supportObligor'] },
  },
  {
    name: '국가유공자 유족 (여성 75세) — 유족 구분 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 75,
          sex: 'F',
          facts: { veteran: { category: '국가유공자', isFamily: true }, supportObligor: { result: 'none' } },
        },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '보훈대상자 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 70, sex: 'M' }] },
    expect: { outcome: 'ineligible' },
  },
];
