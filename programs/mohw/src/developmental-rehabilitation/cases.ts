import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const withChild = (child: CaseMember, parent: CaseMember = {}): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 40, ...parent },
    { relation: 'child', ...child },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '만 17세 등록 장애아동 — 장애유형·건강보험료 확인 필요',
    date: D,
    household: withChild({ age: 17, facts: { disability: { severity: 'severe' } } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 18세, 재학하지 않음 — 연령 초과',
    date: D,
    household: withChild({ age: 18, facts: { disability: { severity: 'severe' } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 19세 고등학생 — 판단 필요',
    date: D,
    household: withChild({
      age: 19,
      facts: { disability: { severity: 'mild' }, student: { level: 'high' } },
    }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 20세 대학생 — 연령 초과',
    date: D,
    household: withChild({
      age: 20,
      facts: { disability: { severity: 'mild' }, student: { level: 'university' } },
    }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 5세 장애 미등록 — 의뢰서 확인 필요',
    date: D,
    household: withChild({ age: 5 }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 6세 장애 미등록 — 비대상',
    date: D,
    household: withChild({ age: 6 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
