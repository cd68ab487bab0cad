import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '국가유공자 가구의 고등학생 자녀 — 교육지원대상자 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 50,
          sex: 'M',
          facts: { veteran: { category: '국가유공자', isFamily: false } },
        },
        { relation: 'child', age: 17, sex: 'F', facts: { student: { level: 'high' } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '국가유공자 가구의 초등학생 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
          sex: 'M',
          facts: { veteran: { category: '국가유공자', isFamily: false } },
        },
        { relation: 'child', age: 10, sex: 'F', facts: { student: { level: 'elementary' } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '보훈대상자 없는 가구의 대학생 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 50, sex: 'M' },
        { relation: 'child', age: 20, sex: 'F', facts: { student: { level: 'university' } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '유족으로 등록된 대학생 — 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 22,
          sex: 'F',
          facts: { veteran: { category: '국가유공자', isFamily: true }, student: { level: 'university' } },
        },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
