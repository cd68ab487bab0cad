import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '햇살론일반 이용자 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 44, facts: { programRecipient: { programs: ['WLF00006274'] } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '미소금융 이용자 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 52, facts: { programRecipient: { programs: ['WLF00006269'] } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '상품 이용 이력 없음 — 상담 예약으로 결정',
    date: '2026-03-01',
    household: { members: [{ age: 29 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
