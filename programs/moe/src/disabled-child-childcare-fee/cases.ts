import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
/** A parent (head) with one child; the child (member 2) is the subject. */
const withChild = (child: CaseMember, parent: CaseMember = {}): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 35, ...parent },
    { relation: 'child', ...child },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '등록 장애아동 만 4세, 어린이집 이용 — 지원',
    date: D,
    household: withChild({
      age: 4,
      facts: { disability: { severity: 'severe' }, daycareUse: { kind: 'daycare' } },
    }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '등록 장애아동 만 12세 (상한), 미취학 — 지원',
    date: D,
    household: withChild({
      age: 12,
      facts: { disability: { severity: 'mild' }, daycareUse: { kind: 'daycare' } },
    }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '등록 장애아동 만 13세 — 연령 초과',
    date: D,
    household: withChild({
      age: 13,
      facts: { disability: { severity: 'mild' }, daycareUse: { kind: 'daycare' } },
    }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '장애 미등록 만 3세 — 진단서·통지서 확인 필요로 미결정',
    date: D,
    household: withChild({ age: 3, facts: { daycareUse: { kind: 'daycare' } } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '등록 장애아동이나 어린이집 미이용 — 비대상',
    date: D,
    household: withChild({ age: 4, facts: { disability: { severity: 'severe' } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
