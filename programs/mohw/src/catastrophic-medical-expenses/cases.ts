import type { CaseMember, ProgramCase } from '@bokji/core';
import { recipientOf } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember = {}): ProgramCase['household'] => ({
  members: [{ relation: 'head', age: 58, ...m }],
});

// Every path ends in the property and cost-burden judgements, so no case is eligible on data alone.
export const cases: ProgramCase[] = [
  {
    name: '생계급여 수급자 — 재산과표·의료비 부담 확인 필요로 미결정',
    date: D,
    household: solo({ facts: recipientOf('WLF00001132') }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '의료급여 수급자 — 재산과표·의료비 부담 확인 필요로 미결정',
    date: D,
    household: solo({ facts: recipientOf('WLF00000102') }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '주거급여 수급 가구 — 미결정',
    date: D,
    household: solo({ facts: recipientOf('WLF00003201') }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '교육급여 수급 가구 — 미결정',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 45 },
        { relation: 'child', age: 15, facts: recipientOf('WLF00001089') },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '차상위계층 가구 — 미결정',
    date: D,
    household: solo({ facts: { nearPoor: { kind: 'copayReduction' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '수급·차상위 아닌 국민 — 소득(중위 100%)·재산·의료비 확인 필요로 미결정',
    date: D,
    household: solo({ income: { earned: 3_000_000 } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '외국 국적 — 비대상',
    date: D,
    household: solo({ nationality: 'CN' }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '외국 국적 의료급여 수급자 — 국민이 아니어서 비대상',
    date: D,
    household: solo({ nationality: 'VN', facts: recipientOf('WLF00000102') }),
    expect: { outcome: 'ineligible' },
  },
];
