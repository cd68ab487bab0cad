import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
/** A parent (head) and a child; the child (member 2) is the subject. */
const family = (child: CaseMember, parent: CaseMember = {}): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 44, ...parent },
    { relation: 'child', ...child },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '탈북 중학생 — 지원',
    date: D,
    household: family({ age: 14, facts: { student: { level: 'middle' }, northKoreanDefector: true } }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '북한이탈주민 부모의 자녀 (본인 기록 없음) — 제3국 출생 확인 필요로 미결정',
    date: D,
    household: family(
      { age: 11, facts: { student: { level: 'elementary' } } },
      { facts: { northKoreanDefector: true } },
    ),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '학교에 다니지 않는 탈북 청년 — 비대상',
    date: D,
    household: family({ age: 20, facts: { northKoreanDefector: true } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
