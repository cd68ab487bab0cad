import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '등록 장애인, 소득 없음 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 45, sex: 'M', facts: { disability: { severity: 'severe' } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '등록 장애인 1인 가구 소득 3,205,297원 (중위 125%) — 대상',
    date: '2026-03-01',
    household: {
      members: [
        { age: 45, sex: 'M', income: { earned: 3205297 }, facts: { disability: { severity: 'mild' } } },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '등록 장애인 1인 가구 소득 3,205,298원 — 소득 초과',
    date: '2026-03-01',
    household: {
      members: [
        { age: 45, sex: 'M', income: { earned: 3205298 }, facts: { disability: { severity: 'mild' } } },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '차상위계층 — 소득기준 예외로 대상',
    date: '2026-03-01',
    household: { members: [{ age: 50, sex: 'F', income: { earned: 4000000 }, facts: { nearPoor: {} } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '생계급여 수급 가구 — 대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 60, sex: 'F', facts: { programRecipient: { programs: ['WLF00001132'] } } }],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '범죄피해자 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 35, sex: 'F', facts: { crimeVictim: true } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '국가유공자 유족 — 대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 70, sex: 'F', facts: { veteran: { category: '국가유공자', isFamily: true } } }],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '해당 구분 자료 없는 국민, 소득 없음 — 대상자 구분 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 40, sex: 'M' }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
