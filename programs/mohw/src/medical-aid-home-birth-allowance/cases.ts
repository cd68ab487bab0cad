import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const MEDICAL_AID = { programRecipient: { programs: ['WLF00000102'] } };
const solo = (m: CaseMember, recipient = true): ProgramCase['household'] => ({
  members: [{ relation: 'head', ...m, facts: { ...(recipient ? MEDICAL_AID : {}), ...m.facts } }],
});

// The ground for the claim is always a judgement, so no case is eligible on data alone.
export const cases: ProgramCase[] = [
  {
    name: '의료급여 수급권자 산모 — 의료급여기관 밖 출산 등 사유 확인 필요로 미결정',
    date: D,
    household: solo({ age: 30, sex: 'F', facts: { pregnancy: {} } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '의료급여 수급권자 당뇨병 환자 (만 62세 남성) — 처방·구입 확인 필요로 미결정',
    date: D,
    household: solo({ age: 62, sex: 'M', facts: { illness: { kind: 'chronic' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '의료급여 수급 가구의 만 8세 자녀 — 사유 확인 필요로 미결정',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 38, facts: MEDICAL_AID },
        { relation: 'child', age: 8 },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '의료급여 수급권자 만 75세 — 사유 확인 필요로 미결정',
    date: D,
    household: solo({ age: 75 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '의료급여 수급자가 아닌 산모 — 비대상 (건강보험 요양비는 별도)',
    date: D,
    household: solo({ age: 30, sex: 'F', facts: { pregnancy: {} } }, false),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '의료급여 수급자가 아닌 만 62세 — 비대상',
    date: D,
    household: solo({ age: 62, sex: 'M' }, false),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '생계급여만 받는 가구 (의료급여 아님) — 비대상',
    date: D,
    household: solo({ age: 50, facts: { programRecipient: { programs: ['WLF00001132'] } } }, false),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '차상위계층 (의료급여 아님) — 비대상',
    date: D,
    household: solo({ age: 45, facts: { nearPoor: { kind: 'confirmed' } } }, false),
    expect: { outcome: 'ineligible' },
  },
];
