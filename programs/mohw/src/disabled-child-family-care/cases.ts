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
    name: '만 17세 중증 장애아동 — 대상',
    date: D,
    household: withChild({ age: 17, facts: { disability: { severity: 'severe' } } }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 18세 중증 장애 — 연령 초과',
    date: D,
    household: withChild({ age: 18, facts: { disability: { severity: 'severe' } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 10세 경증 장애 — 비대상',
    date: D,
    household: withChild({ age: 10, facts: { disability: { severity: 'mild' } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 10세 중증, 활동지원 이용 중 — 비대상',
    date: D,
    household: withChild({
      age: 10,
      facts: { disability: { severity: 'severe' }, programRecipient: { programs: ['WLF00003260'] } },
    }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2023년 기준일 — 연령 기준 자료 없음으로 미결정',
    date: '2023-06-01',
    household: withChild({ age: 10, facts: { disability: { severity: 'severe' } } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['parameter:disabledChildFamilyCare.maxAge'] },
  },
];
