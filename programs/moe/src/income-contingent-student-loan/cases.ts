import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
/** A one-person household; the person is the subject. */
const alone = (m: CaseMember): ProgramCase['household'] => ({
  members: [{ relation: 'head', age: 21, ...m }],
});

export const cases: ProgramCase[] = [
  {
    name: '기초생활수급 대학생 21세 — 대출 대상',
    date: D,
    household: alone({
      facts: { student: { level: 'university' }, programRecipient: { programs: ['WLF00001089'] } },
    }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '차상위 대학생 35세 (학부 상한) — 대출 대상',
    date: D,
    household: alone({ age: 35, facts: { student: { level: 'university' }, nearPoor: {} } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '대학생 24세, 수급·차상위 아님 — 학자금 지원구간 확인 필요로 미결정',
    date: D,
    household: alone({ age: 24, facts: { student: { level: 'university' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '차상위 대학생 36세 — 선취업 후진학자·대학원생 여부 확인 필요로 미결정',
    date: D,
    household: alone({ age: 36, facts: { student: { level: 'university' }, nearPoor: {} } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '46세 — 연령 초과',
    date: D,
    household: alone({ age: 46, facts: { student: { level: 'university' }, nearPoor: {} } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '외국 국적 대학생 — 비대상',
    date: D,
    household: alone({ nationality: 'CN', facts: { student: { level: 'university' }, nearPoor: {} } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '대학 재학생 아님 — 비대상',
    date: D,
    household: alone({ facts: { nearPoor: {} } }),
    expect: { outcome: 'ineligible' },
  },
];
