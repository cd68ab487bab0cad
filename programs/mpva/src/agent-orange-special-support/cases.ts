import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '고엽제후유증 환자와 장애인 자녀 가구 — 생계 곤란 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 75,
          sex: 'M',
          facts: { veteran: { category: '고엽제후유증', isFamily: false } },
        },
        { relation: 'child', age: 45, sex: 'M', facts: { disability: { severity: 'severe' } } },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '고엽제후유증 환자, 장애인 자녀 없음 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 75,
          sex: 'M',
          facts: { veteran: { category: '고엽제후유증', isFamily: false } },
        },
        { relation: 'child', age: 45, sex: 'M' },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '장애인 자녀는 있으나 고엽제 환자 없음 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 75, sex: 'M' },
        { relation: 'child', age: 45, sex: 'M', facts: { disability: { severity: 'mild' } } },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '고엽제후유증 2세환자 가구원 — 등급기준 미달 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 75, sex: 'M' },
        {
          relation: 'child',
          age: 48,
          sex: 'M',
          facts: { veteran: { category: '고엽제후유증2세환자', isFamily: false } },
        },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
