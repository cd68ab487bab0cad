import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const regional = { healthInsurance: { kind: 'regional' as const, monthlyPremiumKrw: 50_000 } };
const basicPension = { programRecipient: { programs: ['WLF00001164'] } };
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

// Participants are selected (선발) by each type's criteria, so an applicant who qualifies is
// undetermined pending selection; the reachable outcomes are undetermined and ineligible.
export const cases: ProgramCase[] = [
  {
    name: '만 65세 기초연금 수급자, 지역가입자 — 공익활동 자격, 선발 필요',
    date: D,
    household: solo({ age: 65, facts: { ...basicPension, ...regional } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 64세 기초연금 수급자 — 공익활동 연령 미달, 60세 이상 유형 자격으로 선발 필요',
    date: D,
    household: solo({ age: 64, facts: { ...basicPension, ...regional } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 66세 기초연금 수급자, 의료급여 지역가입 — 선발 필요',
    date: D,
    household: solo({
      age: 66,
      facts: { ...basicPension, healthInsurance: { kind: 'medicalAid', monthlyPremiumKrw: 0 } },
    }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 60세 지역가입자 — 공동체사업단·취업지원 자격, 선발 필요',
    date: D,
    household: solo({ age: 60, facts: regional }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 59세 — 연령 미달',
    date: D,
    household: solo({ age: 59, facts: { ...basicPension, ...regional } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 70세 외국인 — 제외',
    date: D,
    household: solo({ age: 70, nationality: 'CN', facts: regional }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 70세 생계급여 수급 가구 — 취업알선형만 가능, 선발 필요',
    date: D,
    household: solo({
      age: 70,
      facts: { programRecipient: { programs: ['WLF00001132', 'WLF00001164'] }, ...regional },
    }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 70세 직장가입자 — 해당 사업단 가입 여부·취업알선형, 선발 필요',
    date: D,
    household: solo({
      age: 70,
      facts: { healthInsurance: { kind: 'employee', monthlyPremiumKrw: 150_000 } },
    }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 75세 장기요양 3등급 — 취업알선형만 가능, 선발 필요',
    date: D,
    household: solo({ age: 75, facts: { ...basicPension, ...regional, longTermCareGrade: { grade: '3' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 72세 인지지원등급 — 전문의 진단서 필요',
    date: D,
    household: solo({
      age: 72,
      facts: { ...basicPension, ...regional, longTermCareGrade: { grade: 'cognitive' } },
    }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 68세 직역연금 수급자 — 소득 기준 확인 필요',
    date: D,
    household: solo({ age: 68, facts: { ...regional, occupationalPension: true } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    // Without health-insurance data the public-interest branch is undetermined, but the job-placement
    // branch (no insurance exclusion) already qualifies, so only the selection remains open.
    name: '만 70세, 건강보험 자료 없음 — 취업알선형 자격으로 선발 필요',
    date: D,
    household: solo({ age: 70, facts: basicPension }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
