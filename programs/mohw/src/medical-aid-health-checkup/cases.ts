import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });
const recv = (...programs: string[]) => ({ programRecipient: { programs } });

export const cases: ProgramCase[] = [
  {
    name: '의료급여 수급 만 20세 — 대상',
    date: D,
    household: solo({ age: 20, facts: recv('WLF00000102') }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '의료급여 수급 만 19세 — 연령 미달',
    date: D,
    household: solo({ age: 19, facts: recv('WLF00000102') }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '의료급여 수급 만 64세 — 대상',
    date: D,
    household: solo({ age: 64, facts: recv('WLF00000102') }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '의료급여 수급 만 65세 — 해당 검진 연령 아님',
    date: D,
    household: solo({ age: 65, facts: recv('WLF00000102') }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '의료급여 수급 만 66세 — 생애전환기 검진 대상',
    date: D,
    household: solo({ age: 66, facts: recv('WLF00000102') }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '의료급여 비수급 만 40세 — 비대상',
    date: D,
    household: solo({ age: 40 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2023년 기준일 — 연령 기준 자료 없음으로 미결정',
    date: '2023-06-01',
    household: solo({ age: 40, facts: recv('WLF00000102') }),
    expect: { outcome: 'undetermined', missing: ['parameter:medicalAidHealthCheckup.generalMinAge'] },
  },
];
