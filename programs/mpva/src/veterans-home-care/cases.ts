import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 70세 국가유공자 독거 — 거동·생활수준 확인 필요',
    date: '2026-03-01',
    household: {
      members: [{ age: 70, sex: 'M', facts: { veteran: { category: '국가유공자', isFamily: false } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 70세·68세 노인부부 (참전유공자) — 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 70,
          sex: 'M',
          facts: { veteran: { category: '참전유공자', isFamily: false } },
        },
        { relation: 'spouse', age: 68, sex: 'F' },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '배우자 만 60세 — 노인부부 세대 아님',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 70,
          sex: 'M',
          facts: { veteran: { category: '참전유공자', isFamily: false } },
        },
        { relation: 'spouse', age: 60, sex: 'F' },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '성인 자녀와 2인 가구 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 75,
          sex: 'M',
          facts: { veteran: { category: '국가유공자', isFamily: false } },
        },
        { relation: 'child', age: 45, sex: 'M' },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 64세 — 연령 미달',
    date: '2026-03-01',
    household: {
      members: [{ age: 64, sex: 'M', facts: { veteran: { category: '국가유공자', isFamily: false } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '생존 애국지사 독거 — 거동 불편 확인 필요',
    date: '2026-03-01',
    household: {
      members: [{ age: 99, sex: 'M', facts: { veteran: { category: '독립유공자', isFamily: false } } }],
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
