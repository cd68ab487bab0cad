import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '전역 제대군인 대학 재학 — 복무기간·기한 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 32,
          sex: 'M',
          facts: { military: { status: 'discharged' }, student: { level: 'university' } },
        },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '제대군인 부모의 고교생 자녀 — 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 50, sex: 'M', facts: { military: { status: 'discharged' } } },
        { relation: 'child', age: 17, sex: 'F', facts: { student: { level: 'high' } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '제대군인 부모의 중학생 자녀 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 50, sex: 'M', facts: { military: { status: 'discharged' } } },
        { relation: 'child', age: 14, sex: 'F', facts: { student: { level: 'middle' } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '복무 이력 없는 대학생 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 22, sex: 'M', facts: { student: { level: 'university' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '제대군인 없는 가구의 고교생 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 50, sex: 'F' },
        { relation: 'child', age: 17, sex: 'M', facts: { student: { level: 'high' } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
