import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '참전유공자 1인 가구, 장기요양 2등급, 소득인정액 2,564,238원 — 입소 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 85,
          sex: 'M',
          income: { pension: 2564238 },
          facts: { veteran: { category: '참전유공자', isFamily: false }, longTermCareGrade: { grade: '2' } },
        },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '참전유공자 1인 가구, 소득인정액 2,564,239원 — 소득 초과',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 85,
          sex: 'M',
          income: { pension: 2564239 },
          facts: { veteran: { category: '참전유공자', isFamily: false }, longTermCareGrade: { grade: '2' } },
        },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '독립유공자 유족(배우자), 고소득 — 생활수준 무관, 입소 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 90,
          sex: 'F',
          income: { pension: 9000000 },
          facts: { veteran: { category: '독립유공자', isFamily: true }, longTermCareGrade: { grade: '1' } },
        },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '국가유공자, 고소득 — 상이 1급 여부 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 80,
          sex: 'M',
          income: { pension: 9000000 },
          facts: { veteran: { category: '국가유공자', isFamily: false }, longTermCareGrade: { grade: '3' } },
        },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '국가유공자, 장기요양등급 없음 — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 80, sex: 'M', facts: { veteran: { category: '국가유공자', isFamily: false } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '보훈 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 80, sex: 'M', facts: { longTermCareGrade: { grade: '3' } } }] },
    expect: { outcome: 'ineligible' },
  },
];
