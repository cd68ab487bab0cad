import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '만 15세 다문화가족 청소년 — 대상',
    date: D,
    household: {
      members: [
        { age: 45, relation: 'head', facts: { multiculturalFamily: true } },
        { age: 15, relation: 'child', facts: { multiculturalFamily: true } },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 20세 북한이탈 청소년 — 대상',
    date: D,
    household: { members: [{ age: 20, facts: { northKoreanDefector: true } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 12세 외국 국적 청소년 — 대상',
    date: D,
    household: { members: [{ age: 12, nationality: 'VN' }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 25세 북한이탈주민 — 연령 초과',
    date: D,
    household: { members: [{ age: 25, facts: { northKoreanDefector: true } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 8세 외국 국적 — 연령 미달',
    date: D,
    household: { members: [{ age: 8, nationality: 'VN' }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 16세 한국 국적, 다문화·북한이탈 기록 없음 — 중도입국 여부 미결정',
    date: D,
    household: { members: [{ age: 16 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
