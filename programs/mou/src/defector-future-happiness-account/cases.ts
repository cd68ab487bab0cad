import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '북한이탈주민 만 30세 근로소득자 — 입국·전입 요건 확인 필요',
    date: '2026-03-01',
    household: {
      members: [{ age: 30, sex: 'F', income: { earned: 2000000 }, facts: { northKoreanDefector: true } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 17세 — 연령 미달',
    date: '2026-03-01',
    household: {
      members: [{ age: 17, sex: 'F', income: { earned: 1000000 }, facts: { northKoreanDefector: true } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 없는 실업 상태 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { age: 30, sex: 'F', facts: { northKoreanDefector: true, employment: { status: 'unemployed' } } },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '자영업 북한이탈주민 (근로소득 없음) — 요건 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 40,
          sex: 'M',
          income: { business: 2500000 },
          facts: { northKoreanDefector: true, employment: { status: 'selfEmployed' } },
        },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '북한이탈주민 아님 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 30, sex: 'F', income: { earned: 2000000 } }] },
    expect: { outcome: 'ineligible' },
  },
];
