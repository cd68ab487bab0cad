import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const hh = (...members: CaseMember[]): ProgramCase['household'] => ({ members });
const head = (extra: Partial<CaseMember> = {}): CaseMember => ({ relation: 'head', age: 45, ...extra });
const child = (age: number): CaseMember => ({ relation: 'child', age });
const grandchild = (age: number): CaseMember => ({ relation: 'grandchild', age });

export const cases: ProgramCase[] = [
  {
    name: '주거급여 가구 — 대상',
    date: D,
    household: hh(head({ age: 60, facts: { programRecipient: { programs: ['WLF00003201'] } } })),
    expect: { outcome: 'eligible' },
  },
  {
    name: '차상위 본인부담경감 가구원 — 대상',
    date: D,
    household: hh(head(), { relation: 'spouse', age: 44, facts: { nearPoor: { kind: 'copayReduction' } } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '한부모가족 지원대상 — 대상',
    date: D,
    household: hh(head({ facts: { singleParentFamily: { kind: 'singleParent' } } }), child(7)),
    expect: { outcome: 'eligible' },
  },
  {
    name: '5인 가구 (자녀 2명) — 대가족 대상',
    date: D,
    household: hh(
      head(),
      { relation: 'spouse', age: 44 },
      { relation: 'parent', age: 74 },
      child(12),
      child(9),
    ),
    expect: { outcome: 'eligible' },
  },
  {
    name: '4인 가구 (자녀 2명) — 비대상',
    date: D,
    household: hh(head(), { relation: 'spouse', age: 44 }, child(12), child(9)),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '부모 1명과 자녀 3명 (4인) — 3자녀 대상',
    date: D,
    household: hh(head(), child(12), child(9), child(5)),
    expect: { outcome: 'eligible' },
  },
  {
    name: '조부모와 손자녀 3명 (4인) — 3자녀(손) 대상',
    date: D,
    household: hh(head({ age: 70 }), grandchild(14), grandchild(11), grandchild(8)),
    expect: { outcome: 'eligible' },
  },
  {
    name: '조부모와 손자녀 2명 — 비대상',
    date: D,
    household: hh(head({ age: 70 }), grandchild(14), grandchild(11)),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '장애의 정도가 심한 장애인 가구원 — 대상',
    date: D,
    household: hh(head({ age: 50 }), {
      relation: 'child',
      age: 20,
      facts: { disability: { severity: 'severe' } },
    }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '심하지 않은 장애만 — 비대상',
    date: D,
    household: hh(head({ age: 50, facts: { disability: { severity: 'mild' } } })),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '국가보훈대상자 — 상이등급·독립유공자 확인 필요',
    date: D,
    household: hh(head({ age: 78, facts: { veteran: { category: '국가유공자', isFamily: false } } })),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '기초연금만 수급 — 상세 기록의 대상이 아니어서 비대상',
    date: D,
    household: hh(head({ age: 75, facts: { programRecipient: { programs: ['WLF00001164'] } } })),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2025년 4인 가구 — 2025년 기준 없음으로 미결정',
    date: '2025-06-01',
    household: hh(head(), { relation: 'spouse', age: 44 }, child(12), child(9)),
    expect: { outcome: 'undetermined', missing: ['parameter:electricityDiscount.largeFamilySize'] },
  },
];
