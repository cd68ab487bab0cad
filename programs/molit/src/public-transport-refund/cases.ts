import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-04-01';
const one = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

// Monthly use (15+ rides) is not in the linked data: an eligible person is at best undetermined.
export const cases: ProgramCase[] = [
  {
    name: '만 19세 국민 — 월 15회 이상 이용 확인 필요로 미결정',
    date: D,
    household: one({ age: 19 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 18세 — 연령 미달',
    date: D,
    household: one({ age: 18 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 20세 — 미결정',
    date: D,
    household: one({ age: 20 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 70세 — 상한 없음, 미결정',
    date: D,
    household: one({ age: 70 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '가구원 자녀 만 17세 — 연령 미달',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 45 },
        { relation: 'child', age: 17 },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '외국인 등록 (E-9) 만 30세 — 미결정',
    date: D,
    household: one({ age: 30, nationality: 'VN', facts: { foreignResident: { visa: 'E-9' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '외국인 등록번호 없는 외국인 — 대상 아님',
    date: D,
    household: one({ age: 30, nationality: 'US' }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '외국인 등록 만 18세 — 연령 미달',
    date: D,
    household: one({ age: 18, nationality: 'VN', facts: { foreignResident: { visa: 'F-6' } } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2025년 — 2026년 모두의카드 기준만 있어 연령 기준 미결정',
    date: '2025-06-01',
    household: one({ age: 30 }),
    expect: { outcome: 'undetermined', missing: ['parameter:publicTransportRefund.minAge'] },
  },
];
