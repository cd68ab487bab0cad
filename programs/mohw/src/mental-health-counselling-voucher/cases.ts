import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '보호종료된 자립준비청년 — 대상',
    date: D,
    household: solo({ age: 21, facts: { fosterCare: { leftCareOn: '2024-02-28' } } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '보호 중인 아동 (보호종료일 없음) — 보호연장 여부 확인 필요로 미결정',
    date: D,
    household: solo({ age: 18, facts: { fosterCare: {} } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '일반 국민 — 의뢰서·진단서·검진결과서 확인 필요로 미결정',
    date: D,
    household: solo({ age: 45 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '재난피해 등록자 — 5년 이내 여부 확인 필요로 미결정',
    date: D,
    household: solo({ age: 52, facts: { disasterVictim: { kind: '산불' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '청소년 (만 15세) — 의뢰서 등 확인 필요로 미결정',
    date: D,
    household: solo({ age: 15 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '외국 국적 — 비대상',
    date: D,
    household: solo({ age: 45, nationality: 'US' }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '외국 국적 자립준비청년 — 국민이 아니어서 비대상',
    date: D,
    household: solo({ age: 22, nationality: 'CN', facts: { fosterCare: { leftCareOn: '2023-01-31' } } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 80세 국민 — 연령 제한 없음, 근거 서류 확인 필요로 미결정',
    date: D,
    household: solo({ age: 80 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '가구원으로 사는 자립준비청년 — 대상',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 50 },
        { relation: 'other', age: 20, facts: { fosterCare: { leftCareOn: '2025-12-31' } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible' },
  },
];
