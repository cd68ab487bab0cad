import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const one = (m: Partial<CaseMember>): ProgramCase['household'] => ({
  members: [{ relation: 'head', age: 45, income: { earned: 2_000_000 }, ...m }],
});

// Income against the minimum cost of living, the committee's recognition and the restrictions need
// a review: someone with debt is at best undetermined.
export const cases: ProgramCase[] = [
  {
    name: '채무 1,000만원 — 수입·제한 사유 심사 필요로 미결정',
    date: D,
    household: one({ assets: { debt: 10_000_000 } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '채무 1원 — 미결정',
    date: D,
    household: one({ assets: { debt: 1 } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '채무 없음 — 비대상',
    date: D,
    household: one({ assets: { financial: 5_000_000 } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '가구 부채 5억원 (무담보 한도와 같음) — 채무 한도 이내, 심사 필요로 미결정',
    date: D,
    household: one({ assets: { debt: 500_000_000 } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '가구 부채 500,000,001원 — 담보·무담보 구분 확인 필요로 미결정',
    date: D,
    household: one({ assets: { debt: 500_000_001 } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '가구 부채 20억원 — 본인 채무 확인 필요로 미결정',
    date: D,
    household: one({ assets: { debt: 2_000_000_000 } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '배우자 명의 채무만 있는 가구 — 미결정',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 45 },
        { relation: 'spouse', age: 44, assets: { debt: 30_000_000 } },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '75세 기초수급 채무자 — 미결정 (원금 감면 우대는 지원 내용)',
    date: D,
    household: one({ age: 75, income: { publicTransfer: 700_000 }, assets: { debt: 8_000_000 } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '재산·부채 자료 없음 — 미결정',
    date: D,
    household: one({ assets: null }),
    expect: { outcome: 'undetermined', missing: ['asset'] },
  },
];
