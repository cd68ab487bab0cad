import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const severe = { disability: { severity: 'severe' as const } };
const withChild = (child: CaseMember, parentEarned = 0): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 42, income: { earned: parentEarned } },
    { relation: 'child', ...child },
  ],
});
const recv = (...programs: string[]) => ({ programRecipient: { programs } });

// No income limit (income only sets the copayment), so income data is never needed for eligibility.
export const cases: ProgramCase[] = [
  {
    name: '만 17세 중증 장애아동 — 대상',
    date: D,
    household: withChild({ age: 17, facts: severe }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 3세 중증 장애아동, 고소득 가정 — 대상 (이용료 40% 본인부담)',
    date: D,
    household: withChild({ age: 3, facts: severe }, 12_000_000),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 18세 신규 — 연령 초과',
    date: D,
    household: withChild({ age: 18, facts: severe }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 18세 기존 대상자 — 사업기간 내 18세 도래 여부 확인',
    date: D,
    household: withChild({ age: 18, facts: { ...severe, ...recv('WLF00003262') } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 19세 기존 대상자 — 비대상',
    date: D,
    household: withChild({ age: 19, facts: { ...severe, ...recv('WLF00003262') } }),
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
    name: '만 10세 장애 미등록 — 비대상',
    date: D,
    household: withChild({ age: 10 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 10세 중증, 장애인활동지원 이용 중 — 제외',
    date: D,
    household: withChild({ age: 10, facts: { ...severe, ...recv('WLF00003260') } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 5세 중증, 아이돌봄서비스 이용 중 — 제외',
    date: D,
    household: withChild({ age: 5, facts: { ...severe, ...recv('WLF00000024') } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 12세 중증, 부모 소득 자료 없음 — 소득 무관 대상',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 45, income: null },
        { relation: 'child', age: 12, facts: severe },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible' },
  },
];
