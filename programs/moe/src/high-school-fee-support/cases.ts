import type { CaseMember, FactMap, ProgramCase } from '@bokji/core';
import { recipientOf } from '@bokji/core';

const D = '2026-03-03';
type Level = 'elementary' | 'middle' | 'high' | 'university';
/** A parent (head, with the given facts) and a child; the child (member 2) is the subject. */
const family = (age: number, level: Level | null, parentFacts: FactMap = {}, childFacts: FactMap = {}) => {
  const child: CaseMember = {
    relation: 'child',
    age,
    facts: { ...(level ? { student: { level } } : {}), ...childFacts },
  };
  return { members: [{ relation: 'head' as const, age: 45, facts: parentFacts }, child] };
};

export const cases: ProgramCase[] = [
  {
    name: '고등학생, 생계급여 수급 가구 — 지원 제외 사유 확인 필요로 미결정',
    date: D,
    household: family(17, 'high', recipientOf('WLF00001132')),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '중학생, 의료급여 수급 가구 — 미결정 (제외 사유 확인)',
    date: D,
    household: family(14, 'middle', recipientOf('WLF00000102')),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '초등학생, 주거급여 수급 가구 — 미결정 (제외 사유 확인)',
    date: D,
    household: family(10, 'elementary', recipientOf('WLF00003201')),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '고등학생 본인이 교육급여 수급 — 미결정 (제외 사유 확인)',
    date: D,
    household: family(16, 'high', {}, recipientOf('WLF00001089')),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '고등학생, 한부모가족 — 미결정 (제외 사유 확인)',
    date: D,
    household: family(16, 'high', { singleParentFamily: { kind: 'singleParent' } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '고등학생, 법정 차상위 가구 — 미결정 (제외 사유 확인)',
    date: D,
    household: family(18, 'high', { nearPoor: { kind: 'copayReduction' } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '고등학생, 수급 자격 없음 — 시도교육감 소득인정액 기준·학교장 추천 판단 필요로 미결정',
    date: D,
    household: family(17, 'high'),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '대학생, 생계급여 수급 가구 — 비대상',
    date: D,
    household: family(20, 'university', recipientOf('WLF00001132')),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '재학 기록 없는 보호자 본인 — 비대상',
    date: D,
    household: family(17, 'high', recipientOf('WLF00001132')),
    subject: 0,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '학교 밖 청소년 (재학 기록 없음) — 비대상',
    date: D,
    household: family(16, null, recipientOf('WLF00001132')),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
