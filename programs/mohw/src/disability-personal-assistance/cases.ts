import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const severe = { disability: { severity: 'severe' as const } };
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });
const withChild = (child: CaseMember): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 40 },
    { relation: 'child', ...child },
  ],
});
const receiving = { programRecipient: { programs: ['WLF00003260'] } };

// No income rule (소득기준 무관): an eligible outcome always needs the assessment (judgement), so the
// reachable outcomes are undetermined and ineligible.
export const cases: ProgramCase[] = [
  {
    name: '만 6세 등록장애아동 — 종합조사 결과 필요',
    date: D,
    household: withChild({ age: 6, facts: severe }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 5세 등록장애아동 — 연령 미달',
    date: D,
    household: withChild({ age: 5, facts: severe }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 7세 등록장애아동 — 종합조사 결과 필요',
    date: D,
    household: withChild({ age: 7, facts: { disability: { severity: 'mild' } } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 64세 등록장애인 — 종합조사 결과 필요',
    date: D,
    household: solo({ age: 64, facts: { disability: { severity: 'mild' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 63세 고소득 등록장애인 — 소득 무관, 종합조사 결과 필요',
    date: D,
    household: solo({ age: 63, income: { earned: 9_000_000 }, facts: severe }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 65세 신규 신청 (활동지원 미수급) — 연령 초과',
    date: D,
    household: solo({ age: 65, facts: severe }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 65세 활동지원 수급 중, 장기요양등급 없음 — 등급외 판정 확인 필요',
    date: D,
    household: solo({ age: 65, facts: { ...severe, ...receiving } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 66세 활동지원 수급 중, 장기요양 3등급 — 장기요양으로 전환, 비대상',
    date: D,
    household: solo({ age: 66, facts: { ...severe, ...receiving, longTermCareGrade: { grade: '3' } } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 40세 장애 미등록 — 비대상',
    date: D,
    household: solo({ age: 40 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 30세 소득 자료 없음 — 소득 무관, 종합조사 결과 필요',
    date: D,
    household: solo({ age: 30, income: null, facts: severe }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
