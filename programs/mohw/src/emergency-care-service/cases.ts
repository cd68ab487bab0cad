import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });
const withChild = (child: CaseMember, parent: CaseMember = {}): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 40, ...parent },
    { relation: 'child', ...child },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '만 45세, 다른 공적 돌봄 미이용 — 필요도 조사 필요',
    date: D,
    household: solo({ age: 45 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 80세 재가급여 이용 중 — 비대상 (보충성)',
    date: D,
    household: solo({ age: 80, facts: { programRecipient: { programs: ['WLF00003248'] } } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 30세 일상돌봄 이용 중 — 비대상',
    date: D,
    household: solo({ age: 30, facts: { programRecipient: { programs: ['WLF00005411'] } } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 30세 활동지원 이용 중 — 비대상',
    date: D,
    household: solo({ age: 30, facts: { programRecipient: { programs: ['WLF00003260'] } } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 10세 — 연령 예외 인정 필요',
    date: D,
    household: withChild({ age: 10 }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
