import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '전역, 실업, 구직 등록, 군인연금 없음 — 복무기간·신청기한 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 35,
          sex: 'M',
          facts: {
            military: { status: 'discharged' },
            employment: { status: 'unemployed' },
            jobSeeker: true,
          },
        },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '취업 중 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 35,
          sex: 'M',
          facts: { military: { status: 'discharged' }, employment: { status: 'employee' }, jobSeeker: true },
        },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '구직 등록 없음 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 35,
          sex: 'M',
          facts: { military: { status: 'discharged' }, employment: { status: 'unemployed' } },
        },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '군인연금 수급 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 45,
          sex: 'M',
          facts: {
            military: { status: 'discharged' },
            employment: { status: 'unemployed' },
            jobSeeker: true,
            occupationalPension: true,
          },
        },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '현역 복무 중 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 30,
          sex: 'M',
          facts: { military: { status: 'conscript' }, employment: { status: 'unemployed' }, jobSeeker: true },
        },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '취업 상태 자료 없음 — 미결정',
    date: '2026-03-01',
    household: {
      members: [{ age: 35, sex: 'M', facts: { military: { status: 'discharged' }, jobSeeker: true } }],
    },
    expect: { outcome: 'undetermined', missing: ['fact:employment'] },
  },
];
