import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const registered = (type: string) => ({ disability: { severity: 'severe' as const, type } });
/** A parent (head, with the household's income) and the child (member 2, the subject). */
const family = (child: CaseMember, parentEarned = 0, parentFacts = {}): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 40, income: { earned: parentEarned }, facts: parentFacts },
    { relation: 'child', ...child },
  ],
});

// 2-person median 2026: 4,199,292 → 65% 2,729,539; 120% 5,039,150; 180% 7,558,725 (floored).
export const cases: ProgramCase[] = [
  {
    name: '만 17세 지적장애, 소득 없음 — 중위 65% 이하 220,000원',
    date: D,
    household: family({ age: 17, facts: registered('지적') }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 220_000 },
  },
  {
    name: '만 18세 지적장애 — 연령 초과',
    date: D,
    household: family({ age: 18, facts: registered('지적') }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '생계급여 수급 가구 자폐성장애 아동 — 260,000원',
    date: D,
    household: family({ age: 10, facts: registered('자폐성') }, 0, {
      programRecipient: { programs: ['WLF00001132'] },
    }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 260_000 },
  },
  {
    name: '차상위 확인 가구 언어장애 아동 — 240,000원',
    date: D,
    household: family({ age: 7, facts: registered('언어') }, 3_000_000, { nearPoor: {} }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 240_000 },
  },
  {
    name: '가구 소득 2,729,539원 (중위 65%와 같음) — 220,000원',
    date: D,
    household: family({ age: 12, facts: registered('청각') }, 2_729_539),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 220_000 },
  },
  {
    name: '가구 소득 2,729,540원 (65% + 1원) — 200,000원',
    date: D,
    household: family({ age: 12, facts: registered('청각') }, 2_729_540),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 200_000 },
  },
  {
    name: '가구 소득 5,039,150원 (중위 120%와 같음) — 200,000원',
    date: D,
    household: family({ age: 12, facts: registered('뇌병변') }, 5_039_150),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 200_000 },
  },
  {
    name: '가구 소득 5,039,151원 (120% + 1원) — 180,000원',
    date: D,
    household: family({ age: 12, facts: registered('뇌병변') }, 5_039_151),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 180_000 },
  },
  {
    name: '가구 소득 7,558,725원 (중위 180%와 같음) — 180,000원',
    date: D,
    household: family({ age: 12, facts: registered('지적') }, 7_558_725),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 180_000 },
  },
  {
    name: '가구 소득 7,558,724원 (180% − 1원) — 180,000원',
    date: D,
    household: family({ age: 12, facts: registered('지적') }, 7_558_724),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 180_000 },
  },
  {
    name: '가구 소득 7,558,726원 (180% + 1원) — 소득 초과',
    date: D,
    household: family({ age: 12, facts: registered('지적') }, 7_558_726),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 10세 시각장애 — 서비스 필요 여부 별도 판단',
    date: D,
    household: family({ age: 10, facts: registered('시각') }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 10세 지체장애 — 대상 장애유형 아님',
    date: D,
    household: family({ age: 10, facts: registered('지체') }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 8세 장애 미등록 — 의뢰서·검사자료 확인 필요',
    date: D,
    household: family({ age: 8 }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 9세 장애 미등록 — 등록 필요, 비대상',
    date: D,
    household: family({ age: 9 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '부모 소득 자료 없음 — 미결정',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 40, income: null },
        { relation: 'child', age: 12, facts: registered('지적') },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
