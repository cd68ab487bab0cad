import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 18세 출소자, 구직 등록 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 18, sex: 'M', facts: { exOffender: true, jobSeeker: true } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 64세 출소자, 구직 등록 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 64, sex: 'M', facts: { exOffender: true, jobSeeker: true } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 65세 — 연령 초과',
    date: '2026-03-01',
    household: { members: [{ age: 65, sex: 'M', facts: { exOffender: true, jobSeeker: true } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 17세 — 위기 청소년 여부 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 17, sex: 'M', facts: { exOffender: true, jobSeeker: true } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 14세 — 연령 미달',
    date: '2026-03-01',
    household: { members: [{ age: 14, sex: 'M', facts: { exOffender: true, jobSeeker: true } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 40세 출소자, 구직 등록 없음 — 취업 희망 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 40, sex: 'F', facts: { exOffender: true } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '형사·보호처분 이력 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 40, sex: 'M', facts: { jobSeeker: true } }] },
    expect: { outcome: 'ineligible' },
  },
];
