import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '가족돌봄청년 20세 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 20, facts: { youngCarer: true } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '가족돌봄청년 13세 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 50 },
        { relation: 'child', age: 13, facts: { youngCarer: true } },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '가족돌봄청년 34세 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 34, facts: { youngCarer: true } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '가족돌봄 12세 — 비대상 (연령 미달)',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 45 },
        { relation: 'child', age: 12, facts: { youngCarer: true } },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '35세 가족돌봄 — 고립·은둔 여부만 남아 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 35, facts: { youngCarer: true } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '39세 — 고립·은둔 사정 필요',
    date: '2026-03-01',
    household: { members: [{ age: 39 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '18세, 가족돌봄 자료 없음 — 미결정',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 48 },
        { relation: 'child', age: 18 },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['fact:youngCarer'] },
  },
  {
    name: '40세 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 40 }] },
    expect: { outcome: 'ineligible' },
  },
];
