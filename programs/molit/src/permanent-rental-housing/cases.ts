import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const hh = (
  members: CaseMember[],
  extra: Omit<ProgramCase['household'], 'members'> = {},
): ProgramCase['household'] => ({
  ...extra,
  members,
});

export const cases: ProgramCase[] = [
  {
    name: '생계급여 수급 무주택 가구 — 입주 대상',
    date: D,
    household: hh([
      { relation: 'head', age: 66, facts: { programRecipient: { programs: ['WLF00001132'] } } },
    ]),
    expect: { outcome: 'eligible' },
  },
  {
    name: '의료급여 수급 한부모 — 입주 대상',
    date: D,
    household: hh([
      {
        relation: 'head',
        age: 39,
        facts: {
          programRecipient: { programs: ['WLF00000102'] },
          singleParentFamily: { kind: 'singleParent' },
        },
      },
      { relation: 'child', age: 7 },
    ]),
    expect: { outcome: 'eligible' },
  },
  {
    name: '장애인 가구, 자산 1억원 — 소득 확인 필요로 미결정',
    date: D,
    household: hh([
      {
        relation: 'head',
        age: 50,
        assets: { financial: 100_000_000 },
        facts: { disability: { severity: 'mild' } },
      },
    ]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '국가유공자·북한이탈주민 가구, 자산 2억 4,100만원 (기준과 같음) — 미결정',
    date: D,
    household: hh([
      {
        relation: 'head',
        age: 70,
        assets: { financial: 241_000_000 },
        facts: { veteran: { category: '국가유공자', isFamily: false }, northKoreanDefector: true },
      },
    ]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '장애인 가구, 자산 2억 4,100만 1원 — 자산 초과',
    date: D,
    household: hh([
      {
        relation: 'head',
        age: 50,
        assets: { financial: 241_000_001 },
        facts: { disability: { severity: 'mild' } },
      },
    ]),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '입주 자격 계층 아님 — 비대상',
    date: D,
    household: hh([{ relation: 'head', age: 45 }]),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '수급 가구이나 주택 소유 — 비대상',
    date: D,
    household: hh([
      {
        relation: 'head',
        age: 66,
        facts: { programRecipient: { programs: ['WLF00001132'] }, homeOwner: true },
      },
    ]),
    expect: { outcome: 'ineligible' },
  },
];
