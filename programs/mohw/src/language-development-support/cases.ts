import type { CaseMember, FactMap, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const disabled = (type: string) => ({ disability: { severity: 'severe' as const, type } });
/** A disabled parent (head, with the household's income) and the child (member 2, the subject). */
const family = (
  child: CaseMember,
  opts: { earned?: number; parent?: FactMap; income?: null } = {},
): ProgramCase['household'] => ({
  members: [
    {
      relation: 'head',
      age: 40,
      income: opts.income === null ? null : { earned: opts.earned ?? 0 },
      facts: opts.parent ?? disabled('청각'),
    },
    { relation: 'child', ...child },
  ],
});

// 2-person median 2026: 4,199,292 → 65% 2,729,539; 120% 5,039,150 (floored).
export const cases: ProgramCase[] = [
  {
    name: '만 11세, 청각장애 부모, 소득 없음 — 중위 65% 이하 180,000원',
    date: D,
    household: family({ age: 11 }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 180_000 },
  },
  {
    name: '만 12세 — 연령 초과',
    date: D,
    household: family({ age: 12 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '생계급여 수급 가구 — 220,000원',
    date: D,
    household: family(
      { age: 5 },
      { parent: { ...disabled('지적'), programRecipient: { programs: ['WLF00001132'] } } },
    ),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 220_000 },
  },
  {
    name: '차상위 확인 가구 — 200,000원',
    date: D,
    household: family({ age: 5 }, { earned: 3_000_000, parent: { ...disabled('언어'), nearPoor: {} } }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 200_000 },
  },
  {
    name: '가구 소득 2,729,539원 (중위 65%와 같음) — 180,000원',
    date: D,
    household: family({ age: 8 }, { earned: 2_729_539 }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 180_000 },
  },
  {
    name: '가구 소득 2,729,540원 (65% + 1원) — 160,000원',
    date: D,
    household: family({ age: 8 }, { earned: 2_729_540 }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 160_000 },
  },
  {
    name: '가구 소득 5,039,150원 (중위 120%와 같음) — 160,000원',
    date: D,
    household: family({ age: 8 }, { earned: 5_039_150 }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 160_000 },
  },
  {
    name: '가구 소득 5,039,149원 (120% − 1원) — 160,000원',
    date: D,
    household: family({ age: 8 }, { earned: 5_039_149 }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 160_000 },
  },
  {
    name: '가구 소득 5,039,151원 (120% + 1원) — 소득 초과',
    date: D,
    household: family({ age: 8 }, { earned: 5_039_151 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '부모가 지체장애 — 대상 장애유형 아님',
    date: D,
    household: family({ age: 8 }, { parent: disabled('지체') }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '부모 장애 없음 — 비대상',
    date: D,
    household: family({ age: 8 }, { parent: {} }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '자녀가 등록장애인 — 비대상',
    date: D,
    household: family({ age: 8, facts: { disability: { severity: 'mild', type: '언어' } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '조손가정: 조부모(가구주) 시각장애, 손자녀 만 7세 — 180,000원',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 66, facts: disabled('시각') },
        { relation: 'grandchild', age: 7 },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 180_000 },
  },
  {
    name: '가구주 본인(부모)을 대상으로 — 자녀가 아니어서 비대상',
    date: D,
    household: family({ age: 8 }),
    subject: 0,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: D,
    household: family({ age: 8 }, { income: null }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
