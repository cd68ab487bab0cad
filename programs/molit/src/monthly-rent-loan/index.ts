import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  mul,
  noMember,
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
  title: '복지로 주거안정 월세대출 (WLF00001063), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001063&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「주거안정 월세대출(순수 월세 대출 시)」',
  status: 'official',
};

const noHomeOwner = () =>
  noMember(
    t('무주택 세대 (세대원 중 주택 소유자 없음)', 'no member owns a home'),
    cmp(t('주택 소유', 'owns a home'), fact('homeOwner'), '==', lit(true)),
  );

/** Annual household income, from the monthly records (× 12 months). */
const annualIncome = () =>
  mul(
    t('가구 연 소득 (월 소득 × 12개월)', 'household annual income (monthly × 12)'),
    v('household.monthlyIncome'),
    lit(12, t('12개월', '12 months')),
  );

const parameters: ParameterDefinition[] = [
  {
    id: 'monthlyRentLoan.depositLimit',
    label: { ko: '임차보증금 한도 (이하)', en: 'deposit limit (at most)' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 100000000 }, sources: [booklet] }],
  },
  {
    id: 'monthlyRentLoan.rentLimit',
    label: { ko: '월세 한도 (이하)', en: 'monthly rent limit (at most)' },
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 600000 }, sources: [booklet] }],
  },
  {
    id: 'monthlyRentLoan.netAssetLimit',
    label: { ko: '부부합산 순자산가액 기준 (이하)', en: 'couple’s net assets (at most)' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 345000000 }, sources: [booklet] }],
  },
  {
    id: 'monthlyRentLoan.generalIncomeLimit',
    label: { ko: '일반형 부부합산 연소득 기준 (이하)', en: 'general type: couple’s annual income (at most)' },
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 50000000 }, sources: [booklet] }],
  },
  {
    id: 'monthlyRentLoan.youthMaxAge',
    label: {
      ko: '우대형 취업준비생·사회초년생 연령 (만 나이 이하)',
      en: 'preferential type: job-seekers and new workers (age at most)',
    },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 35 }, sources: [booklet] }],
  },
  {
    id: 'monthlyRentLoan.jobSeekerParentIncome',
    label: {
      ko: '우대형 취업준비생 부모 연소득 기준 (이하)',
      en: 'preferential job-seeker: parents’ annual income (at most)',
    },
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 60000000 }, sources: [booklet] }],
  },
  {
    id: 'monthlyRentLoan.earlyCareerIncome',
    label: {
      ko: '우대형 사회초년생 부부합산 연소득 기준 (이하)',
      en: 'preferential new worker: couple’s annual income (at most)',
    },
    unit: 'krw/year',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 40000000 },
        sources: [booklet],
        note: '취업 5년 이내',
      },
    ],
  },
  {
    id: 'monthlyRentLoan.preferentialRate',
    label: { ko: '우대형 금리 (연)', en: 'preferential interest rate (annual)' },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.013 }, sources: [booklet] }],
  },
  {
    id: 'monthlyRentLoan.generalRate',
    label: { ko: '일반형 금리 (연)', en: 'general interest rate (annual)' },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.018 }, sources: [booklet] }],
  },
  {
    id: 'monthlyRentLoan.monthlyLoan',
    label: { ko: '월 대출 한도', en: 'monthly loan limit' },
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 600000 }, sources: [booklet] }],
  },
  {
    id: 'monthlyRentLoan.maxLoan',
    label: { ko: '총 대출 한도 (2년)', en: 'total loan limit (2 years)' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 14400000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00001063',
  version: '2026.1',
  name: t('주거안정 월세대출', 'Monthly Rent Loan for Housing Stability'),
  ministry: '국토교통부',
  bureau: '주택기금과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'loan',
  cycle: 'monthly',
  summary: t(
    '월세부담이 큰 사회초년생 등의 주택월세자금 융자를 통해 주거안정을 지원합니다.',
    'Supports the housing stability of people with heavy rent burdens, such as young people starting work, with loans for monthly rent.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('임차보증금 1억원 이하', 'deposit at most 100,000,000'),
      v('household.deposit'),
      '<=',
      param('monthlyRentLoan.depositLimit'),
    ),
    cmp(
      t('월세 60만원 이하', 'monthly rent at most 600,000'),
      v('household.monthlyRent'),
      '<=',
      param('monthlyRentLoan.rentLimit'),
    ),
    cmp(
      t(
        '순자산 3억 4,500만원 이하 (가구 순자산으로 판단)',
        'net assets at most 345,000,000 (household net assets)',
      ),
      v('household.netAssets'),
      '<=',
      param('monthlyRentLoan.netAssetLimit'),
    ),
    noHomeOwner(),
    any(
      t('우대형 또는 일반형 소득 요건', 'income requirement (preferential or general type)'),
      cmp(
        t('주거급여 수급자 (우대형)', 'housing benefit recipient (preferential)'),
        receives('WLF00003201', t('주거급여 수급', 'housing benefit recipient')),
        '==',
        lit(true),
      ),
      cmp(
        t('근로·자녀장려금 수급자 (우대형)', 'EITC or child tax credit recipient (preferential)'),
        receives('WLF00001148', t('근로·자녀장려금 수급', 'EITC recipient')),
        '==',
        lit(true),
      ),
      cmp(
        t(
          '연소득 5,000만원 이하 (일반형; 가구 소득으로 판단)',
          'annual income at most 50,000,000 (general type; household income)',
        ),
        annualIncome(),
        '<=',
        param('monthlyRentLoan.generalIncomeLimit'),
      ),
    ),
    judgement(
      t(
        '전용면적 85㎡(읍·면 100㎡) 이하 주택 월세계약',
        'a monthly-rent lease on a home of at most 85 m² (100 m² in towns and townships)',
      ),
      t('임대차계약서 (전용면적)', 'the lease (floor area)'),
    ),
  ),
  benefit: {
    description: t(
      '월세자금을 매월 600,000원까지 2년간 최대 14,400,000원 대출 (우대형 연 1.3%, 일반형 연 1.8%)',
      'Rent loans of up to 600,000 a month for 2 years, at most 14,400,000 (1.3% preferential, 1.8% general)',
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
  sources: [catalogue, booklet],
  fidelity: 'summary',
  dependsOn: ['WLF00001148', 'WLF00003201'],
  parameters: parameters,
  cases,
});
