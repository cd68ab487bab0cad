import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 65세 참전유공자 본인 — 월 420,000원',
    date: '2026-03-01',
    household: {
      members: [{ age: 65, sex: 'M', facts: { veteran: { category: '참전유공자', isFamily: false } } }],
    },
    expect: { outcome: 'eligible', amountKrw: 420000 },
  },
  {
    name: '만 64세 참전유공자 본인 — 연령 미달',
    date: '2026-03-01',
    household: {
      members: [{ age: 64, sex: 'M', facts: { veteran: { category: '참전유공자', isFamily: false } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 90세 참전유공자 — 월 420,000원',
    date: '2026-03-01',
    household: {
      members: [{ age: 90, sex: 'M', facts: { veteran: { category: '참전유공자', isFamily: false } } }],
    },
    expect: { outcome: 'eligible', amountKrw: 420000 },
  },
  {
    name: '참전유공자의 유족 (배우자) — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 85, sex: 'F', facts: { veteran: { category: '참전유공자', isFamily: true } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '국가유공자(참전유공자 아님) — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 70, sex: 'M', facts: { veteran: { category: '국가유공자', isFamily: false } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '보훈대상자 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 70, sex: 'M' }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2023년 기준일 — 지급 연령 자료 없음으로 미결정',
    date: '2023-06-01',
    household: {
      members: [{ age: 70, sex: 'M', facts: { veteran: { category: '참전유공자', isFamily: false } } }],
    },
    expect: { outcome: 'undetermined', missing: ['parameter:warVeteranHonourAllowance.minAge'] },
  },
];
