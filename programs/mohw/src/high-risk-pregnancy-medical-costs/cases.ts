import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

// The diagnosis and admission are always a judgement, so no case is eligible on data alone.
export const cases: ProgramCase[] = [
  {
    name: '임신 중인 여성 — 고위험 임신질환 진단·입원 확인 필요로 미결정',
    date: D,
    household: solo({ age: 33, sex: 'F', facts: { pregnancy: {} } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '출산 후 여성 (임신 자료 없음) — 진단·입원 확인 필요로 미결정',
    date: D,
    household: solo({ age: 30, sex: 'F' }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 19세 임신부 — 소득·연령 기준 없음, 진단 확인 필요로 미결정',
    date: D,
    household: solo({ age: 19, sex: 'F', facts: { pregnancy: {} } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '고소득 임신부 — 소득 기준 없음, 진단 확인 필요로 미결정',
    date: D,
    household: solo({ age: 36, sex: 'F', income: { earned: 9_000_000 }, facts: { pregnancy: {} } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '외국 국적 임신부 — 국적 기준 없음, 진단 확인 필요로 미결정',
    date: D,
    household: solo({ age: 29, sex: 'F', nationality: 'VN', facts: { pregnancy: {} } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '남성 — 임산부가 아니어서 비대상',
    date: D,
    household: solo({ age: 35, sex: 'M' }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '임신부의 배우자 (남성) — 비대상',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 33, sex: 'F', facts: { pregnancy: {} } },
        { relation: 'spouse', age: 35, sex: 'M' },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '남성 의료급여 수급자 — 비대상',
    date: D,
    household: solo({ age: 40, sex: 'M', facts: { programRecipient: { programs: ['WLF00000102'] } } }),
    expect: { outcome: 'ineligible' },
  },
];
