import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
/** A parent (head) and a child; the child (member 2) is the subject. */
const family = (child: CaseMember, parent: CaseMember = {}): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 44, ...parent },
    { relation: 'child', ...child },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '교육급여 수급 가구 중학생 — 학교 지정 확인 필요로 미결정',
    date: D,
    household: family(
      { age: 14, facts: { student: { level: 'middle' } } },
      { facts: { programRecipient: { programs: ['WLF00001089'] } } },
    ),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '다문화·북한이탈주민·차상위·한부모 가정 초등학생 — 미결정 (학교 지정)',
    date: D,
    household: family(
      { age: 10, facts: { student: { level: 'elementary' } } },
      {
        facts: {
          multiculturalFamily: true,
          northKoreanDefector: true,
          nearPoor: {},
          singleParentFamily: { kind: 'singleParent' },
        },
      },
    ),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '학교에 다니지 않는 보호자 — 비대상',
    date: D,
    household: family({ age: 14, facts: { student: { level: 'middle' } } }),
    subject: 0,
    expect: { outcome: 'ineligible' },
  },
];
