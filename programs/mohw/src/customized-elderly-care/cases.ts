import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });
const recv = (...programs: string[]) => ({ programRecipient: { programs } });

// Every applicant goes through the selection survey (judgement): outcomes are undetermined or ineligible.
export const cases: ProgramCase[] = [
  {
    name: '만 65세 기초연금 수급 — 선정조사 필요',
    date: D,
    household: solo({ age: 65, facts: recv('WLF00001164') }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 64세 생계급여 수급 — 연령 미달',
    date: D,
    household: solo({ age: 64, facts: recv('WLF00001132') }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 66세 의료급여 수급 — 선정조사 필요',
    date: D,
    household: solo({ age: 66, facts: recv('WLF00000102') }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 70세 차상위계층 — 선정조사 필요',
    date: D,
    household: solo({ age: 70, facts: { nearPoor: {} } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 72세 주거급여·교육급여 가구 — 선정조사 필요',
    date: D,
    household: solo({ age: 72, facts: recv('WLF00003201', 'WLF00001089') }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 80세 수급·차상위·기초연금 아님 — 시군구 예외 인정 여부 확인',
    date: D,
    household: solo({ age: 80 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 78세 기초연금, 장기요양 4등급 — 장기요양 우선, 비대상',
    date: D,
    household: solo({ age: 78, facts: { ...recv('WLF00001164'), longTermCareGrade: { grade: '4' } } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 75세 기초연금, 인지지원등급 — 장기요양 등급자, 비대상',
    date: D,
    household: solo({
      age: 75,
      facts: { ...recv('WLF00001164'), longTermCareGrade: { grade: 'cognitive' } },
    }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 70세 기초연금, 가사·간병 방문지원 이용 — 비대상',
    date: D,
    household: solo({ age: 70, facts: recv('WLF00001164', 'WLF00001087') }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 85세 기초연금, 보훈재가복지 이용 — 비대상',
    date: D,
    household: solo({ age: 85, facts: recv('WLF00001164', 'WLF00000098') }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 66세 기초연금, 장애인활동지원 이용 — 비대상',
    date: D,
    household: solo({ age: 66, facts: recv('WLF00001164', 'WLF00003260') }),
    expect: { outcome: 'ineligible' },
  },
];
