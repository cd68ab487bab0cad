import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const LIVELIHOOD = { programRecipient: { programs: ['WLF00001132'] } };

/** A parent (head) and an infant; the infant (member 2) is the subject. */
const withInfant = (
  parent: CaseMember,
  infant: CaseMember = { ageMonths: 3 },
  others: CaseMember[] = [],
): ProgramCase['household'] => ({
  members: [{ relation: 'head', age: 32, ...parent }, { relation: 'child', ...infant }, ...others],
});

export const cases: ProgramCase[] = [
  {
    name: '생계급여 수급 가구, 생후 3개월 — 기저귀 월 9만원',
    date: D,
    household: withInfant({ facts: LIVELIHOOD }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 90_000 },
  },
  {
    name: '차상위 가구, 생후 23개월 (기준 1개월 전) — 대상',
    date: D,
    household: withInfant({ facts: { nearPoor: { kind: 'selfSufficiency' } } }, { ageMonths: 23 }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 90_000 },
  },
  {
    name: '생계급여 수급 가구, 생후 24개월 (만 2세) — 비대상',
    date: D,
    household: withInfant({ facts: LIVELIHOOD }, { ageMonths: 24 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '생계급여 수급 가구, 생후 25개월 — 비대상',
    date: D,
    household: withInfant({ facts: LIVELIHOOD }, { ageMonths: 25 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '한부모(모자) 가족 — 기저귀 월 9만원',
    date: D,
    household: withInfant({ sex: 'F', facts: { singleParentFamily: { kind: 'singleParent' } } }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 90_000 },
  },
  {
    name: '한부모(부자) 가족 — 기저귀 9만원 + 조제분유 11만원',
    date: D,
    household: withInfant({ sex: 'M', facts: { singleParentFamily: { kind: 'singleParent' } } }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 200_000 },
  },
  {
    name: '조손 가족 — 기저귀 9만원 + 조제분유 11만원',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 63, sex: 'F', facts: { singleParentFamily: { kind: 'grandparent' } } },
        { relation: 'grandchild', ageMonths: 8 },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 200_000 },
  },
  {
    name: '가정위탁 보호 영아 (다른 요건 없음) — 조제분유 월 11만원',
    date: D,
    household: withInfant({ age: 50 }, { ageMonths: 10, facts: { fosterCare: {} } }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 110_000 },
  },
  {
    name: '어머니가 등록장애인인 가구 — 소득 기준(중위 100%) 확인 필요로 미결정',
    date: D,
    household: withInfant({ sex: 'F', facts: { disability: { severity: 'mild' } } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '영아 본인이 등록장애인 — 소득 기준 확인 필요로 미결정',
    date: D,
    household: withInfant({}, { ageMonths: 4, facts: { disability: { severity: 'severe' } } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '자녀 2명 가구 — 소득 기준 확인 필요로 미결정',
    date: D,
    household: withInfant({}, { ageMonths: 2 }, [{ relation: 'child', age: 4 }]),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '자녀 1명, 수급·차상위·한부모·장애·보호·입양 없음 — 비대상',
    date: D,
    household: withInfant({}, { ageMonths: 2 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '가구주의 부모(조부모)만 장애인 — 부·모·영아가 아니어서 비대상',
    date: D,
    household: withInfant({}, { ageMonths: 2 }, [
      { relation: 'parent', age: 66, facts: { disability: { severity: 'mild' } } },
    ]),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '영아 입양 가정의 아동 (다른 요건 없음) — 조제분유 월 11만원',
    date: D,
    household: withInfant({ age: 40 }, { ageMonths: 6, facts: { adoption: { status: 'adopted' } } }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 110_000 },
  },
  {
    name: '입양 가정이면서 생계급여 수급 — 기저귀 9만원 + 조제분유 11만원',
    date: D,
    household: withInfant(
      { facts: LIVELIHOOD },
      { ageMonths: 1, facts: { adoption: { status: 'adopted' } } },
    ),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 200_000 },
  },
];
