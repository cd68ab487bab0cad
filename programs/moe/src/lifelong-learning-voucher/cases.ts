import type { FactMap, ProgramCase } from '@bokji/core';
import { recipientOf } from '@bokji/core';

const D = '2026-03-03';
const VOUCHER = 350_000;
const adult = (age: number, facts: FactMap = {}): ProgramCase['household'] => ({
  members: [{ age, facts }],
});

export const cases: ProgramCase[] = [
  {
    name: '생계급여 수급자 (만 40세) — 연 350,000원 이내',
    date: D,
    household: adult(40, recipientOf('WLF00001132')),
    expect: { outcome: 'eligible', amountKrw: VOUCHER },
  },
  {
    name: '의료급여 수급자 — 지원',
    date: D,
    household: adult(52, recipientOf('WLF00000102')),
    expect: { outcome: 'eligible', amountKrw: VOUCHER },
  },
  {
    name: '주거급여 수급자 — 지원',
    date: D,
    household: adult(23, recipientOf('WLF00003201')),
    expect: { outcome: 'eligible', amountKrw: VOUCHER },
  },
  {
    name: '교육급여 수급 가구의 보호자 — 지원',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 44 },
        { relation: 'child', age: 12, facts: recipientOf('WLF00001089') },
      ],
    },
    expect: { outcome: 'eligible', amountKrw: VOUCHER },
  },
  {
    name: '한부모가족보호대상자 — 지원',
    date: D,
    household: adult(35, { singleParentFamily: { kind: 'singleParent' } }),
    expect: { outcome: 'eligible', amountKrw: VOUCHER },
  },
  {
    name: '차상위 본인부담경감 대상자 — 지원',
    date: D,
    household: adult(58, { nearPoor: { kind: 'copayReduction' } }),
    expect: { outcome: 'eligible', amountKrw: VOUCHER },
  },
  {
    name: '만 19세 등록장애인 — 지원',
    date: D,
    household: adult(19, { disability: { severity: 'mild' } }),
    expect: { outcome: 'eligible', amountKrw: VOUCHER },
  },
  {
    name: '만 18세 등록장애인 — 연령 미달, 비대상',
    date: D,
    household: adult(18, { disability: { severity: 'mild' } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 65세 (노인), 저소득·장애 아님 — 광역지자체 특성화 선정 여부 미결정',
    date: D,
    household: adult(65),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 30세, 저소득·장애 아님 — 디지털 교육 수요·특성화 선정 여부 미결정',
    date: D,
    household: adult(30),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 29세, 저소득·장애 아님 — 비대상',
    date: D,
    household: adult(29),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2025년 생계급여 수급자 — 자격 있음, 2025 금액이 복지로 상세에 없어 금액 미결정',
    date: '2025-06-01',
    household: adult(40, recipientOf('WLF00001132')),
    expect: { outcome: 'eligible', missing: ['parameter:lifelongLearningVoucher.annualAmount'] },
  },
];
