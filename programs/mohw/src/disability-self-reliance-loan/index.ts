import {
  all,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 장애인자립자금대여 (WLF00000026) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000026&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const scalar = (value: number) => ({ type: 'scalar' as const, value });
const byKey = (values: Record<string, number>) => ({ type: 'byKey' as const, values });

const parameters: ParameterDefinition[] = [
  {
    id: 'disabilitySelfRelianceLoan.minAge',
    label: t('대상 연령 하한 (만 나이 이상)', 'minimum age (full years)'),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(19), sources: [bokjiro] }],
  },
  {
    id: 'disabilitySelfRelianceLoan.loanLimit',
    label: t('대여한도 (가구당)', 'loan limit (per household)'),
    unit: 'krw',
    versions: [
      {
        from: '2026-01-01',
        value: byKey({ unsecured: 12000000, unsecuredEquippedCar: 15000000, secured: 50000000 }),
        sources: [bokjiro],
        note: '무보증 1,200만원 이내 (특수설비 부착 자동차 구입 1,500만원 이내), 담보 5,000만원 이하 (담보범위 내)',
      },
    ],
  },
  {
    id: 'disabilitySelfRelianceLoan.unsecuredExistingDebtMax',
    label: t('무보증대출 요건: 기존 대출금 (이하)', 'unsecured loan: existing loans at most'),
    unit: 'krw',
    versions: [{ from: '2026-01-01', value: scalar(20000000), sources: [bokjiro] }],
  },
  {
    id: 'disabilitySelfRelianceLoan.unsecuredRequirement',
    label: t(
      '무보증대출 요건: 연간 재산세 또는 연간 소득 (이상)',
      'unsecured loan: annual property tax or annual income at least',
    ),
    unit: 'krw/year',
    versions: [
      { from: '2026-01-01', value: byKey({ propertyTax: 20000, income: 6000000 }), sources: [bokjiro] },
    ],
  },
  {
    id: 'disabilitySelfRelianceLoan.interestRate',
    label: t('대여이자 (고정금리, 연)', 'interest rate (fixed, annual)'),
    unit: 'ratio',
    versions: [
      { from: '2026-01-01', value: scalar(0.02), sources: [bokjiro], note: "'21년 4월 이전 대여분 3%" },
    ],
  },
  {
    id: 'disabilitySelfRelianceLoan.repaymentYears',
    label: t('상환방법 (거치·분할상환 기간, 년)', 'repayment (grace and instalment years)'),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: byKey({ grace: 5, instalment: 5 }), sources: [bokjiro] }],
  },
];

export default defineProgram({
  id: 'WLF00000026',
  version: '2026.1',
  name: t('장애인자립자금대여', 'Self-reliance loans for people with disabilities'),
  ministry: '보건복지부',
  bureau: '장애인자립기반과',
  legalBasis: [
    t('장애인복지법 시행령', 'Enforcement Decree of the Act on Welfare of Persons with Disabilities'),
    t('장애인복지법', 'Act on Welfare of Persons with Disabilities'),
  ],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['disability', 'lowIncome'],
  provision: 'loan',
  cycle: 'once',
  summary: t(
    '가구 소득인정액이 기준 중위소득 50% 초과 100% 이하인 만 19세 이상 등록장애인에게 생업자금·자동차 구입비·취업 훈련비·보조기기·의료비 등을 고정금리 연 2%로 대여합니다 (무보증 1,200만원, 담보 5,000만원 이내, 5년 거치 5년 분할상환). 본인·보증인이 여신 취급제한자이면 대여할 수 없습니다.',
    'Registered disabled people aged 19+ whose household income-recognized amount is above 50% and at most 100% of the median can borrow for a business, a car, job training, assistive devices or medical costs at a fixed 2% a year (unsecured up to 12,000,000, secured up to 50,000,000; 5 years’ grace, 5 years’ repayment). Not if the applicant or guarantor is barred from credit.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('만 19세 이상', 'aged 19 or over'),
      v('person.age'),
      '>=',
      param('disabilitySelfRelianceLoan.minAge'),
    ),
    cmp(
      t('「장애인복지법」상 등록장애인', 'registered disabled person'),
      fact('disability'),
      '==',
      lit(true),
    ),
    cmp(
      t(
        '가구 소득인정액이 기준 중위소득 50% 초과 (50% 이하는 미소금융 장애인대출)',
        'household income-recognized amount above 50% of the median (at or below: the microfinance disability loan)',
      ),
      v('household.incomeRecognized.nblss'),
      '>',
      param('nblss.threshold.education', { by: 'household.size' }),
    ),
    cmp(
      t(
        '가구 소득인정액이 기준 중위소득 100% 이하',
        'household income-recognized amount at most 100% of the median',
      ),
      v('household.incomeRecognized.nblss'),
      '<=',
      param('median.income', { by: 'household.size' }),
    ),
    judgement(
      t(
        '대여희망자·보증인이 여신 취급제한자가 아니고 금융기관 여신규정 충족',
        'neither applicant nor guarantor is barred from credit, and the bank’s lending rules are met',
      ),
      t(
        '금융채무불이행·신용회복·개인회생·파산·면책 여부와 신용등급·보증인 요건 (대여기관 국민은행 심사)',
        'default, credit recovery, rehabilitation, bankruptcy or discharge, credit grade and guarantor (KB Kookmin Bank review)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '생업자금, 생업용·출퇴근용 자동차 구입비, 취업 기술훈련비, 장애인보조기기 구입비, 자기개발 훈련비, 의료비 등 대여 (생활가계·주택전세·학자금 불가). 무보증대출 가구당 12,000,000원 이내 (특수설비 부착 자동차 15,000,000원; 기존 대출금 20,000,000원 이하이고 연간 재산세 20,000원 이상 또는 연간소득 6,000,000원 이상), 담보대출 50,000,000원 이하. 고정금리 연 2% (2021년 4월 이전 3%), 국민은행 지점, 5년 거치 5년 분할 상환. 자동차는 구입 전에 신청해야 함',
      'Loans for a business, a car for work or commuting, job training, assistive devices, self-development training or medical costs (not living costs, housing deposits or tuition). Unsecured up to 12,000,000 per household (15,000,000 for a car with special equipment; existing loans at most 20,000,000 and annual property tax of 20,000+ or annual income of 6,000,000+), secured up to 50,000,000. Fixed 2% a year (3% before April 2021), at KB Kookmin Bank branches, 5 years’ grace then 5 years’ repayment. Apply before buying a car',
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
      { id: 'incomeAssets', label: t('소득·재산 신고서', 'income and assets declaration'), required: true },
    ],
  },
  exclusions: [],
  reviewCycle: 'onChange',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  parameters,
  cases,
});
