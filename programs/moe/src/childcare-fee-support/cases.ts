import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-03';
type Use = 'daycare' | 'kindergarten' | 'fullDayChildMinding';
/** A parent (head) with one child born on the given date; the child (member 2) is the subject. */
const withChild = (birthDate: string, use: Use | null = 'daycare'): ProgramCase['household'] => {
  const child: CaseMember = { relation: 'child', birthDate };
  if (use) child.facts = { daycareUse: { kind: use } };
  return { members: [{ relation: 'head', age: 36 }, child] };
};

export const cases: ProgramCase[] = [
  {
    name: '2025-01-01 출생 (0세반 첫날) — 월 584,000원',
    date: D,
    household: withChild('2025-01-01'),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 584_000 },
  },
  {
    name: '2026-01-15 출생 (0세반) — 월 584,000원',
    date: D,
    household: withChild('2026-01-15'),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 584_000 },
  },
  {
    name: '2024-12-31 출생 (1세반) — 월 515,000원',
    date: D,
    household: withChild('2024-12-31'),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 515_000 },
  },
  {
    name: '2023-06-10 출생 (2세반) — 월 426,000원',
    date: D,
    household: withChild('2023-06-10'),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 426_000 },
  },
  {
    name: '2022-12-31 출생 (3세반) — 월 280,000원',
    date: D,
    household: withChild('2022-12-31'),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 280_000 },
  },
  {
    name: '2020-01-01 출생 (5세반, 기준 연도) — 월 280,000원',
    date: D,
    household: withChild('2020-01-01'),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 280_000 },
  },
  {
    name: '2019-12-31 출생 (기준 연도 1년 전) — 취학유예 여부 미결정',
    date: D,
    household: withChild('2019-12-31'),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '2018-12-31 출생 취학아동 — 방과후보육료 대상, 단가 미결정 (복지로 상세에 없음)',
    date: D,
    household: withChild('2018-12-31'),
    subject: 1,
    expect: { outcome: 'eligible', missing: ['rule:childcareFeeSupport.afterSchoolFee'] },
  },
  {
    name: '2012-01-01 출생 취학아동 — 방과후보육료 대상',
    date: D,
    household: withChild('2012-01-01'),
    subject: 1,
    expect: { outcome: 'eligible', missing: ['rule:childcareFeeSupport.afterSchoolFee'] },
  },
  {
    name: '2011-12-31 출생 — 연령 초과',
    date: D,
    household: withChild('2011-12-31'),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '유치원 이용 — 비대상',
    date: D,
    household: withChild('2022-05-05', 'kindergarten'),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '어린이집 이용 기록 없음 (가정 양육) — 비대상',
    date: D,
    household: withChild('2023-05-05', null),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2026년 2월 — 2026.3 이전 연령 기준은 복지로 상세에 없어 미결정',
    date: '2026-02-02',
    household: withChild('2023-05-05'),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['parameter:childcareFeeSupport.class5BirthYear'] },
  },
];
