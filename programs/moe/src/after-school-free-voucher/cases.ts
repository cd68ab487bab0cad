import type { CaseMember, FactMap, ProgramCase } from '@bokji/core';
import { recipientOf } from '@bokji/core';

const D = '2026-03-03';
const VOUCHER = 600_000;
type Level = 'elementary' | 'middle' | 'high' | 'university';
/** A parent (head, business income = income-recognized amount), a student child (subject) and one more child. */
const family = (
  level: Level | null,
  parentFacts: FactMap = {},
  business: number | null = 0,
): ProgramCase['household'] => {
  const child: CaseMember = {
    relation: 'child',
    age: 14,
    ...(level ? { facts: { student: { level } } } : {}),
  };
  return {
    members: [
      { relation: 'head', age: 44, income: business === null ? null : { business }, facts: parentFacts },
      child,
      { relation: 'child', age: 5 },
    ],
  };
};
// 2026 median income, 3 persons: 5,359,036 (× 100%).
const MEDIAN_3 = 5_359_036;

export const cases: ProgramCase[] = [
  {
    name: '중학생, 생계급여 수급 가구 (1순위) — 연 600,000원 내외',
    date: D,
    household: family('middle', recipientOf('WLF00001132')),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: VOUCHER },
  },
  {
    name: '초등학생, 의료급여 수급 가구 (1순위) — 지원',
    date: D,
    household: family('elementary', recipientOf('WLF00000102')),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: VOUCHER },
  },
  {
    name: '고등학생, 주거급여 수급 가구 (1순위) — 지원',
    date: D,
    household: family('high', recipientOf('WLF00003201')),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: VOUCHER },
  },
  {
    name: '중학생, 교육급여 수급 (1순위) — 지원',
    date: D,
    household: family('middle', recipientOf('WLF00001089')),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: VOUCHER },
  },
  {
    name: '중학생, 한부모가정 (1순위) — 지원',
    date: D,
    household: family('middle', { singleParentFamily: { kind: 'singleParent' } }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: VOUCHER },
  },
  {
    name: '중학생, 법정 차상위 (1순위) — 지원',
    date: D,
    household: family('middle', { nearPoor: {} }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: VOUCHER },
  },
  {
    name: '3인 가구 소득인정액 5,359,036원 (중위 100%) — 2순위, 교육청 선정 미결정',
    date: D,
    household: family('middle', {}, MEDIAN_3),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '3인 가구 소득인정액 5,359,037원 (100% + 1원) — 2순위 아님, 학교장 추천 등 미결정',
    date: D,
    household: family('middle', {}, MEDIAN_3 + 1),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '소득 자료 없음, 1순위 아님 — 미결정 (소득 필요)',
    date: D,
    household: family('middle', {}, null),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
  {
    name: '대학생, 생계급여 수급 가구 — 비대상',
    date: D,
    household: family('university', recipientOf('WLF00001132')),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '재학 기록 없음 (학교 밖) — 비대상',
    date: D,
    household: family(null, recipientOf('WLF00001132')),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
