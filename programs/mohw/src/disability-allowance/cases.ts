import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });
const recv = (...programs: string[]) => ({ programRecipient: { programs } });

export const cases: ProgramCase[] = [
  {
    name: '만 18세 경증, 생계급여 — 60,000원',
    date: D,
    household: solo({ age: 18, facts: { disability: { severity: 'mild' }, ...recv('WLF00001132') } }),
    expect: { outcome: 'eligible', amountKrw: 60000 },
  },
  {
    name: '만 17세 경증, 생계급여 — 연령 미달',
    date: D,
    household: solo({ age: 17, facts: { disability: { severity: 'mild' }, ...recv('WLF00001132') } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 50세 경증, 차상위 — 60,000원',
    date: D,
    household: solo({ age: 50, facts: { disability: { severity: 'mild' }, nearPoor: {} } }),
    expect: { outcome: 'eligible', amountKrw: 60000 },
  },
  {
    name: '만 50세 경증, 보장시설 의료급여 수급 — 30,000원',
    date: D,
    household: solo({
      age: 50,
      facts: { disability: { severity: 'mild' }, facilityResident: true, ...recv('WLF00000102') },
    }),
    expect: { outcome: 'eligible', amountKrw: 30000 },
  },
  {
    name: '만 50세 중증 — 장애인연금 대상, 비대상',
    date: D,
    household: solo({ age: 50, facts: { disability: { severity: 'severe' }, ...recv('WLF00001132') } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 50세 경증, 수급·차상위 아님 — 비대상',
    date: D,
    household: solo({ age: 50, facts: { disability: { severity: 'mild' } } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '장애 미등록 — 비대상',
    date: D,
    household: solo({ age: 50, facts: recv('WLF00003201') }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 40세 경증, 교육급여 — 60,000원',
    date: D,
    household: solo({ age: 40, facts: { disability: { severity: 'mild' }, ...recv('WLF00001089') } }),
    expect: { outcome: 'eligible', amountKrw: 60000 },
  },
  {
    name: '2023년 기준일 — 연령 기준 자료 없음으로 미결정',
    date: '2023-06-01',
    household: solo({ age: 50, facts: { disability: { severity: 'mild' }, nearPoor: {} } }),
    expect: { outcome: 'undetermined', missing: ['parameter:disabilityAllowance.minAge'] },
  },
];
