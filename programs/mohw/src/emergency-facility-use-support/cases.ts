import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });
const crisis = { crisis: { kind: 'homelessness' as const } };
export const cases: ProgramCase[] = [
  {
    name: '1인 가구 노숙 위기, 소득·재산 없음 — 시설 이용 필요성 판단 필요',
    date: D,
    household: solo({ age: 55, facts: crisis }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '1인 가구 소득 1,923,178원 (2026년 75% 이하) — 시설 이용 필요성 판단 필요',
    date: D,
    household: solo({ age: 55, income: { earned: 1_923_178 }, facts: crisis }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '1인 가구 소득 1,923,179원 — 소득 초과',
    date: D,
    household: solo({ age: 55, income: { earned: 1_923_179 }, facts: crisis }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '서울 순재산 3억 1,000만 1원 — 재산 초과',
    date: D,
    household: solo({ age: 55, assets: { residential: 310_000_001 }, facts: crisis }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '1인 금융재산 8,564,001원 — 금융재산 초과',
    date: D,
    household: solo({ age: 55, assets: { financial: 8_564_001 }, facts: crisis }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '위기사유 자료 없음 — 미결정',
    date: D,
    household: solo({ age: 55 }),
    expect: { outcome: 'undetermined', missing: ['fact:crisis'] },
  },
  {
    name: '2024년 1인 소득 1,671,335원 — 소득 초과',
    date: '2024-06-01',
    household: solo({ age: 55, income: { earned: 1_671_335 }, facts: crisis }),
    expect: { outcome: 'ineligible' },
  },
];
