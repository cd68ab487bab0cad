import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '1인 가구 소득 3,205,297원 (중위 125%) — 복무기간 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        { age: 40, sex: 'M', income: { earned: 3205297 }, facts: { military: { status: 'discharged' } } },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '1인 가구 소득 3,205,298원 — 소득 초과',
    date: '2026-03-01',
    household: {
      members: [
        { age: 40, sex: 'M', income: { earned: 3205298 }, facts: { military: { status: 'discharged' } } },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '군인연금 수급 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { age: 50, sex: 'M', facts: { military: { status: 'discharged' }, occupationalPension: true } },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '복무 이력 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 40, sex: 'M' }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: '2026-03-01',
    household: {
      members: [{ age: 40, sex: 'M', income: null, facts: { military: { status: 'discharged' } } }],
    },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
