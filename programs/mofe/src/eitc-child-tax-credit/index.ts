import {
  all,
  any,
  cmp,
  defineProgram,
  lit,
  mul,
  noMember,
  type ParameterDefinition,
  param,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 근로·자녀장려금 (WLF00001148), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001148&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「근로장려금」', status: 'official' };
const bkChild: Source = { title: '2024 나에게 힘이 되는 복지서비스 「자녀장려금」', status: 'official' };
const ref2026: Source = {
  title: 'korea-welfare-rules §2.13 근로·자녀장려금 (복지로 WLF00001148, 2026)',
  status: 'official',
};

/** Annual household income, from the monthly records (× 12 months). */
const annualIncome = () =>
  mul(
    t('가구 연 소득 (월 소득 × 12개월)', 'household annual income (monthly × 12)'),
    v('household.monthlyIncome'),
    lit(12, t('12개월', '12 months')),
  );

const parameters: ParameterDefinition[] = [
  {
    id: 'eitc.assetLimit',
    label: { ko: '재산 합계액 기준 (미만)', en: 'total assets (under)' },
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 240000000 },
        sources: [booklet, bkChild],
        note: '전년도 6월 1일 기준',
      },
      { from: '2026-01-01', value: { type: 'scalar', value: 240000000 }, sources: [ref2026] },
    ],
  },
  {
    id: 'eitc.assetHalfFrom',
    label: {
      ko: '재산 합계액 감액 구간 시작 (1.7억원 이상이면 50% 지급)',
      en: 'assets from which the credit is halved',
    },
    unit: 'krw',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 170000000 }, sources: [ref2026] }],
  },
  {
    id: 'eitc.singleIncomeLimit',
    label: { ko: '단독가구 총소득 기준금액 (미만)', en: 'single household: total income limit (under)' },
    unit: 'krw/year',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 22000000 }, sources: [booklet] },
      { from: '2026-01-01', value: { type: 'scalar', value: 22000000 }, sources: [ref2026] },
    ],
  },
  {
    id: 'eitc.oneEarnerIncomeLimit',
    label: {
      ko: '홑벌이 가구 총소득 기준금액 (미만)',
      en: 'one-earner household: total income limit (under)',
    },
    unit: 'krw/year',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 32000000 }, sources: [booklet] },
      { from: '2026-01-01', value: { type: 'scalar', value: 32000000 }, sources: [ref2026] },
    ],
  },
  {
    id: 'eitc.dualEarnerIncomeLimit',
    label: {
      ko: '맞벌이 가구 총소득 기준금액 (미만)',
      en: 'dual-earner household: total income limit (under)',
    },
    unit: 'krw/year',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 38000000 }, sources: [booklet] },
      { from: '2026-01-01', value: { type: 'scalar', value: 44000000 }, sources: [ref2026] },
    ],
  },
  {
    id: 'eitc.spouseEarningsThreshold',
    label: {
      ko: '맞벌이 판단 배우자 총급여액 등 (연, 이상)',
      en: 'spouse’s annual earnings for a dual-earner household (at least)',
    },
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3000000 }, sources: [booklet] }],
  },
  {
    id: 'eitc.maxSingle',
    label: { ko: '근로장려금 최대지급액 (단독)', en: 'maximum EITC (single)' },
    unit: 'krw/year',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 1650000 }, sources: [booklet] },
      { from: '2026-01-01', value: { type: 'scalar', value: 1650000 }, sources: [ref2026] },
    ],
  },
  {
    id: 'eitc.maxOneEarner',
    label: { ko: '근로장려금 최대지급액 (홑벌이)', en: 'maximum EITC (one earner)' },
    unit: 'krw/year',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 2850000 }, sources: [booklet] },
      { from: '2026-01-01', value: { type: 'scalar', value: 2850000 }, sources: [ref2026] },
    ],
  },
  {
    id: 'eitc.maxDualEarner',
    label: { ko: '근로장려금 최대지급액 (맞벌이)', en: 'maximum EITC (dual earner)' },
    unit: 'krw/year',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 3300000 }, sources: [booklet] },
      { from: '2026-01-01', value: { type: 'scalar', value: 3300000 }, sources: [ref2026] },
    ],
  },
  {
    id: 'eitc.childIncomeLimit',
    label: { ko: '자녀장려금 총소득 기준금액 (미만)', en: 'child tax credit: total income limit (under)' },
    unit: 'krw/year',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 70000000 }, sources: [bkChild] },
      { from: '2026-01-01', value: { type: 'scalar', value: 70000000 }, sources: [ref2026] },
    ],
  },
  {
    id: 'eitc.childAgeLimit',
    label: { ko: '부양자녀 연령 (만 나이 미만)', en: 'dependent child age (under, full years)' },
    unit: 'years',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 18 },
        sources: [bkChild],
        note: '중증장애인은 연령제한 없음',
      },
    ],
  },
  {
    id: 'eitc.childCreditMin',
    label: { ko: '자녀장려금 (자녀 1인당 연, 최저)', en: 'child tax credit per child (per year, lowest)' },
    unit: 'krw/year',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 500000 }, sources: [bkChild] },
      { from: '2026-01-01', value: { type: 'scalar', value: 500000 }, sources: [ref2026] },
    ],
  },
  {
    id: 'eitc.childCreditMax',
    label: { ko: '자녀장려금 (자녀 1인당 연, 최고)', en: 'child tax credit per child (per year, highest)' },
    unit: 'krw/year',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 1000000 }, sources: [bkChild] },
      { from: '2026-01-01', value: { type: 'scalar', value: 1000000 }, sources: [ref2026] },
    ],
  },
];

export default defineProgram({
  id: 'WLF00001148',
  version: '2026.1',
  name: t('근로·자녀장려금', 'Earned Income Tax Credit and Child Tax Credit'),
  ministry: '재정경제부',
  bureau: '소득세제과',
  legalBasis: [t('조세특례제한법', 'Restriction of Special Taxation Act')],
  target: 'household',
  lifeCycle: [],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'annual',
  summary: t(
    '소득이 적어 생활이 어려운 자영업자 또는 근로자 가구에 근로장려금과 자녀장려금을 지급하여 근로 의욕을 더하고 소득과 자녀양육비를 지원합니다.',
    'Pays the earned income tax credit and the child tax credit to self-employed and employee households struggling on low incomes, encouraging work and supporting income and child-rearing costs.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('근로·사업소득이 있는 가구', 'the household has earned or business income'),
      v('household.earnedAndBusinessIncome'),
      '>',
      lit(0),
    ),
    cmp(
      t('재산 합계액 2억 4천만원 미만', 'total assets under 240,000,000'),
      v('household.totalAssets'),
      '<',
      param('eitc.assetLimit'),
    ),
    any(
      t(
        '가구 유형별 총소득 기준 (근로장려금) 또는 자녀장려금 소득 기준',
        'income limit by household type (EITC) or the child tax credit limit',
      ),
      all(
        t('단독가구: 총소득 2,200만원 미만', 'single household: income under 22,000,000'),
        noMember(
          t('배우자 없음', 'no spouse'),
          cmp(t('배우자', 'spouse'), v('person.relation'), '==', lit('spouse', t('배우자', 'spouse'))),
        ),
        noMember(
          t('18세 미만 부양자녀 없음', 'no dependent child under 18'),
          cmp(t('만 18세 미만', 'under 18'), v('person.age'), '<', param('eitc.childAgeLimit')),
        ),
        cmp(
          t('연간 총소득 2,200만원 미만', 'annual income under 22,000,000'),
          annualIncome(),
          '<',
          param('eitc.singleIncomeLimit'),
        ),
      ),
      all(
        t('홑벌이 가구: 총소득 3,200만원 미만', 'one-earner household: income under 32,000,000'),
        any(
          t('배우자 또는 18세 미만 부양자녀가 있음', 'has a spouse or a dependent child under 18'),
          someMember(
            t('배우자', 'spouse'),
            cmp(t('배우자', 'spouse'), v('person.relation'), '==', lit('spouse', t('배우자', 'spouse'))),
          ),
          someMember(
            t('18세 미만 부양자녀', 'dependent child under 18'),
            cmp(t('만 18세 미만', 'under 18'), v('person.age'), '<', param('eitc.childAgeLimit')),
          ),
        ),
        cmp(
          t('연간 총소득 3,200만원 미만', 'annual income under 32,000,000'),
          annualIncome(),
          '<',
          param('eitc.oneEarnerIncomeLimit'),
        ),
      ),
      all(
        t(
          '맞벌이 가구: 총소득 3,800만원(2026년 4,400만원) 미만',
          'dual-earner household: income under 38,000,000 (44,000,000 in 2026)',
        ),
        someMember(
          t('배우자 총급여액 등 연 300만원 이상', 'spouse earns 3,000,000 or more a year'),
          all(
            undefined,
            cmp(t('배우자', 'spouse'), v('person.relation'), '==', lit('spouse', t('배우자', 'spouse'))),
            cmp(
              t('배우자 연 근로소득 300만원 이상', 'spouse’s annual earnings at least 3,000,000'),
              mul(
                t('연 근로소득 (월 × 12)', 'annual earnings (monthly × 12)'),
                v('person.earnedIncome'),
                lit(12, t('12개월', '12 months')),
              ),
              '>=',
              param('eitc.spouseEarningsThreshold'),
            ),
          ),
        ),
        cmp(
          t('연간 총소득 맞벌이 기준 미만', 'annual income under the dual-earner limit'),
          annualIncome(),
          '<',
          param('eitc.dualEarnerIncomeLimit'),
        ),
      ),
      all(
        t(
          '자녀장려금: 18세 미만 부양자녀, 총소득 7,000만원 미만',
          'child tax credit: a dependent child under 18, income under 70,000,000',
        ),
        someMember(
          t('18세 미만 부양자녀', 'dependent child under 18'),
          cmp(t('만 18세 미만', 'under 18'), v('person.age'), '<', param('eitc.childAgeLimit')),
        ),
        cmp(
          t('연간 총소득 7,000만원 미만', 'annual income under 70,000,000'),
          annualIncome(),
          '<',
          param('eitc.childIncomeLimit'),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '근로장려금 연 최대 1,650,000원(단독)·2,850,000원(홑벌이)·3,300,000원(맞벌이), 자녀장려금 자녀 1인당 연 500,000~1,000,000원 (소득 구간별 점증·평탄·점감 산식은 출처에 없어 산정하지 않음; 재산 1.7억~2.4억원은 50% 지급). 매년 5월 신청, 9월 지급',
      'EITC up to 1,650,000 (single), 2,850,000 (one earner) or 3,300,000 (dual earner) a year; child credit 500,000–1,000,000 per child a year (the phase-in/plateau/phase-out formulas are not in the sources, so no amount is computed; halved for assets of 170–240 million). Apply in May, paid in September',
    ),
  },
  form: {
    schema: z.object({
      consentToDataUse: z.literal(true).meta({
        label: t(
          '개인정보 수집·이용 및 제공 동의',
          'consent to the collection, use and sharing of personal data',
        ),
      }),
    }),
    evidence: [
      {
        id: 'application',
        label: t('사회보장급여 신청서', 'social security benefit application'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [catalogue, booklet, bkChild, ref2026],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
