import type { CaseMember, FactMap, ProgramCase } from '@bokji/core';
import { recipientOf } from '@bokji/core';

const D = '2026-03-03';
type Level = 'elementary' | 'middle';
/** A parent (head, with the given facts) and a child at daycare; the child (member 2) is the subject. */
const family = (
  age: number,
  childFacts: FactMap = {},
  parentFacts: FactMap = {},
  atDaycare = true,
): ProgramCase['household'] => {
  const child: CaseMember = {
    relation: 'child',
    age,
    facts: { ...(atDaycare ? { daycareUse: { kind: 'daycare' as const } } : {}), ...childFacts },
  };
  return { members: [{ relation: 'head', age: 40, facts: parentFacts }, child] };
};
const pupil = (level: Level): FactMap => ({ student: { level } });

export const cases: ProgramCase[] = [
  {
    name: '보육료 지원 만 3세 — 연장형 보육 이용 확인 필요로 미결정',
    date: D,
    household: family(3, recipientOf('WLF00003250')),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '다문화 보육료 지원 아동 — 미결정',
    date: D,
    household: family(4, recipientOf('WLF00001183')),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '장애아 보육료 지원 아동 — 미결정',
    date: D,
    household: family(5, { ...recipientOf('WLF00001067'), disability: { severity: 'severe' } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '보육료 지원 기록 없는 취학 전 아동 — 비대상',
    date: D,
    household: family(4),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '초등 10세, 생계급여 가구 — 야간연장 대상, 미결정',
    date: D,
    household: family(10, pupil('elementary'), recipientOf('WLF00001132')),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 12세 중학생, 차상위 가구 (상한) — 미결정',
    date: D,
    household: family(12, pupil('middle'), { nearPoor: {} }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 13세 중학생, 차상위 가구 — 연령 초과',
    date: D,
    household: family(13, pupil('middle'), { nearPoor: {} }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '초등 11세, 한부모가족 — 미결정',
    date: D,
    household: family(11, pupil('elementary'), { singleParentFamily: { kind: 'singleParent' } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '초등 11세 등록 장애아동 — 미결정',
    date: D,
    household: family(11, { ...pupil('elementary'), disability: { severity: 'mild' } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '초등 8세, 저소득·등록장애 아님 — 특수교육대상자 여부 미결정',
    date: D,
    household: family(8, pupil('elementary')),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '초등 9세, 저소득·등록장애 아님 — 비대상',
    date: D,
    household: family(9, pupil('elementary')),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '어린이집 미이용 보육료 기록 아동 — 비대상',
    date: D,
    household: family(3, recipientOf('WLF00003250'), {}, false),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '초등 10세 보육료 지원 기록, 저소득·장애 아님 — 취학아동이라 비대상',
    date: D,
    household: family(10, { ...pupil('elementary'), ...recipientOf('WLF00003250') }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
