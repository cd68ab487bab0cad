import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '고엽제환자 2세 등록자 — 장애등급 판정 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        { age: 45, sex: 'M', facts: { veteran: { category: '고엽제후유증2세환자', isFamily: false } } },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '고엽제후유증 환자 본인 (2세 아님) — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 75, sex: 'M', facts: { veteran: { category: '고엽제후유증', isFamily: false } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '보훈 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 45, sex: 'M' }] },
    expect: { outcome: 'ineligible' },
  },
];
