import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
/** 생계급여 수급 (the benefit history marks the head). */
const NB = { programRecipient: { programs: ['WLF00001132'] } };
const head = (extra: Partial<CaseMember> = {}): CaseMember => ({ relation: 'head', age: 40, ...extra });
const child = (extra: Partial<CaseMember>): CaseMember => ({ relation: 'child', ...extra });
// 1-person 2026 near-poor line (median 2,564,238 × 50%): 1,282,119 won.

export const cases: ProgramCase[] = [
  {
    name: '생계급여 세대, 1961-12-31 출생 노인 — 에너지바우처 대상',
    date: D,
    household: { members: [head({ birthDate: '1961-12-31', facts: NB })] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '생계급여 세대, 1962-01-01 출생 1인 — 특성기준 없음, 연탄전환 여부 확인 필요',
    date: D,
    household: { members: [head({ birthDate: '1962-01-01', facts: NB })] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '수급 아님, 1961-12-31 출생, 소득 200만원 — 연탄전환 여부 확인 필요',
    date: D,
    household: { members: [head({ birthDate: '1961-12-31', income: { earned: 2_000_000 } })] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '수급 아님, 1962-01-01 출생, 소득 200만원 — 비대상',
    date: D,
    household: { members: [head({ birthDate: '1962-01-01', income: { earned: 2_000_000 } })] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '주거급여 세대, 2019-01-01 출생 미취학 아동 — 대상',
    date: D,
    household: {
      members: [
        head({ facts: { programRecipient: { programs: ['WLF00003201'] } } }),
        child({ birthDate: '2019-01-01' }),
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '생계급여 세대, 2018-12-31 출생 미취학 아동 1명 — 영유아 아님, 연탄전환 확인 필요',
    date: D,
    household: { members: [head({ facts: NB }), child({ birthDate: '2018-12-31' })] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '생계급여 세대, 2019년생 초등학생 1명 — 취학 아동, 연탄전환 확인 필요',
    date: D,
    household: {
      members: [
        head({ facts: NB }),
        child({ birthDate: '2019-02-01', facts: { student: { level: 'elementary' } } }),
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '생계급여 세대, 18세·12세 자녀 — 다자녀 대상',
    date: D,
    household: { members: [head({ age: 45, facts: NB }), child({ age: 18 }), child({ age: 12 })] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '생계급여 세대, 19세·12세 자녀 — 19세 미만 1명, 연탄전환 확인 필요',
    date: D,
    household: { members: [head({ age: 45, facts: NB }), child({ age: 19 }), child({ age: 12 })] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '의료급여 세대, 등록 장애인 — 대상',
    date: D,
    household: {
      members: [
        head({
          facts: { disability: { severity: 'mild' }, programRecipient: { programs: ['WLF00000102'] } },
        }),
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '교육급여 세대, 임신부 — 대상',
    date: D,
    household: {
      members: [
        head({
          age: 30,
          sex: 'F',
          facts: { pregnancy: {}, programRecipient: { programs: ['WLF00001089'] } },
        }),
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '생계급여 세대, 희귀질환 산정특례 — 대상',
    date: D,
    household: { members: [head({ age: 50, facts: { ...NB, illness: { kind: 'rare' } } })] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '생계급여 한부모가족 — 대상',
    date: D,
    household: {
      members: [
        head({ facts: { ...NB, singleParentFamily: { kind: 'singleParent' } } }),
        child({ age: 15, facts: { student: { level: 'middle' } } }),
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '생계급여 소년소녀가정 — 대상',
    date: D,
    household: {
      members: [head({ age: 17, facts: { ...NB, childHeadedHousehold: true, student: { level: 'high' } } })],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '수급 아님, 보호대상아동 (가정위탁 여부 미확인), 소득 400만원 — 미결정',
    date: D,
    household: {
      members: [
        head({ income: { earned: 4_000_000 } }),
        { relation: 'other', age: 10, facts: { fosterCare: {} } },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '수급 아님, 1인 소득인정액 1,282,119원 (= 중위 50%) — 연탄전환 확인 필요',
    date: D,
    household: { members: [head({ income: { other: 1_282_119 } })] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '수급 아님, 1인 소득인정액 1,282,120원 (중위 50% + 1원) — 비대상',
    date: D,
    household: { members: [head({ income: { other: 1_282_120 } })] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '수급 아님, 소득 자료 없음 — 미결정 (소득)',
    date: D,
    household: { members: [head({ income: null })] },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
  {
    name: '2025년 (2026 기준 이전) — 노인 기준 연도 없음으로 미결정',
    date: '2025-06-01',
    household: { members: [head({ age: 80, facts: NB })] },
    expect: { outcome: 'undetermined', missing: ['parameter:energyVoucher.seniorBornBy'] },
  },
];
