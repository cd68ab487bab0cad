import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '차상위계층 자영업자 45세 — 사업 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 45, facts: { nearPoor: {}, smallBusiness: {} } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 19세 — 신용평점·사업 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 19 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '생계급여 수급 50세 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 50, facts: { programRecipient: { programs: ['WLF00001132'] } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 18세 — 비대상 (미성년)',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 47 },
        { relation: 'child', age: 18 },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
