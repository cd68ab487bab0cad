import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const hh = (...members: CaseMember[]): ProgramCase['household'] => ({ members });
const recv = (...programs: string[]) => ({ programRecipient: { programs } });
const severe = { disability: { severity: 'severe' as const } };

export const cases: ProgramCase[] = [
  {
    name: '만 65세 1인 가구 — 대상',
    date: D,
    household: hh({ relation: 'head', age: 65 }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 64세 1인 가구 비장애인 — 비대상',
    date: D,
    household: hh({ relation: 'head', age: 64 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '조손가구: 만 70세와 손자녀 만 24세 — 독거노인 기준으로 대상',
    date: D,
    household: hh({ relation: 'head', age: 70 }, { relation: 'grandchild', age: 24 }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 70세와 손자녀 만 25세 — 실제 독거 확인 필요',
    date: D,
    household: hh({ relation: 'head', age: 70 }, { relation: 'grandchild', age: 25 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 70세와 자녀 만 40세 — 실제 독거 확인 필요',
    date: D,
    household: hh({ relation: 'head', age: 70 }, { relation: 'child', age: 40 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 76·77세 생계급여 부부 — 모두 75세 이상, 대상',
    date: D,
    household: hh({ relation: 'head', age: 77, facts: recv('WLF00001132') }, { relation: 'spouse', age: 76 }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 75·75세 기초연금 부부 — 대상',
    date: D,
    household: hh({ relation: 'head', age: 75, facts: recv('WLF00001164') }, { relation: 'spouse', age: 75 }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 75·74세 기초연금 부부 — 질환·거동 확인 필요',
    date: D,
    household: hh({ relation: 'head', age: 75, facts: recv('WLF00001164') }, { relation: 'spouse', age: 74 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 80·78세 부부와 손자녀 만 15세, 차상위 — 조손 2인 기준으로 대상',
    date: D,
    household: hh(
      { relation: 'head', age: 80, facts: { nearPoor: {} } },
      { relation: 'spouse', age: 78 },
      { relation: 'grandchild', age: 15 },
    ),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 66세와 배우자 만 64세, 의료급여 — 노인 1인, 실제 독거 확인 필요',
    date: D,
    household: hh({ relation: 'head', age: 66, facts: recv('WLF00000102') }, { relation: 'spouse', age: 64 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 40세 활동지원 수급자 1인 가구 — 24시간 활동지원 여부 확인 필요',
    date: D,
    household: hh({ relation: 'head', age: 40, facts: { ...severe, ...recv('WLF00003260') } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 40세 활동지원 수급자와 자녀 만 18세 (취약가구) — 24시간 활동지원 여부 확인 필요',
    date: D,
    household: hh(
      { relation: 'head', age: 40, facts: { ...severe, ...recv('WLF00003260') } },
      { relation: 'child', age: 18 },
    ),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 45세 활동지원 수급자와 자녀 만 19세 — 취약가구 아님, 지자체장 인정 여부 확인',
    date: D,
    household: hh(
      { relation: 'head', age: 45, facts: { ...severe, ...recv('WLF00003260') } },
      { relation: 'child', age: 19 },
    ),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 50세 활동지원 수급자와 장애인 배우자·65세 부모 — 취약가구, 24시간 여부 확인',
    date: D,
    household: hh(
      { relation: 'head', age: 50, facts: { ...severe, ...recv('WLF00003260') } },
      { relation: 'spouse', age: 50, facts: { disability: { severity: 'mild' } } },
      { relation: 'parent', age: 65 },
    ),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 40세 등록장애인 (활동지원 미수급) — 지자체장 인정 여부 확인',
    date: D,
    household: hh({ relation: 'head', age: 40, facts: { disability: { severity: 'mild', type: '지체' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 40세 비장애인과 배우자 — 비대상',
    date: D,
    household: hh({ relation: 'head', age: 40 }, { relation: 'spouse', age: 41 }),
    expect: { outcome: 'ineligible' },
  },
];
