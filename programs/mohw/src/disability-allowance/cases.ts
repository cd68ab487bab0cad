import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const mild = { disability: { severity: 'mild' as const } };
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });
const recv = (...programs: string[]) => ({ programRecipient: { programs } });

// 2026 near-poor line (50% of median), 1 person: 1,282,119. `other` income counts in full.
export const cases: ProgramCase[] = [
  {
    name: '만 18세 경증, 생계급여 수급 — 60,000원',
    date: D,
    household: solo({ age: 18, facts: { ...mild, ...recv('WLF00001132') } }),
    expect: { outcome: 'eligible', amountKrw: 60_000 },
  },
  {
    name: '만 17세 경증, 생계급여 수급 — 연령 미달',
    date: D,
    household: solo({ age: 17, facts: { ...mild, ...recv('WLF00001132') } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 20세 고등학교(특수학교) 재학 경증, 의료급여 — 재학자 제외',
    date: D,
    household: solo({ age: 20, facts: { ...mild, student: { level: 'high' }, ...recv('WLF00000102') } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 21세 고등학교 재학 경증, 의료급여 — 제외 연령 지나 60,000원',
    date: D,
    household: solo({ age: 21, facts: { ...mild, student: { level: 'high' }, ...recv('WLF00000102') } }),
    expect: { outcome: 'eligible', amountKrw: 60_000 },
  },
  {
    name: '만 19세 대학 재학 경증, 주거급여 — 60,000원',
    date: D,
    household: solo({
      age: 19,
      facts: { ...mild, student: { level: 'university' }, ...recv('WLF00003201') },
    }),
    expect: { outcome: 'eligible', amountKrw: 60_000 },
  },
  {
    name: '만 40세 경증, 교육급여 가구 — 60,000원',
    date: D,
    household: solo({ age: 40, facts: { ...mild, ...recv('WLF00001089') } }),
    expect: { outcome: 'eligible', amountKrw: 60_000 },
  },
  {
    name: '만 50세 경증, 차상위계층 확인 — 60,000원',
    date: D,
    household: solo({ age: 50, income: null, facts: { ...mild, nearPoor: {} } }),
    expect: { outcome: 'eligible', amountKrw: 60_000 },
  },
  {
    name: '만 50세 경증, 소득인정액 1,282,119원 (중위 50%와 같음) — 60,000원',
    date: D,
    household: solo({ age: 50, income: { other: 1_282_119 }, facts: mild }),
    expect: { outcome: 'eligible', amountKrw: 60_000 },
  },
  {
    name: '만 50세 경증, 소득인정액 1,282,118원 (1원 미만) — 60,000원',
    date: D,
    household: solo({ age: 50, income: { other: 1_282_118 }, facts: mild }),
    expect: { outcome: 'eligible', amountKrw: 60_000 },
  },
  {
    name: '만 50세 경증, 소득인정액 1,282,120원 (1원 초과) — 비대상',
    date: D,
    household: solo({ age: 50, income: { other: 1_282_120 }, facts: mild }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 50세 경증, 보장시설 의료급여 수급 — 30,000원',
    date: D,
    household: solo({ age: 50, facts: { ...mild, facilityResident: true, ...recv('WLF00000102') } }),
    expect: { outcome: 'eligible', amountKrw: 30_000 },
  },
  {
    name: '만 50세 경증, 보장시설 입소 주거급여 수급 — 60,000원',
    date: D,
    household: solo({ age: 50, facts: { ...mild, facilityResident: true, ...recv('WLF00003201') } }),
    expect: { outcome: 'eligible', amountKrw: 60_000 },
  },
  {
    name: '만 50세 중증 (장애인연금 대상) — 비대상',
    date: D,
    household: solo({ age: 50, facts: { disability: { severity: 'severe' }, ...recv('WLF00001132') } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '장애 미등록, 주거급여 수급 — 비대상',
    date: D,
    household: solo({ age: 50, facts: recv('WLF00003201') }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 50세 경증, 수급·차상위 확인 없음, 소득 자료 없음 — 미결정',
    date: D,
    household: solo({ age: 50, income: null, facts: mild }),
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
