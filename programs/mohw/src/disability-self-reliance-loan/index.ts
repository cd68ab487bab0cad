import {
  all,
  cmp,
  defineProgram,
  fact,
  lit,
  mul,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 장애인자립자금대여 (WLF00000026), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000026&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애인 자립자금 대여」',
  status: 'official',
};
const crawl: Source = {
  title: '복지로 장애인자립자금대여 서비스 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000026&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'disabilitySelfRelianceLoan.minAge',
    label: { ko: '대상 연령 하한 (만 나이 이상)', en: 'minimum age (full years)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 19 }, sources: [book] }],
  },
  {
    id: 'disabilitySelfRelianceLoan.incomeShareLower',
    label: {
      ko: '소득인정액 하한 (기준 중위소득 대비, 초과)',
      en: 'income floor (share of the median, exclusive)',
    },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.5 }, sources: [book] }],
  },
  {
    id: 'disabilitySelfRelianceLoan.incomeShareUpper',
    label: { ko: '소득인정액 상한 (기준 중위소득 대비, 이하)', en: 'income ceiling (share of the median)' },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1.0 }, sources: [book] }],
  },
  {
    id: 'disabilitySelfRelianceLoan.loanLimit',
    label: { ko: '가구당 대출 한도', en: 'loan limit per household' },
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { unsecured: 12000000, secured: 50000000 } },
        sources: [book],
      },
    ],
  },
  {
    id: 'disabilitySelfRelianceLoan.maxInterestRate',
    label: { ko: '최고 대출 금리 (연)', en: 'maximum interest rate (annual)' },
    unit: 'ratio',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 0.02 },
        sources: [book],
        note: "'21년 1분기 이전 대출자는 최대 3.0%",
      },
    ],
  },
  {
    id: 'disabilitySelfRelianceLoan.unsecuredRequirement',
    label: {
      ko: '무보증 대출 요건 (연간 재산세 또는 연간 소득)',
      en: 'unsecured-loan requirement (annual property tax or annual income)',
    },
    unit: 'krw/year',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { propertyTax: 20000, income: 6000000 } },
        sources: [book],
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00000026',
  version: '2026.1',
  name: t('장애인자립자금대여', 'Self-reliance loans for people with disabilities'),
  ministry: '보건복지부',
  bureau: '장애인자립기반과',
  legalBasis: [
    t('장애인복지법', 'Act on Welfare of Persons with Disabilities'),
    t('장애인복지법 시행령', 'Enforcement Decree of the Act on Welfare of Persons with Disabilities'),
  ],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['disability', 'lowIncome'],
  provision: 'loan',
  cycle: 'once',
  summary: t(
    '저소득 장애인의 소규모 창업 및 출퇴근용 자동차 구입 비용을 장기 저리로 대여하여 생업의 기반을 다지고 편리하게 이동할 수 있도록 지원합니다.',
    'Lends low-income people with disabilities the money to start a small business or buy a car for commuting, long-term and at a low interest rate, to build a livelihood and make travel easier.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('만 19세 이상 (성년)', 'aged 19 or over (adult)'),
      v('person.age'),
      '>=',
      param('disabilitySelfRelianceLoan.minAge'),
    ),
    cmp(t('등록장애인', 'registered disability'), fact('disability'), '==', lit(true)),
    cmp(
      t('소득인정액이 기준 중위소득 50% 초과', 'income-recognized amount above 50% of the median'),
      v('household.incomeRecognized.nblss'),
      '>',
      mul(
        t('기준 중위소득 × 50%', 'median income × 50%'),
        param('median.income', { by: 'household.size' }),
        param('disabilitySelfRelianceLoan.incomeShareLower'),
      ),
    ),
    cmp(
      t('소득인정액이 기준 중위소득 100% 이하', 'income-recognized amount at most 100% of the median'),
      v('household.incomeRecognized.nblss'),
      '<=',
      mul(
        t('기준 중위소득 × 100%', 'median income × 100%'),
        param('median.income', { by: 'household.size' }),
        param('disabilitySelfRelianceLoan.incomeShareUpper'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '생업자금·생업용 자동차·출퇴근용 자동차 구입비, 취업 훈련비, 보조기구·의료비 등을 최대 연 2%로 대여. 무보증 대출 1,200만 원 이내 (연간 재산세 2만 원 이상 또는 연간 소득 600만 원 이상), 담보 대출 5,000만 원 이내, 5년 거치 5년 분할 상환. 금융기관(KB국민은행) 여신규정에 따라 대출이 거절될 수 있음',
      'Loans at up to 2% a year for a business, a car for work or commuting, job training, assistive devices or medical costs. Unsecured up to 12,000,000 (with annual property tax of 20,000+ or annual income of 6,000,000+), secured up to 50,000,000; 5 years’ grace then 5 years’ repayment. The bank (KB Kookmin) may still refuse under its lending rules',
    ),
  },
  form: {
    schema: z.object({
      purpose: z
        .enum([
          'business',
          'businessCar',
          'commuteCar',
          'training',
          'assistiveDevice',
          'officeEquipment',
          'selfDevelopment',
          'medical',
          'other',
        ])
        .meta({ label: t('대여 목적', 'purpose of the loan') }),
      requestedAmountKrw: z
        .number()
        .int()
        .min(1)
        .max(50_000_000)
        .meta({ label: t('희망 대출액 (원)', 'requested amount (KRW)') }),
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
      { id: 'loanPlan', label: t('자금 사용 계획서', 'plan for the use of the funds'), required: true },
    ],
  },
  exclusions: [],
  reviewCycle: 'onChange',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book, crawl],
  fidelity: 'summary',
  parameters,
  cases,
});
