import type { ProgramCase } from '@bokji/core';

const HI = { kind: 'employee' as const, monthlyPremiumKrw: 150_000 };
const RARE = { kind: 'rare' as const };

export const cases: ProgramCase[] = [
  {
    name: '희귀질환 등록 건강보험가입자 — 소득·재산 조사 필요',
    date: '2026-03-01',
    household: { members: [{ age: 40, facts: { illness: RARE, healthInsurance: HI } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '희귀질환 등록 의료급여 수급자 — 대상 (간병비·특수식이)',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 55,
          facts: {
            illness: RARE,
            healthInsurance: { kind: 'medicalAid', monthlyPremiumKrw: 0 },
            programRecipient: { programs: ['WLF00000102'] },
          },
        },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '희귀질환 등록 차상위 본인부담경감 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 30, facts: { illness: RARE, nearPoor: { kind: 'copayReduction' } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '희귀질환 등록, 건강보험 자료 없음 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 30, facts: { illness: RARE } }] },
    expect: { outcome: 'undetermined', missing: ['fact:healthInsurance'] },
  },
  {
    name: '희귀질환 등록 없음 (암) — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 60, facts: { illness: { kind: 'cancer' }, healthInsurance: HI } }] },
    expect: { outcome: 'ineligible' },
  },
];
