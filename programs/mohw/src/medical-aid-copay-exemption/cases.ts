import type { CaseMember, FactMap, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const TYPE1: FactMap = { programRecipient: { programs: ['WLF00000102'] }, medicalAidType: { type: '1' } };
const TYPE2: FactMap = { programRecipient: { programs: ['WLF00000102'] }, medicalAidType: { type: '2' } };

/** One recipient; the subject. */
const solo = (m: CaseMember, facts: FactMap = TYPE1): ProgramCase['household'] => ({
  members: [{ relation: 'head', ...m, facts: { ...facts, ...m.facts } }],
});

export const cases: ProgramCase[] = [
  {
    name: '1종, 만 17세 — 면제 (18세 미만)',
    date: D,
    household: solo({ age: 17 }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '1종, 만 18세 (재학 아님) — 다른 사유 확인 필요로 미결정',
    date: D,
    household: solo({ age: 18 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '1종, 만 19세 고등학생 — 면제 (20세 미만 재학생)',
    date: D,
    household: solo({ age: 19, facts: { student: { level: 'high' } } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '1종, 만 20세 고등학생 — 20세 미만 아님, 다른 사유 확인 필요로 미결정',
    date: D,
    household: solo({ age: 20, facts: { student: { level: 'high' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '1종, 만 19세 대학생 — 중고등학교 재학 아님, 미결정',
    date: D,
    household: solo({ age: 19, facts: { student: { level: 'university' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '1종, 희귀질환 산정특례 등록 (만 45세) — 면제',
    date: D,
    household: solo({ age: 45, facts: { illness: { kind: 'rare' } } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '1종, 임산부 — 면제',
    date: D,
    household: solo({ age: 31, sex: 'F', facts: { pregnancy: {} } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '1종, 만성질환만 있는 만 50세 — 다른 사유 확인 필요로 미결정',
    date: D,
    household: solo({ age: 50, facts: { illness: { kind: 'chronic' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '2종, 만 10세 — 비대상 (1종만 해당)',
    date: D,
    household: solo({ age: 10 }, TYPE2),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '의료급여 수급자 아님, 만 10세 — 비대상',
    date: D,
    household: solo({ age: 10 }, {}),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '의료급여 수급 가구원, 종별 자료 없음 — 미결정 (종별 필요)',
    date: D,
    household: solo({ age: 10 }, { programRecipient: { programs: ['WLF00000102'] } }),
    expect: { outcome: 'undetermined', missing: ['fact:medicalAidType'] },
  },
];
