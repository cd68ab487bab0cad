import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '생계급여 수급 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 50, facts: { programRecipient: { programs: ['WLF00001132'] } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '기초연금 수급 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 70, facts: { programRecipient: { programs: ['WLF00001164'] } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '등록 장애인 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 30, facts: { disability: { severity: 'mild' } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '차상위 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 30, facts: { nearPoor: {} } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '보훈대상자 — 상이 구분 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 72, facts: { veteran: { category: '국가유공자', isFamily: false } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '해당 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 30 }] },
    expect: { outcome: 'ineligible' },
  },
];
