import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 80세 참전유공자, 소득 없음 — 월 100,000원',
    date: '2026-03-01',
    household: {
      members: [{ age: 80, sex: 'M', facts: { veteran: { category: '참전유공자', isFamily: false } } }],
    },
    expect: { outcome: 'eligible', amountKrw: 100000 },
  },
  {
    name: '만 79세 참전유공자 — 연령 미달',
    date: '2026-03-01',
    household: {
      members: [{ age: 79, sex: 'M', facts: { veteran: { category: '참전유공자', isFamily: false } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '1인 가구 소득인정액 1,282,119원 (중위 50%와 같음) — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 85,
          sex: 'M',
          income: { pension: 1282119 },
          facts: { veteran: { category: '고엽제후유의증', isFamily: false } },
        },
      ],
    },
    expect: { outcome: 'eligible', amountKrw: 100000 },
  },
  {
    name: '1인 가구 소득인정액 1,282,120원 (1원 초과) — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 85,
          sex: 'M',
          income: { pension: 1282120 },
          facts: { veteran: { category: '고엽제후유의증', isFamily: false } },
        },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '참전유공자의 유족 — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 82, sex: 'F', facts: { veteran: { category: '참전유공자', isFamily: true } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '5·18민주유공자 유족 — 선순위 여부 확인 필요',
    date: '2026-03-01',
    household: {
      members: [{ age: 82, sex: 'F', facts: { veteran: { category: '5·18민주유공자', isFamily: true } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: '2026-03-01',
    household: {
      members: [
        { age: 85, sex: 'M', income: null, facts: { veteran: { category: '참전유공자', isFamily: false } } },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
  {
    name: '국가유공자 — 대상 구분 아님',
    date: '2026-03-01',
    household: {
      members: [{ age: 85, sex: 'M', facts: { veteran: { category: '국가유공자', isFamily: false } } }],
    },
    expect: { outcome: 'ineligible' },
  },
];
