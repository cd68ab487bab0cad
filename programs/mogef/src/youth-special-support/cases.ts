import type { ProgramCase } from '@bokji/core';

const D = '2026-03-03';
const outOfSchool = { outOfSchoolYouth: true as const };
// 2026 median income: 2 persons 4,199,292 (× 100%).

export const cases: ProgramCase[] = [
  {
    name: '만 9세 학교 밖 청소년, 가구 소득 없음 — 타 제도 중복 확인 필요로 미결정',
    date: D,
    household: { members: [{ age: 9, facts: outOfSchool }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 8세 — 연령 미달',
    date: D,
    household: { members: [{ age: 8, facts: outOfSchool }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 24세 학교 밖 청소년 — 미결정',
    date: D,
    household: { members: [{ age: 24, facts: outOfSchool }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 25세 — 연령 초과',
    date: D,
    household: { members: [{ age: 25, facts: outOfSchool }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '재학 중인 청소년 (학교 밖 아님) — 위기 사유 판단 필요로 미결정',
    date: D,
    household: { members: [{ age: 15, facts: { student: { level: 'middle' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '2인 가구 소득 4,199,292원 (중위 100%) — 소득 충족, 미결정',
    date: D,
    household: {
      members: [
        { age: 45, relation: 'head', income: { earned: 4_199_292 } },
        { age: 16, relation: 'child', facts: outOfSchool },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '2인 가구 소득 4,199,291원 (1원 미만) — 미결정',
    date: D,
    household: {
      members: [
        { age: 45, relation: 'head', income: { earned: 4_199_291 } },
        { age: 16, relation: 'child', facts: outOfSchool },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '2인 가구 소득 4,199,293원 (중위 100% + 1원) — 소득 초과',
    date: D,
    household: {
      members: [
        { age: 45, relation: 'head', income: { earned: 4_199_293 } },
        { age: 16, relation: 'child', facts: outOfSchool },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '가구 소득 자료 없음 — 미결정 (소득 필요)',
    date: D,
    household: {
      members: [
        { age: 45, relation: 'head', income: null },
        { age: 16, relation: 'child', facts: outOfSchool },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
  {
    name: '2025년 — 2026 이전 기준이 복지로 상세에 없어 미결정',
    date: '2025-06-01',
    household: { members: [{ age: 16, facts: outOfSchool }] },
    expect: { outcome: 'undetermined', missing: ['parameter:youthSpecialSupport.minAge'] },
  },
];
