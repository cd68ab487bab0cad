import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '다문화가족 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 32,
          sex: 'F',
          nationality: 'VN',
          facts: { multiculturalFamily: true, foreignResident: { visa: 'F-6' } },
        },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '북한이탈주민 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 40, sex: 'F', facts: { northKoreanDefector: true } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '등록 장애인 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 50, sex: 'M', facts: { disability: { severity: 'mild' } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '농업인 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 60, sex: 'M', facts: { farmerFisher: { kind: 'farmer' } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '그 밖의 사람 — 교육과정별 대상 여부 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 16, sex: 'F' }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
