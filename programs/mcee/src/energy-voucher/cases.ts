import type { ProgramCase } from '@bokji/core';

const NB = { programRecipient: { programs: ['WLF00001132'] } };

export const cases: ProgramCase[] = [
  {
    name: '생계급여 가구, 1961년생 — 대상',
    date: '2026-03-01',
    household: { members: [{ birthDate: '1961-12-31', facts: NB }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '생계급여 가구, 1962년생 1인 — 비대상',
    date: '2026-03-01',
    household: { members: [{ birthDate: '1962-01-01', facts: NB }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '수급 아닌 노인 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 80 }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '주거급여 가구, 만 7세 미취학 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 35, facts: { programRecipient: { programs: ['WLF00003201'] } } },
        { relation: 'child', age: 7 },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '생계급여 가구, 만 8세 초등학생 1명 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 40, facts: NB },
        { relation: 'child', age: 8, facts: { student: { level: 'elementary' } } },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '생계급여 가구, 18세·12세 재학 자녀 2명 — 다자녀 대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 45, facts: NB },
        { relation: 'child', age: 18, facts: { student: { level: 'high' } } },
        { relation: 'child', age: 12, facts: { student: { level: 'elementary' } } },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '생계급여 가구, 19세·12세 자녀 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 45, facts: NB },
        { relation: 'child', age: 19 },
        { relation: 'child', age: 12, facts: { student: { level: 'elementary' } } },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '의료급여 가구, 등록 장애인 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 50,
          facts: { disability: { severity: 'mild' }, programRecipient: { programs: ['WLF00000102'] } },
        },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '교육급여 가구, 임신부 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          sex: 'F',
          facts: { pregnancy: {}, programRecipient: { programs: ['WLF00001089'] } },
        },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '생계급여 가구, 희귀질환 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 50, facts: { ...NB, illness: { kind: 'rare' } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '생계급여 한부모가족 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        { age: 40, facts: { ...NB, singleParentFamily: { kind: 'singleParent' } } },
        { relation: 'child', age: 15, facts: { student: { level: 'middle' } } },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '생계급여 소년소녀가정 — 대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 17, facts: { ...NB, childHeadedHousehold: true, student: { level: 'high' } } }],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '세대원 모두 보장시설 수급자 (노인) — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 82, facts: { ...NB, facilityResident: true } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2023년 (기준 이전) — 미결정',
    date: '2023-10-01',
    household: { members: [{ age: 80, facts: NB }] },
    expect: { outcome: 'undetermined', missing: ['parameter:energyVoucher.seniorBornBy'] },
  },
];
