import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  lit,
  mul,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 청년내일저축계좌 (WLF00000060), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000060&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = { title: '2024 나에게 힘이 되는 복지서비스 「청년내일저축계좌」', status: 'official' };
const b2026: Source = {
  title: '복지로 청년내일저축계좌 (WLF00000060), 2026',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000060&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'youthTomorrowSavings.minAge',
    label: { ko: '가입 연령 하한 (만 나이)', en: 'minimum age (full years)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 19 }, sources: [book] }],
  },
  {
    id: 'youthTomorrowSavings.maxAge',
    label: { ko: '가입 연령 상한 (만 나이 이하)', en: 'maximum age (full years, inclusive)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 34 }, sources: [book] }],
  },
  {
    id: 'youthTomorrowSavings.lowIncomeMinAge',
    label: { ko: '수급자·차상위자 가입 연령 하한', en: 'minimum age for recipients and the near-poor' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 15 }, sources: [book] }],
  },
  {
    id: 'youthTomorrowSavings.lowIncomeMaxAge',
    label: {
      ko: '수급자·차상위자 가입 연령 상한 (이하)',
      en: 'maximum age for recipients and the near-poor (inclusive)',
    },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 39 }, sources: [book] }],
  },
  {
    id: 'youthTomorrowSavings.minEarnedIncome',
    label: { ko: '근로·사업소득 하한 (월)', en: 'minimum earned income (monthly)' },
    unit: 'krw/month',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 100000 },
        sources: [b2026],
        note: '2024년은 모집 시 별도 공고 (값 없음)',
      },
    ],
  },
  {
    id: 'youthTomorrowSavings.incomeShare',
    label: { ko: '가구소득 기준 (기준 중위소득 대비)', en: 'household income limit (share of the median)' },
    unit: 'ratio',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 1.0 }, sources: [book] },
      { from: '2026-01-01', value: { type: 'scalar', value: 1.0 }, sources: [b2026] },
    ],
  },
  {
    id: 'youthTomorrowSavings.higherMatchShare',
    label: {
      ko: '정부지원금 30만 원 적용 소득 기준 (기준 중위소득 대비)',
      en: 'income limit for the 300,000 match (share of the median)',
    },
    unit: 'ratio',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 0.5 }, sources: [book] },
      { from: '2026-01-01', value: { type: 'scalar', value: 0.5 }, sources: [b2026] },
    ],
  },
  {
    id: 'youthTomorrowSavings.monthlyMatch',
    label: { ko: '정부지원금 (월)', en: 'government match (monthly)' },
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { upTo50: 300000, over50: 100000 } },
        sources: [book],
      },
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { upTo50: 300000, over50: 100000 } },
        sources: [b2026],
      },
    ],
  },
  {
    id: 'youthTomorrowSavings.monthlySaving',
    label: { ko: '본인 저축액 (월)', en: 'own saving (monthly)' },
    unit: 'krw/month',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 100000 }, sources: [book] },
      { from: '2026-01-01', value: { type: 'scalar', value: 100000 }, sources: [b2026] },
    ],
  },
  {
    id: 'youthTomorrowSavings.durationYears',
    label: { ko: '통장 유지 기간', en: 'account period' },
    unit: 'years',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 3 }, sources: [book] },
      { from: '2026-01-01', value: { type: 'scalar', value: 3 }, sources: [b2026] },
    ],
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
    any(
      t('가입 연령', 'age requirement'),
      all(
        t('만 19~34세', 'aged 19 to 34'),
        cmp(
          t('만 19세 이상', 'aged 19 or over'),
          v('person.age'),
          '>=',
          param('youthTomorrowSavings.minAge'),
        ),
        cmp(
          t('만 34세 이하', 'aged 34 or under'),
          v('person.age'),
          '<=',
          param('youthTomorrowSavings.maxAge'),
        ),
      ),
      all(
        t('수급자·차상위자는 만 15~39세', 'recipients and the near-poor: aged 15 to 39'),
        cmp(
          t('만 15세 이상', 'aged 15 or over'),
          v('person.age'),
          '>=',
          param('youthTomorrowSavings.lowIncomeMinAge'),
        ),
        cmp(
          t('만 39세 이하', 'aged 39 or under'),
          v('person.age'),
          '<=',
          param('youthTomorrowSavings.lowIncomeMaxAge'),
        ),
        any(
          t('기초생활수급자 또는 차상위자', 'NBLSS recipient or near-poor'),
          cmp(
            t('생계급여 수급', 'livelihood benefit recipient'),
            receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
            '==',
            lit(true),
          ),
          cmp(
            t('의료급여 수급', 'medical aid recipient'),
            receives('WLF00000102', t('의료급여 수급', 'medical aid recipient')),
            '==',
            lit(true),
          ),
          cmp(
            t('주거급여 수급', 'housing benefit recipient'),
            receives('WLF00003201', t('주거급여 수급', 'housing benefit recipient')),
            '==',
            lit(true),
          ),
          cmp(
            t('교육급여 수급', 'education benefit recipient'),
            receives('WLF00001089', t('교육급여 수급', 'education benefit recipient')),
            '==',
            lit(true),
          ),
          cmp(t('차상위계층', 'certified near-poor (차상위)'), fact('nearPoor'), '==', lit(true)),
        ),
      ),
    ),
    cmp(
      t('본인 근로·사업소득 월 10만 원 이상', 'own earned income at least 100,000 a month'),
      v('person.earnedIncome'),
      '>=',
      param('youthTomorrowSavings.minEarnedIncome'),
    ),
    cmp(
      t('가구소득이 기준 중위소득 100% 이하', 'household income at most 100% of the median'),
      v('household.monthlyIncome'),
      '<=',
      mul(
        t('기준 중위소득 × 기준 비율', 'median income × share'),
        param('median.income', { by: 'household.size' }),
        param('youthTomorrowSavings.incomeShare'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '매월 본인 저축 10만 원에 정부지원금 10만 원 (가구소득 기준 중위소득 50% 초과~100% 이하) 또는 30만 원 (50% 이하) 매칭. 3년간 통장 유지·근로 지속·교육 이수·자금사용계획서 제출 시 적립금 전액 지급',
      'For a monthly saving of 100,000 the government adds 100,000 (household income above 50% and up to 100% of the median) or 300,000 (at most 50%). The full balance is paid after 3 years of saving and work, training and a spending plan',
    ),
    amount: (ctx) => {
      const income = Number(ctx.get('household.monthlyIncome'));
      const median = Number(ctx.get('household.medianIncome'));
      const low = income <= Math.floor(median * ctx.param('youthTomorrowSavings.higherMatchShare') + 1e-9);
      const amountKrw = ctx.param('youthTomorrowSavings.monthlyMatch', low ? 'upTo50' : 'over50');
      return {
        amountKrw,
        lines: [
          { label: t('가구소득', 'household income'), value: income },
          { label: t('기준 중위소득', 'median income'), value: median },
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
  effective: { from: '2024-01-01' },
  sources: [catalogue, book, b2026],
  fidelity: 'summary',
  dependsOn: ['WLF00000102', 'WLF00001089', 'WLF00001132', 'WLF00003201'],
  parameters,
  cases,
});
