import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '북한이탈주민 중학생 — 대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 14, sex: 'M', facts: { northKoreanDefector: true, student: { level: 'middle' } } }],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '북한이탈주민 부모의 초등학생 자녀 — 제3국 출생 여부 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 40, sex: 'F', facts: { northKoreanDefector: true } },
        { relation: 'child', age: 10, sex: 'M', facts: { student: { level: 'elementary' } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '북한이탈주민 아닌 가정의 고등학생 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 45, sex: 'F' },
        { relation: 'child', age: 16, sex: 'M', facts: { student: { level: 'high' } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '재학하지 않는 북한이탈주민 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 20, sex: 'M', facts: { northKoreanDefector: true } }] },
    expect: { outcome: 'ineligible' },
  },
];
