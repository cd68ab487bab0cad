import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const NB = { programRecipient: { programs: ['WLF00001132'] } };
const withChild = (child: CaseMember, headFacts: CaseMember['facts'] = NB): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 40, facts: headFacts },
    { relation: 'child', ...child },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '생계급여 가구 초등학생 — 100,000원',
    date: D,
    household: withChild({ age: 10, facts: { student: { level: 'elementary' } } }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 100_000 },
  },
  {
    name: '2019-12-31 출생 초등학생 — 대상',
    date: D,
    household: withChild({ birthDate: '2019-12-31', facts: { student: { level: 'elementary' } } }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 100_000 },
  },
  {
    name: '2020-01-01 출생 — 6세 기준 미달',
    date: D,
    household: withChild({ birthDate: '2020-01-01' }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '중학생 자녀를 둔 수급 가구의 부모 — 대상',
    date: D,
    household: withChild({ age: 14, facts: { student: { level: 'middle' } } }),
    subject: 0,
    expect: { outcome: 'eligible', amountKrw: 100_000 },
  },
  {
    name: '수급 1인 성인 (학생·학부모 아님) — 신규 여부 확인 필요',
    date: D,
    household: { members: [{ relation: 'head', age: 30, facts: NB }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '수급 가구 17세 학교 밖 자녀 — 학령기 연령 확인 필요',
    date: D,
    household: withChild({ age: 17 }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '차상위 가구 고등학생 — 대상',
    date: D,
    household: withChild({ age: 16, facts: { student: { level: 'high' } } }, { nearPoor: {} }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 100_000 },
  },
  {
    name: '한부모가족 초등학생 — 대상',
    date: D,
    household: withChild(
      { age: 9, facts: { student: { level: 'elementary' } } },
      { singleParentFamily: { kind: 'singleParent' } },
    ),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 100_000 },
  },
  {
    name: '일반 가구 초등학생 — 비대상',
    date: D,
    household: withChild({ age: 10, facts: { student: { level: 'elementary' } } }, {}),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2025년 — 2025년 기준 없음으로 미결정',
    date: '2025-06-01',
    household: withChild({ age: 10, facts: { student: { level: 'elementary' } } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['parameter:scienceCultureVoucher.bornBy'] },
  },
];
