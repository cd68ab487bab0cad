import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '대한민국 국민 — 상담 신청 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 40, sex: 'F' }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '체류 등록 외국인 — 상담 신청 확인 필요',
    date: '2026-03-01',
    household: {
      members: [{ age: 30, sex: 'F', nationality: 'VN', facts: { foreignResident: { visa: 'E-9' } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '외국인등록 없는 외국인 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 30, sex: 'F', nationality: 'US' }] },
    expect: { outcome: 'ineligible' },
  },
];
