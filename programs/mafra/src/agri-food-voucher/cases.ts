import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const NB = { programRecipient: { programs: ['WLF00001132'] } };
const hh = (...members: CaseMember[]): ProgramCase['household'] => ({ members });

export const cases: ProgramCase[] = [
  {
    name: '생계급여 가구, 34세 가구원 — 대상',
    date: D,
    household: hh({ relation: 'head', age: 34, facts: NB }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '생계급여 가구, 35세 1인 — 비대상',
    date: D,
    household: hh({ relation: 'head', age: 35, facts: NB }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '생계급여 노인 가구와 손자녀 (10세) — 대상',
    date: D,
    household: hh({ relation: 'head', age: 72, facts: NB }, { relation: 'grandchild', age: 10 }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '생계급여 가구, 임신 중인 38세 — 대상',
    date: D,
    household: hh({ relation: 'head', age: 38, sex: 'F', facts: { ...NB, pregnancy: {} } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '생계급여 가구, 40세·68세 — 비대상',
    date: D,
    household: hh({ relation: 'head', age: 68, facts: NB }, { relation: 'child', age: 40 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '외국인 생계급여 가구, 영유아 — 대상',
    date: D,
    household: hh(
      { relation: 'head', age: 31, nationality: 'VN', facts: NB },
      { relation: 'child', ageMonths: 8, nationality: 'VN' },
    ),
    expect: { outcome: 'eligible' },
  },
  {
    name: '의료급여만 받는 가구, 청년 — 생계급여 아님으로 비대상',
    date: D,
    household: hh({ relation: 'head', age: 25, facts: { programRecipient: { programs: ['WLF00000102'] } } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '수급 아닌 청년 가구 — 비대상',
    date: D,
    household: hh({ relation: 'head', age: 25 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2025년 — 2025년 기준 없음으로 미결정',
    date: '2025-06-01',
    household: hh({ relation: 'head', age: 30, facts: NB }),
    expect: { outcome: 'undetermined', missing: ['parameter:agriFoodVoucher.maxAge'] },
  },
];
