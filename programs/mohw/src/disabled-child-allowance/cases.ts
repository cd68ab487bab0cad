import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const withChild = (child: CaseMember, parent: CaseMember = {}): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 40, ...parent },
    { relation: 'child', ...child },
  ],
});
const recv = (...programs: string[]) => ({ programRecipient: { programs } });

export const cases: ProgramCase[] = [
  {
    name: '만 10세 중증 장애아동, 생계급여 가구 — 대상',
    date: D,
    household: withChild(
      { age: 10, facts: { disability: { severity: 'severe' } } },
      { facts: recv('WLF00001132') },
    ),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 17세 경증, 차상위 가구 — 대상',
    date: D,
    household: withChild(
      { age: 17, facts: { disability: { severity: 'mild' } } },
      { facts: { nearPoor: {} } },
    ),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 18세 비재학 — 연령 초과',
    date: D,
    household: withChild(
      { age: 18, facts: { disability: { severity: 'mild' } } },
      { facts: recv('WLF00000102') },
    ),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 20세 고등학생, 교육급여 가구 — 대상',
    date: D,
    household: withChild(
      { age: 20, facts: { disability: { severity: 'mild' }, student: { level: 'high' } } },
      { facts: recv('WLF00001089') },
    ),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 21세 재학 — 연령 초과',
    date: D,
    household: withChild(
      { age: 21, facts: { disability: { severity: 'mild' }, student: { level: 'university' } } },
      { facts: recv('WLF00003201') },
    ),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '수급·차상위 아닌 가구 — 비대상',
    date: D,
    household: withChild({ age: 8, facts: { disability: { severity: 'severe' } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '장애 등록 없음 — 비대상',
    date: D,
    household: withChild({ age: 8 }, { facts: recv('WLF00001132') }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 19세 재학, 장애인연금 수급 — 비대상 (중복 불가)',
    date: D,
    household: withChild(
      {
        age: 19,
        facts: {
          disability: { severity: 'severe' },
          student: { level: 'high' },
          programRecipient: { programs: ['WLF00003249'] },
        },
      },
      { facts: recv('WLF00001132') },
    ),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2023년 기준일 — 지급 연령 자료 없음으로 미결정',
    date: '2023-06-01',
    household: withChild(
      { age: 8, facts: { disability: { severity: 'severe' } } },
      { facts: recv('WLF00001132') },
    ),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['parameter:disabledChildAllowance.maxAge'] },
  },
];
