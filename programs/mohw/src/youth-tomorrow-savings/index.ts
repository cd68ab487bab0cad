import {
  all,
  cmp,
  defineProgram,
  mul,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const record: Source = {
  title: '복지로 청년내일저축계좌 (WLF00000060) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000060&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const scalar = (value: number) => ({ type: 'scalar' as const, value });

const parameters: ParameterDefinition[] = [
  {
    id: 'youthTomorrowSavings.minAge',
    label: { ko: '가입 연령 하한 (만 나이)', en: 'minimum age (full years)' },
    unit: 'years',
    versions: [
      {
        from: '2026-01-01',
        value: scalar(15),
        sources: [record],
        note: '신청 당시 만 15세~39세 (※ 신청 월의 전월에 만 15세가 된 자 ~ 신청 월에 만 40세가 되는 자: 월 단위 경계는 신청일의 만 나이로 근사)',
      },
    ],
  },
  {
    id: 'youthTomorrowSavings.maxAge',
    label: { ko: '가입 연령 상한 (만 나이 이하)', en: 'maximum age (full years, inclusive)' },
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(39), sources: [record] }],
  },
  {
    id: 'youthTomorrowSavings.minEarnedIncome',
    label: { ko: '근로·사업소득 하한 (월)', en: 'minimum earned and business income (monthly)' },
    unit: 'krw/month',
    versions: [{ from: '2026-01-01', value: scalar(100000), sources: [record] }],
  },
  {
    id: 'youthTomorrowSavings.incomeShare',
    label: {
      ko: '가구 소득인정액 기준 (기준 중위소득 대비)',
      en: 'household income-recognized limit (share of the median)',
    },
    unit: 'ratio',
    versions: [{ from: '2026-01-01', value: scalar(0.5), sources: [record] }],
  },
  {
    id: 'youthTomorrowSavings.monthlyMatch',
    label: { ko: '정부지원금 정액 매칭 (월)', en: 'government match (monthly, flat)' },
    unit: 'krw/month',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { upTo50: 300000, over50To100: 100000 } },
        sources: [record],
        note: '중위소득 50% 이하 30만원, 50% 초과~100% 이하 10만원 (상세 기록의 지원내용)',
      },
    ],
  },
  {
    id: 'youthTomorrowSavings.minSaving',
    label: { ko: '본인 저축액 하한 (월)', en: 'minimum own saving (monthly)' },
    unit: 'krw/month',
    versions: [{ from: '2026-01-01', value: scalar(100000), sources: [record] }],
  },
  {
    id: 'youthTomorrowSavings.durationYears',
    label: { ko: '통장 유지 기간', en: 'account period' },
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(3), sources: [record] }],
  },
];

export default defineProgram({
  id: 'WLF00000060',
  version: '2026.1',
  name: t('청년내일저축계좌', 'Youth Tomorrow Savings Account'),
  ministry: '보건복지부',
  bureau: '자활정책과',
  legalBasis: [t('국민기초생활 보장법', 'National Basic Living Security Act')],
  target: 'person',
  lifeCycle: ['youth'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    "근로빈곤층 청년의 생계수급자 등으로의 하락을 사전에 예방하고, 일하는 중간계층 청년이 사회에 안착할 수 있도록 자산형성을 지원합니다. (2026년 모집기간: '26.5.4.(월) ~ '26.5.20.(수))",
    'Helps working-poor youth build assets so that they do not fall into livelihood-benefit dependency, and helps working middle-income youth settle into society (2026 intake: 4–20 May 2026).',
  ),
  criteria: all(
    undefined,
    cmp(
      t('신청 당시 만 15세 이상', 'aged 15 or over when applying'),
      v('person.age'),
      '>=',
      param('youthTomorrowSavings.minAge'),
    ),
    cmp(
      t('신청 당시 만 39세 이하', 'aged 39 or under when applying'),
      v('person.age'),
      '<=',
      param('youthTomorrowSavings.maxAge'),
    ),
    cmp(
      t('본인 근로·사업소득 월 10만원 이상', 'own earned and business income at least 100,000 a month'),
      v('person.earnedAndBusinessIncome'),
      '>=',
      param('youthTomorrowSavings.minEarnedIncome'),
    ),
    cmp(
      t(
        '가구 소득인정액이 기준 중위소득 50% 이하',
        'household income-recognized amount at most 50% of the median',
      ),
      v('household.incomeRecognized.nblss'),
      '<=',
      mul(
        t('기준 중위소득 × 50%', 'median income × 50%'),
        param('median.income', { by: 'household.size' }),
        param('youthTomorrowSavings.incomeShare'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '매월 본인 저축 10만원 이상 납입 시 정부지원금 정액 매칭: 중위소득 50% 이하 30만원 (상세 기록은 50% 초과~100% 이하 10만원 매칭도 적고 있으나 2026 가입 소득기준은 50% 이하). 3년간 통장 유지·근로활동 지속·교육 이수·자금사용계획서 제출 시 적립금 전액 지급. 근로소득공제금(생계급여 수급 청년)·탈수급장려금·내일키움장려금 등 정책대상별 추가지원금 가능 (금액은 상세 기록에 없음)',
      'For an own saving of at least 100,000 a month the government adds a flat match: 300,000 at or below 50% of the median (the record also lists 100,000 for 50–100%, but the 2026 income limit for joining is 50%). The full balance is paid after 3 years of saving and work, training and a spending plan. Extra incentives by target group are possible (amounts not in the record)',
    ),
    amount: (ctx) => {
      const recognized = Number(ctx.get('household.incomeRecognized.nblss'));
      const median = Number(ctx.get('household.medianIncome'));
      const limit = Math.floor(median * ctx.param('youthTomorrowSavings.incomeShare'));
      const amountKrw = ctx.param(
        'youthTomorrowSavings.monthlyMatch',
        recognized <= limit ? 'upTo50' : 'over50To100',
      );
      return {
        amountKrw,
        lines: [
          { label: t('가구 소득인정액', 'household income-recognized amount'), value: recognized },
          { label: t('기준 중위소득 50%', '50% of the median'), value: limit },
          { label: t('월 정부지원금', 'monthly government match'), value: amountKrw },
        ],
      };
    },
  },
  form: {
    schema: z.object({
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({ label: t('적립 계좌', 'savings account') }),
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
      {
        id: 'incomeProof',
        label: t('근로·사업소득 증빙 (근로계약서 등)', 'proof of earnings (employment contract, etc.)'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [record],
  fidelity: 'statutory',
  parameters,
  cases,
});
