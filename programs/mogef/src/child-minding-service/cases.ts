import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-03';
const employed: CaseMember['facts'] = { employment: { status: 'employee' } };
const notWorking: CaseMember['facts'] = { employment: { status: 'unemployed' } };
/** Two parents (head, spouse) and the given children; the first child (member 3) is the subject. */
const couple = (
  head: CaseMember['facts'],
  spouse: CaseMember['facts'],
  ...children: CaseMember[]
): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 38, facts: head },
    { relation: 'spouse', age: 36, facts: spouse },
    ...children.map((c) => ({ relation: 'child' as const, ...c })),
  ],
});
// 2026 median income: 4 persons 6,494,738 → × 250% = 16,236,845 (the record rounds it up to 16,237,000).
const LIMIT_4 = 16_236_845;

export const cases: ProgramCase[] = [
  {
    name: '맞벌이 가정 생후 3개월 영아 — 중복지원 기준 확인 필요로 미결정',
    date: D,
    household: couple(employed, employed, { ageMonths: 3 }),
    subject: 2,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '생후 2개월 — 월령 미달',
    date: D,
    household: couple(employed, employed, { ageMonths: 2 }),
    subject: 2,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 12세 — 미결정',
    date: D,
    household: couple(employed, employed, { age: 12 }),
    subject: 2,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 13세 — 연령 초과',
    date: D,
    household: couple(employed, employed, { age: 13 }),
    subject: 2,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '4인 가구 월소득 16,236,846원 (250% + 1원) — 소득 초과',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 38, income: { earned: LIMIT_4 + 1 }, facts: employed },
        { relation: 'spouse', age: 36, facts: employed },
        { relation: 'child', age: 5 },
        { relation: 'child', age: 8 },
      ],
    },
    subject: 2,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '4인 가구 월소득 16,236,845원 (기준과 같음) — 소득 기준 충족, 미결정',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 38, income: { earned: LIMIT_4 }, facts: employed },
        { relation: 'spouse', age: 36, facts: employed },
        { relation: 'child', age: 5 },
        { relation: 'child', age: 8 },
      ],
    },
    subject: 2,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '소득 자료 없음 — 미결정 (소득 필요)',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 38, income: null, facts: employed },
        { relation: 'spouse', age: 36, facts: employed },
        { relation: 'child', age: 4 },
      ],
    },
    subject: 2,
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
  {
    name: '부모 취업 자료 없음, 자녀 1명 — 미결정 (취업 상태 필요)',
    date: D,
    household: couple({}, {}, { age: 6 }),
    subject: 2,
    expect: { outcome: 'undetermined', missing: ['fact:employment'] },
  },
  {
    name: '취업 한부모 (조손 포함) — 미결정 (중복지원 기준)',
    date: D,
    household: {
      members: [
        {
          relation: 'head',
          age: 41,
          facts: { singleParentFamily: { kind: 'singleParent' }, employment: { status: 'selfEmployed' } },
        },
        { relation: 'child', age: 7 },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '장애부모 가정 (어머니 비취업·등록장애) — 미결정',
    date: D,
    household: couple(employed, { ...notWorking, disability: { severity: 'mild' } }, { age: 3 }),
    subject: 2,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '다문화 가정 12세 이하 자녀 2명 (외벌이) — 미결정',
    date: D,
    household: couple({ ...employed, multiculturalFamily: true }, notWorking, { age: 2 }, { age: 12 }),
    subject: 2,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '보호자 본인 (만 38세) — 비대상',
    date: D,
    household: couple(employed, employed, { age: 5 }),
    subject: 0,
    expect: { outcome: 'ineligible' },
  },
];
