import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '북한이탈주민 만 18세 고등학생 — 대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 18, sex: 'F', facts: { northKoreanDefector: true, student: { level: 'high' } } }],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 24세 고등학생 — 대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 24, sex: 'M', facts: { northKoreanDefector: true, student: { level: 'high' } } }],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 25세 고등학생 — 연령 초과',
    date: '2026-03-01',
    household: {
      members: [{ age: 25, sex: 'M', facts: { northKoreanDefector: true, student: { level: 'high' } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 30세 대학생 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        { age: 30, sex: 'F', facts: { northKoreanDefector: true, student: { level: 'university' } } },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '북한이탈주민 아닌 고등학생 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 17, sex: 'F', facts: { student: { level: 'high' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '재학하지 않는 북한이탈주민 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 30, sex: 'F', facts: { northKoreanDefector: true } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2023년 기준일 — 연령 기준 자료 없음으로 미결정',
    date: '2023-06-01',
    household: {
      members: [{ age: 18, sex: 'F', facts: { northKoreanDefector: true, student: { level: 'high' } } }],
    },
    expect: { outcome: 'undetermined', missing: ['parameter:defectorEducationCosts.maxAgeSecondary'] },
  },
];
