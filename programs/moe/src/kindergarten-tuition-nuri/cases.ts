import type { CaseMember, FactMap, ProgramCase } from '@bokji/core';

const D = '2026-03-03';
type Kind = 'public' | 'private';
/** A parent (head) with one kindergarten child; the child (member 2) is the subject. */
const withChild = (
  birthDate: string,
  establishment: Kind | null = 'public',
  extra: Partial<CaseMember> = {},
  facts: FactMap = {},
): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 37 },
    {
      relation: 'child',
      birthDate,
      ...extra,
      facts: {
        daycareUse: { kind: 'kindergarten' },
        ...(establishment ? { kindergartenType: { establishment } } : {}),
        ...facts,
      },
    },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '2022-06-01 출생 국공립 유치원 — 월 100,000원',
    date: D,
    household: withChild('2022-06-01', 'public'),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 100_000 },
  },
  {
    name: '2022-12-31 출생 (만 3세 기준 연도) 사립 유치원 — 월 280,000원',
    date: D,
    household: withChild('2022-12-31', 'private'),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 280_000 },
  },
  {
    name: '2020-01-01 출생 (만 5세 기준 연도) 사립 유치원 — 월 280,000원',
    date: D,
    household: withChild('2020-01-01', 'private'),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 280_000 },
  },
  {
    name: '2023-01-20 출생 — 만 3세반 조기 취원 여부 미결정',
    date: D,
    household: withChild('2023-01-20'),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '2024-01-01 출생 — 연령 미달',
    date: D,
    household: withChild('2024-01-01'),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2019-12-31 출생 — 취학유예 여부 미결정',
    date: D,
    household: withChild('2019-12-31'),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '2018-12-31 출생 — 연령 초과',
    date: D,
    household: withChild('2018-12-31'),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '어린이집 이용 — 비대상',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 37 },
        { relation: 'child', birthDate: '2021-04-04', facts: { daycareUse: { kind: 'daycare' } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '외국 국적 유아 — 난민·특별기여자 여부 미결정',
    date: D,
    household: withChild('2021-04-04', 'public', { nationality: 'VN' }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '가정양육수당 수급 기록 — 비대상',
    date: D,
    household: withChild('2021-04-04', 'public', {}, { programRecipient: { programs: ['WLF00003253'] } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '어린이집 보육료 수급 기록 — 비대상',
    date: D,
    household: withChild('2021-04-04', 'public', {}, { programRecipient: { programs: ['WLF00003250'] } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '유치원 설립 유형 자료 없음 — 대상, 금액 미결정',
    date: D,
    household: withChild('2021-04-04', null),
    subject: 1,
    expect: { outcome: 'eligible', missing: ['fact:kindergartenType'] },
  },
  {
    name: '2026년 2월 (2025학년도) — 연령 기준이 복지로 상세에 없어 미결정',
    date: '2026-02-02',
    household: withChild('2021-04-04'),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['parameter:kindergartenTuitionNuri.oldestBirthYear'] },
  },
];
