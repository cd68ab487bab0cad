import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const severe = { disability: { severity: 'severe' as const, type: '지체' } };
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });
const recv = (...programs: string[]) => ({ programRecipient: { programs } });

// 1-person median 2026: 2,564,238 × 70% = 1,794,966 (floored).
export const cases: ProgramCase[] = [
  {
    name: '만 50세 중증장애인, 소득 1,794,966원 (중위 70%와 같음) — 대상',
    date: D,
    household: solo({ age: 50, income: { pension: 1_794_966 }, facts: severe }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '소득 1,794,965원 (70% − 1원) — 대상',
    date: D,
    household: solo({ age: 50, income: { pension: 1_794_965 }, facts: severe }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '소득 1,794,967원 (70% + 1원) — 비대상',
    date: D,
    household: solo({ age: 50, income: { pension: 1_794_967 }, facts: severe }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 65세 중증장애인 — 연령 초과',
    date: D,
    household: solo({ age: 65, facts: severe }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 64세 희귀질환 산정특례 — 대상',
    date: D,
    household: solo({ age: 64, facts: { illness: { kind: 'rare' } } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 55세 암 산정특례 — 6개월 이상 치료 진단서 확인 필요',
    date: D,
    household: solo({ age: 55, facts: { illness: { kind: 'cancer' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '한부모가족의 자녀 — 대상',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 38, facts: { singleParentFamily: { kind: 'singleParent' } } },
        { relation: 'child', age: 10 },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '한부모가족의 부모 본인 — 자녀가 대상, 시군구청장 인정 여부만 남음',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 38, facts: { singleParentFamily: { kind: 'singleParent' } } },
        { relation: 'child', age: 10 },
      ],
    },
    subject: 0,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '소년소녀가정 아동 — 대상',
    date: D,
    household: solo({ age: 16, facts: { childHeadedHousehold: true } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '의료급여 수급자 — 장기입원 사례관리 퇴원 확인 필요',
    date: D,
    household: solo({ age: 55, facts: recv('WLF00000102') }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '경증장애인 — 시군구청장 별도 인정 여부 확인',
    date: D,
    household: solo({ age: 50, facts: { disability: { severity: 'mild', type: '지체' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '중증장애인, 장애인활동지원 이용 중 — 제외',
    date: D,
    household: solo({ age: 40, facts: { ...severe, ...recv('WLF00003260') } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 60세 희귀질환, 장기요양 재가급여 이용 중 — 제외',
    date: D,
    household: solo({ age: 60, facts: { illness: { kind: 'rare' }, ...recv('WLF00003248') } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '중증장애인, 보장시설 입소 — 제외',
    date: D,
    household: solo({ age: 45, facts: { ...severe, facilityResident: true } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '중증장애인, 소득 자료 없음 — 미결정',
    date: D,
    household: solo({ age: 50, income: null, facts: severe }),
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
