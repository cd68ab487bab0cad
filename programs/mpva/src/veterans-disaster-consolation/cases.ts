import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '참전유공자, 재난 피해 확인 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 78,
          sex: 'M',
          facts: { veteran: { category: '참전유공자', isFamily: false }, disasterVictim: { kind: '호우' } },
        },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '국가유공자 유족, 재난 피해 확인 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 70,
          sex: 'F',
          facts: { veteran: { category: '국가유공자', isFamily: true }, disasterVictim: { kind: '태풍' } },
        },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '국가유공자, 재난 피해 자료 없음 — 화재 등 피해 확인 필요',
    date: '2026-03-01',
    household: {
      members: [{ age: 70, sex: 'M', facts: { veteran: { category: '국가유공자', isFamily: false } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '보훈 등록 없음, 재난 피해 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 70, sex: 'M', facts: { disasterVictim: { kind: '지진' } } }] },
    expect: { outcome: 'ineligible' },
  },
];
