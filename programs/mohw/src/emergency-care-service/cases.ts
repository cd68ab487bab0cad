import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });
const withChild = (child: CaseMember): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 40 },
    { relation: 'child', ...child },
  ],
});
const recv = (...programs: string[]) => ({ programRecipient: { programs } });

// Every applicant needs the crisis check and the home assessment (judgements): outcomes are
// undetermined, or ineligible when another public care service is in use. No income rule.
export const cases: ProgramCase[] = [
  {
    name: '만 13세, 다른 공적 돌봄 미이용 — 긴급성·선정조사 필요',
    date: D,
    household: withChild({ age: 13 }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 12세 — 연령 예외 인정 필요',
    date: D,
    household: withChild({ age: 12 }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 14세 — 긴급성·선정조사 필요',
    date: D,
    household: withChild({ age: 14 }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 45세 고소득 — 소득 무관, 긴급성·선정조사 필요',
    date: D,
    household: solo({ age: 45, income: { earned: 8_000_000 } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 50세 소득 자료 없음 — 소득 무관, 긴급성·선정조사 필요',
    date: D,
    household: solo({ age: 50, income: null, assets: null }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 80세 장기요양 재가급여 이용 중 — 비대상 (보충성)',
    date: D,
    household: solo({ age: 80, facts: recv('WLF00003248') }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 30세 일상돌봄 이용 중 — 비대상',
    date: D,
    household: solo({ age: 30, facts: recv('WLF00005411') }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 30세 장애인활동지원 이용 중 — 비대상',
    date: D,
    household: solo({ age: 30, facts: recv('WLF00003260') }),
    expect: { outcome: 'ineligible' },
  },
];
