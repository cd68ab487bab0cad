import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '소득 없는 대한민국 국민 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 40, sex: 'F' }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '1인 가구 소득 3,205,297원 (중위 125%) — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 40, sex: 'F', income: { earned: 3205297 } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '1인 가구 소득 3,205,298원 — 소득기준 예외 여부 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 40, sex: 'F', income: { earned: 3205298 } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '농업인 1인 가구 소득 3,846,357원 (중위 150%) — 대상',
    date: '2026-03-01',
    household: {
      members: [
        { age: 55, sex: 'M', income: { business: 3846357 }, facts: { farmerFisher: { kind: 'farmer' } } },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '농업인 1인 가구 소득 3,846,358원 — 예외 여부 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        { age: 55, sex: 'M', income: { business: 3846358 }, facts: { farmerFisher: { kind: 'farmer' } } },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '차상위계층 — 소득과 관계없이 대상',
    date: '2026-03-01',
    household: {
      members: [
        { age: 50, sex: 'M', income: { earned: 5000000 }, facts: { nearPoor: { kind: 'confirmed' } } },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '체류 등록 외국인, 소득 없음 — 대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 30, sex: 'M', nationality: 'VN', facts: { foreignResident: { visa: 'E-9' } } }],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '외국인등록 없는 외국인 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 30, sex: 'M', nationality: 'US' }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 40, sex: 'F', income: null }] },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
