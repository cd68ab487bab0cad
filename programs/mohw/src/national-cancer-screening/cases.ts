import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const person = (age: number, sex: 'F' | 'M'): ProgramCase['household'] => ({
  members: [{ relation: 'head', age, sex }],
});

export const cases: ProgramCase[] = [
  {
    name: '만 50세 남성 — 대장암 검진 대상 (1년 주기)',
    date: D,
    household: person(50, 'M'),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 49세 남성 — 대장암 연령 미만, 위암 검진 주기 확인 필요로 미결정',
    date: D,
    household: person(49, 'M'),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 51세 여성 — 대장암 검진 대상',
    date: D,
    household: person(51, 'F'),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 40세 남성 — 위암 연령, 검진 주기 확인 필요로 미결정',
    date: D,
    household: person(40, 'M'),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 39세 남성 — 어느 암종에도 해당하지 않아 비대상',
    date: D,
    household: person(39, 'M'),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 41세 여성 — 위암·유방암·자궁경부암 검진 주기 확인 필요로 미결정',
    date: D,
    household: person(41, 'F'),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 20세 여성 — 자궁경부암 검진 주기 확인 필요로 미결정',
    date: D,
    household: person(20, 'F'),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 21세 여성 — 자궁경부암 검진 주기 확인 필요로 미결정',
    date: D,
    household: person(21, 'F'),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 19세 여성 — 비대상',
    date: D,
    household: person(19, 'F'),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 25세 남성 — 비대상',
    date: D,
    household: person(25, 'M'),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 53세 남성 — 폐암 연령 미만이지만 대장암 대상',
    date: D,
    household: person(53, 'M'),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 54세 남성 — 폐암 연령 (고위험군 확인은 별도), 대장암 대상',
    date: D,
    household: person(54, 'M'),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 74세 남성 — 폐암 연령 상한, 대장암 대상',
    date: D,
    household: person(74, 'M'),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 75세 남성 — 폐암 연령 초과, 대장암 대상',
    date: D,
    household: person(75, 'M'),
    expect: { outcome: 'eligible' },
  },
];
