import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '만 20세 — 대상',
    date: D,
    household: solo({ age: 20, sex: 'F' }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 19세 — 연령 미달',
    date: D,
    household: solo({ age: 19, sex: 'F' }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 49세 남성 — 대상',
    date: D,
    household: solo({ age: 49, sex: 'M' }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 50세 — 연령 초과',
    date: D,
    household: solo({ age: 50, sex: 'M' }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 30세 외국인 — 내국인 배우자 확인 필요',
    date: D,
    household: solo({ age: 30, sex: 'F', nationality: 'VN' }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
