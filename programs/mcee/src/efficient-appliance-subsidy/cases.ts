import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
/** Receives the electricity welfare discount (and optionally other programs). */
const disc = (...more: string[]) => ({ programRecipient: { programs: ['WLF00004639', ...more] } });
const head = (extra: Partial<CaseMember> = {}): CaseMember => ({
  relation: 'head',
  age: 45,
  facts: disc(),
  ...extra,
});
const child = (age: number): CaseMember => ({ relation: 'child', age });
const hh = (...members: CaseMember[]): ProgramCase['household'] => ({ members });
const lifeSupport = { outcome: 'undetermined' as const, missing: ['judgement'] };

export const cases: ProgramCase[] = [
  {
    name: '복지할인 + 생계급여 — 가군 대상',
    date: D,
    household: hh(head({ facts: disc('WLF00001132') })),
    expect: { outcome: 'eligible' },
  },
  {
    name: '생계급여지만 전기요금 복지할인 미수급 — 비대상',
    date: D,
    household: hh(head({ facts: { programRecipient: { programs: ['WLF00001132'] } } })),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '복지할인 + 심한 장애 — 가군 대상',
    date: D,
    household: hh(head({ facts: { ...disc(), disability: { severity: 'severe' } } })),
    expect: { outcome: 'eligible' },
  },
  {
    name: '복지할인 + 심하지 않은 장애만 — 생명유지장치 여부 확인 필요',
    date: D,
    household: hh(head({ facts: { ...disc(), disability: { severity: 'mild' } } })),
    expect: lifeSupport,
  },
  {
    name: '복지할인 + 차상위 — 가군 대상',
    date: D,
    household: hh(head(), { relation: 'spouse', age: 44, facts: { nearPoor: {} } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '복지할인 + 국가보훈대상자 — 상이등급 확인 필요',
    date: D,
    household: hh(
      head({ age: 70, facts: { ...disc(), veteran: { category: '국가유공자', isFamily: false } } }),
    ),
    expect: lifeSupport,
  },
  {
    name: '복지할인 + 자녀 3명 — 나군 대상',
    date: D,
    household: hh(head(), child(12), child(9), child(5)),
    expect: { outcome: 'eligible' },
  },
  {
    name: '복지할인 + 자녀 2명 (4인) — 나군 아님, 확인 필요',
    date: D,
    household: hh(head(), { relation: 'spouse', age: 43 }, child(12), child(9)),
    expect: lifeSupport,
  },
  {
    name: '복지할인 + 생후 35개월 자녀 — 나군 대상',
    date: D,
    household: hh(head({ age: 33 }), { relation: 'child', ageMonths: 35 }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '복지할인 + 생후 36개월 (만 3세) 자녀 — 나군 아님, 확인 필요',
    date: D,
    household: hh(head({ age: 33 }), { relation: 'child', ageMonths: 36 }),
    expect: lifeSupport,
  },
  {
    name: '복지할인 + 5인 가구 (자녀 1명) — 대가족 대상',
    date: D,
    household: hh(
      head(),
      { relation: 'spouse', age: 44 },
      { relation: 'parent', age: 75 },
      { relation: 'parent', age: 73 },
      child(10),
    ),
    expect: { outcome: 'eligible' },
  },
  {
    name: '복지할인 + 4인 가구 (자녀 1명) — 대가족 아님, 확인 필요',
    date: D,
    household: hh(head(), { relation: 'spouse', age: 44 }, { relation: 'parent', age: 75 }, child(10)),
    expect: lifeSupport,
  },
  {
    name: '복지할인 없는 일반 가구 — 비대상',
    date: D,
    household: hh({ relation: 'head', age: 45 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2025년 자녀 3명 가구 — 2025년 기준 없음으로 미결정',
    date: '2025-06-01',
    household: hh(head(), child(12), child(9), child(5)),
    expect: { outcome: 'undetermined', missing: ['parameter:efficientAppliance.manyChildrenMin'] },
  },
];
