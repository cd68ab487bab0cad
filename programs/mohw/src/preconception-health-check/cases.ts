import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '만 20세 여성 — 최대 13만원',
    date: D,
    household: solo({ age: 20, sex: 'F' }),
    expect: { outcome: 'eligible', amountKrw: 130_000 },
  },
  {
    name: '만 19세 여성 — 연령 미달',
    date: D,
    household: solo({ age: 19, sex: 'F' }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 21세 미혼 남성 — 최대 5만원',
    date: D,
    household: solo({ age: 21, sex: 'M' }),
    expect: { outcome: 'eligible', amountKrw: 50_000 },
  },
  {
    name: '만 48세 여성 — 대상',
    date: D,
    household: solo({ age: 48, sex: 'F' }),
    expect: { outcome: 'eligible', amountKrw: 130_000 },
  },
  {
    name: '만 49세 남성 — 대상',
    date: D,
    household: solo({ age: 49, sex: 'M' }),
    expect: { outcome: 'eligible', amountKrw: 50_000 },
  },
  {
    name: '만 50세 남성 — 연령 초과',
    date: D,
    household: solo({ age: 50, sex: 'M' }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '내국인 남편이 있는 외국인 여성 (가구주의 배우자) — 대상',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 34, sex: 'M' },
        { relation: 'spouse', age: 29, sex: 'F', nationality: 'VN' },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 130_000 },
  },
  {
    name: '외국인 부부 — 내국인 배우자가 없어 비대상',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 31, sex: 'M', nationality: 'CN' },
        { relation: 'spouse', age: 30, sex: 'F', nationality: 'CN' },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '가구에 배우자가 없는 외국인 — 내국인 배우자 여부 확인 필요로 미결정',
    date: D,
    household: solo({ age: 30, sex: 'F', nationality: 'PH' }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '내국인 부모와 사는 외국 국적 자녀 (만 25세) — 배우자 여부 확인 필요로 미결정',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 55, sex: 'M' },
        { relation: 'child', age: 25, sex: 'M', nationality: 'US' },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
