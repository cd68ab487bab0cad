import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });
const withChild = (child: CaseMember, parent: CaseMember = {}): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 40, ...parent },
    { relation: 'child', ...child },
  ],
});
const recv = (...programs: string[]) => ({ programRecipient: { programs } });

export const cases: ProgramCase[] = [
  {
    name: '만 17세 가정위탁 아동 — 대상',
    date: D,
    household: solo({ age: 17, facts: { fosterCare: {} } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 18세 가정위탁 아동 — 연령 초과',
    date: D,
    household: solo({ age: 18, facts: { fosterCare: {} } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '생후 3개월, 생계급여 수급가구 — 대상 (만 0세부터)',
    date: D,
    household: withChild({ ageMonths: 3 }, { facts: recv('WLF00001132') }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 17세 교육급여 수급가구 — 대상',
    date: D,
    household: withChild({ age: 17 }, { facts: recv('WLF00001089') }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 18세 교육급여 수급가구 — 연령 초과',
    date: D,
    household: withChild({ age: 18 }, { facts: recv('WLF00001089') }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 9세 주거급여 수급가구 — 대상',
    date: D,
    household: withChild({ age: 9 }, { facts: recv('WLF00003201') }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 10세, 부모가 차상위계층 — 대상',
    date: D,
    household: withChild({ age: 10 }, { facts: { nearPoor: { kind: 'confirmed' } } }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 10세 소년소녀가정 — 대상',
    date: D,
    household: solo({ age: 10, facts: { childHeadedHousehold: true } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 12세 장애인생활시설 아동 (시설 입소·등록장애) — 대상',
    date: D,
    household: solo({ age: 12, facts: { facilityResident: true, disability: { severity: 'severe' } } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 12세 시설 입소, 등록장애 없음 — 비대상',
    date: D,
    household: solo({ age: 12, facts: { facilityResident: true } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 10세 일반 가정 — 비대상',
    date: D,
    household: withChild({ age: 10 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2025년 기준일 — 2026 상세 기록 이전이라 연령 기준 없음, 미결정',
    date: '2025-06-01',
    household: solo({ age: 10, facts: { fosterCare: {} } }),
    expect: { outcome: 'undetermined', missing: ['parameter:childDevelopmentAccount.ageLimit'] },
  },
];
