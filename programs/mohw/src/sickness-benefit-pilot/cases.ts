import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });
const recv = (...programs: string[]) => ({ programRecipient: { programs } });

export const cases: ProgramCase[] = [
  {
    name: '만 40세 근로자 — 시범지역·의료인증 확인 필요',
    date: D,
    household: solo({ age: 40, facts: { employment: { status: 'employee', employmentInsured: true } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 15세 근로자 — 확인 필요',
    date: D,
    household: solo({ age: 15, facts: { employment: { status: 'employee' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 14세 — 연령 미달',
    date: D,
    household: solo({ age: 14, facts: { employment: { status: 'employee' } } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 65세 자영업자 — 연령 초과',
    date: D,
    household: solo({ age: 65, facts: { employment: { status: 'selfEmployed' } } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '외국 국적 근로자 — 비대상',
    date: D,
    household: solo({ age: 40, nationality: 'VN', facts: { employment: { status: 'employee' } } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '실업 상태 — 비대상',
    date: D,
    household: solo({ age: 40, facts: { employment: { status: 'unemployed' } } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '구직급여 수급 중 — 비대상',
    date: D,
    household: solo({ age: 40, facts: { employment: { status: 'employee' }, unemploymentBenefit: true } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '생계급여 수급 가구 — 비대상',
    date: D,
    household: solo({ age: 40, facts: { employment: { status: 'dailyWorker' }, ...recv('WLF00001132') } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '취업 상태 자료 없음 — 미결정',
    date: D,
    household: solo({ age: 40 }),
    expect: { outcome: 'undetermined', missing: ['fact:employment'] },
  },
];
