import type { CaseMember, FactMap, ProgramCase } from '@bokji/core';
import { recipientOf } from '@bokji/core';

const D = '2026-03-03';
const YEAR = 168_000; // 14,000 × 12, paid at once
/** A father (head, with the given facts) and a child of the given age and sex; the child is the subject. */
const family = (age: number, sex: 'F' | 'M', parentFacts: FactMap = {}): ProgramCase['household'] => {
  const child: CaseMember = { relation: 'child', age, sex };
  return { members: [{ relation: 'head', age: 46, sex: 'M', facts: parentFacts }, child] };
};

export const cases: ProgramCase[] = [
  {
    name: '생계급여 가구 만 15세 여성 — 연 168,000원 (월 14,000원)',
    date: D,
    household: family(15, 'F', recipientOf('WLF00001132')),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: YEAR },
  },
  {
    name: '의료급여 가구 만 9세 (하한) — 대상',
    date: D,
    household: family(9, 'F', recipientOf('WLF00000102')),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: YEAR },
  },
  {
    name: '만 8세 — 연령 미달',
    date: D,
    household: family(8, 'F', recipientOf('WLF00000102')),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '주거급여 수급 1인 가구 만 24세 (상한) — 대상',
    date: D,
    household: { members: [{ age: 24, sex: 'F', facts: recipientOf('WLF00003201') }] },
    expect: { outcome: 'eligible', amountKrw: YEAR },
  },
  {
    name: '주거급여 수급 1인 가구 만 25세 — 연령 초과',
    date: D,
    household: { members: [{ age: 25, sex: 'F', facts: recipientOf('WLF00003201') }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '교육급여 가구 — 대상',
    date: D,
    household: family(13, 'F', recipientOf('WLF00001089')),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: YEAR },
  },
  {
    name: '법정 차상위 가구 — 대상',
    date: D,
    household: family(17, 'F', { nearPoor: { kind: 'confirmed' } }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: YEAR },
  },
  {
    name: '한부모가족 지원대상자 가구 — 대상',
    date: D,
    household: family(11, 'F', { singleParentFamily: { kind: 'singleParent' } }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: YEAR },
  },
  {
    name: '수급·차상위·한부모 아닌 가구 — 비대상 (소득만으로는 대상 아님)',
    date: D,
    household: family(15, 'F'),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '남성 청소년 — 비대상',
    date: D,
    household: family(15, 'M', recipientOf('WLF00001132')),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2025년 — 2026 이전 기준이 복지로 상세에 없어 미결정',
    date: '2025-06-01',
    household: family(15, 'F', recipientOf('WLF00001132')),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['parameter:menstrualVoucher.minAge'] },
  },
];
