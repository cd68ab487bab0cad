import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
type Level = 'elementary' | 'middle' | 'high' | 'university';
const kid = (age: number, level?: Level): CaseMember => ({
  relation: 'child',
  age,
  ...(level ? { facts: { student: { level } } } : {}),
});

/** A parent with business income (income-recognized = that income) and the given children. */
const family = (business: number, ...children: CaseMember[]): ProgramCase['household'] => ({
  members: [{ relation: 'head', age: 44, income: { business } }, ...children],
});

// 2026 education threshold (50%): 3 persons 2,679,518; 4 persons 3,247,369.
export const cases: ProgramCase[] = [
  {
    name: '3인 가구 초등학생, 소득 없음 — 502,000원',
    date: D,
    household: family(0, kid(10, 'elementary'), kid(14, 'middle')),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 502_000 },
  },
  {
    name: '3인 가구 중학생 — 699,000원',
    date: D,
    household: family(0, kid(10, 'elementary'), kid(14, 'middle')),
    subject: 2,
    expect: { outcome: 'eligible', amountKrw: 699_000 },
  },
  {
    name: '3인 가구 소득인정액 2,679,518원 (기준과 같음) — 초등학생 502,000원',
    date: D,
    household: family(2_679_518, kid(10, 'elementary'), kid(14, 'middle')),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 502_000 },
  },
  {
    name: '3인 가구 소득인정액 2,679,519원 (1원 초과) — 비수급',
    date: D,
    household: family(2_679_519, kid(10, 'elementary'), kid(14, 'middle')),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '4인 가구 소득인정액 3,247,369원 (기준과 같음) 고등학생 — 860,000원',
    date: D,
    household: family(3_247_369, kid(17, 'high'), kid(14, 'middle'), kid(10, 'elementary')),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 860_000 },
  },
  {
    name: '4인 가구 소득인정액 3,247,368원 (1원 미만) — 수급',
    date: D,
    household: family(3_247_368, kid(17, 'high'), kid(14, 'middle'), kid(10, 'elementary')),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 860_000 },
  },
  {
    name: '4인 가구 소득인정액 3,247,370원 (1원 초과) — 비수급',
    date: D,
    household: family(3_247_370, kid(17, 'high'), kid(14, 'middle'), kid(10, 'elementary')),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '대학생 — 비수급',
    date: D,
    household: family(0, kid(20, 'university')),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '재학 기록 없음 (부모 본인) — 비수급',
    date: D,
    household: family(0, kid(10, 'elementary')),
    subject: 0,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: D,
    household: { members: [{ relation: 'head', age: 44, income: null }, kid(10, 'elementary')] },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
  {
    name: '2024년 — 수급, 2024년 교육활동지원비가 출처에 없어 금액 미결정',
    date: '2024-06-01',
    household: family(0, kid(10, 'elementary')),
    subject: 1,
    expect: { outcome: 'eligible', missing: ['parameter:educationBenefit.activityAllowance'] },
  },
];
