import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '4·19혁명공로자 본인 — 월 431,000원',
    date: '2026-03-01',
    household: {
      members: [{ age: 84, sex: 'M', facts: { veteran: { category: '4·19혁명공로자', isFamily: false } } }],
    },
    expect: { outcome: 'eligible', amountKrw: 431000 },
  },
  {
    name: '국가유공자로만 등록 — 공로자 여부 확인 필요',
    date: '2026-03-01',
    household: {
      members: [{ age: 84, sex: 'M', facts: { veteran: { category: '국가유공자', isFamily: false } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '4·19혁명공로자의 유족 — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 80, sex: 'F', facts: { veteran: { category: '4·19혁명공로자', isFamily: true } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '참전유공자 — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 84, sex: 'M', facts: { veteran: { category: '참전유공자', isFamily: false } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '보훈대상자 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 70, sex: 'M' }] },
    expect: { outcome: 'ineligible' },
  },
];
