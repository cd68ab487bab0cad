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
    name: '만 4세 유치원 재원 — 지원',
    date: D,
    household: withChild({ age: 4, facts: { daycareUse: { kind: 'kindergarten' } } }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 3세 (하한) — 지원',
    date: D,
    household: withChild({ age: 3, facts: { daycareUse: { kind: 'kindergarten' } } }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 2세 — 연령 미달',
    date: D,
    household: withChild({ age: 2, facts: { daycareUse: { kind: 'kindergarten' } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 5세 (상한) — 지원',
    date: D,
    household: withChild({ age: 5, facts: { daycareUse: { kind: 'kindergarten' } } }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 6세 — 연령 초과',
    date: D,
    household: withChild({ age: 6, facts: { daycareUse: { kind: 'kindergarten' } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '어린이집 이용 (보육료 대상) — 유아학비 비대상',
    date: D,
    household: withChild({ age: 4, facts: { daycareUse: { kind: 'daycare' } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '외국 국적 유아 — 비대상',
    date: D,
    household: withChild({ age: 4, nationality: 'VN', facts: { daycareUse: { kind: 'kindergarten' } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2023년 기준일 — 연령 기준 자료 없음으로 미결정',
    date: '2023-06-01',
    household: withChild({ age: 4, facts: { daycareUse: { kind: 'kindergarten' } } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['parameter:kindergartenTuitionNuri.minAge'] },
  },
];
