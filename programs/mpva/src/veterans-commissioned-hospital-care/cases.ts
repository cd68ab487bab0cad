import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '독립유공자 본인 — 국비진료 대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 99, sex: 'M', facts: { veteran: { category: '독립유공자', isFamily: false } } }],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '참전유공자, 건강보험 직장가입 — 감면진료 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 78,
          sex: 'M',
          facts: {
            veteran: { category: '참전유공자', isFamily: false },
            healthInsurance: { kind: 'employee', monthlyPremiumKrw: 50000 },
          },
        },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '참전유공자, 건강보험 자료 없음 — 미결정',
    date: '2026-03-01',
    household: {
      members: [{ age: 78, sex: 'M', facts: { veteran: { category: '참전유공자', isFamily: false } } }],
    },
    expect: { outcome: 'undetermined', missing: ['fact:healthInsurance'] },
  },
  {
    name: '참전유공자, 의료급여 수급 (건강보험 아님) — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 78,
          sex: 'M',
          facts: {
            veteran: { category: '참전유공자', isFamily: false },
            healthInsurance: { kind: 'medicalAid', monthlyPremiumKrw: 0 },
          },
        },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '국가유공자 본인 — 신체 희생 확인 필요',
    date: '2026-03-01',
    household: {
      members: [{ age: 70, sex: 'M', facts: { veteran: { category: '국가유공자', isFamily: false } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '국가유공자 유족 만 76세 — 선순위 확인 필요',
    date: '2026-03-01',
    household: {
      members: [{ age: 76, sex: 'F', facts: { veteran: { category: '국가유공자', isFamily: true } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '국가유공자 유족 만 74세 — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 74, sex: 'F', facts: { veteran: { category: '국가유공자', isFamily: true } } }],
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
