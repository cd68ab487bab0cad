import {
  all,
  annualOf,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
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
  title: '복지로 주거안정 월세대출 보증 (WLF00001079), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001079&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「주거안정 월세대출(순수 월세 대출 시)」',
  status: 'official',
};
const booklet1: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「일반월세자금보증」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'rentLoanGuarantee.depositCap',
    label: t('임차보증금 기준 (이하)', 'deposit limit'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 100_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'rentLoanGuarantee.rentCap',
    label: t('월세 기준 (이하)', 'monthly rent limit'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 600_000 }, sources: [booklet0] }],
  },
  {
    id: 'rentLoanGuarantee.netAssetCap',
    label: t('부부합산 순자산가액 기준 (이하)', 'net asset limit (couple)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 345_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'rentLoanGuarantee.incomeLimit',
    label: t('일반형 부부합산 연소득 기준 (이하)', 'general type: couple’s annual income limit'),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 50_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'rentLoanGuarantee.monthlyLoan',
    label: t('월세 대출 (월 최대)', 'rent loan (monthly maximum)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 600_000 }, sources: [booklet0] }],
  },
  {
    id: 'rentLoanGuarantee.totalLoan',
    label: t('월세 대출 (2년 최대)', 'rent loan (2-year maximum)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 14_400_000 }, sources: [booklet0] }],
  },
  {
    id: 'rentLoanGuarantee.guaranteeShare',
    label: t('대출금액 대비 신용보증 비율', 'share of the loan guaranteed'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.8 }, sources: [booklet1] }],
  },
];

export default defineProgram({
  id: 'WLF00001079',
  version: '2026.1',
  name: t('주거안정 월세대출 보증', 'Credit guarantee for housing-stability monthly rent loans'),
  ministry: '금융위원회',
  bureau: '금융정책과',
  legalBasis: [],
  target: 'household',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'other',
  cycle: 'once',
  summary: t(
    '자력은 부족하지만 장래 소득발생이 예상되고 자활의지가 있는 저소득 계층의 주거안정을 위해 월세대출을 보증합니다.',
    'Guarantees monthly-rent loans for the housing stability of low-income people who lack means now but are expected to earn and want to become self-reliant.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('월세 거주', 'renting monthly'),
      v('household.tenure'),
      '==',
      lit('monthlyRent', t('월세', 'monthly rent')),
    ),
    cmp(
      t('임차보증금 1억 원 이하', 'deposit at most 100,000,000'),
      v('household.deposit'),
      '<=',
      param('rentLoanGuarantee.depositCap'),
    ),
    cmp(
      t('월세 60만 원 이하', 'monthly rent at most 600,000'),
      v('household.monthlyRent'),
      '<=',
      param('rentLoanGuarantee.rentCap'),
    ),
    noMember(
      t('무주택 세대 (주택을 소유한 가구원이 없음)', 'no member owns a home'),
      cmp(t('주택 소유', 'owns a home'), fact('homeOwner'), '==', lit(true)),
    ),
    any(
      t('부부합산 순자산가액 3억 4,500만 원 이하', 'the couple’s net assets at most 345,000,000'),
      cmp(
        t(
          '가구 순재산 3억 4,500만 원 이하 (부부합산 순자산은 가구 순재산 이하)',
          'household net assets at most 345,000,000 (the couple’s cannot exceed it)',
        ),
        v('household.netAssets'),
        '<=',
        param('rentLoanGuarantee.netAssetCap'),
      ),
      judgement(
        t(
          '부부합산 순자산가액 확인 (가구 순재산에 부부 외 가구원 재산 포함)',
          'the couple’s own net assets (household assets include other members’)',
        ),
        t('부부 재산·부채 증빙 (수탁은행)', 'proof of the couple’s assets and debts (lending bank)'),
      ),
    ),
    any(
      t(
        '일반형(부부합산 연소득 5,000만 원 이하) 또는 우대형',
        'general type (couple’s annual income at most 50,000,000) or preferential type',
      ),
      cmp(
        t(
          '가구 연소득 5,000만 원 이하 (부부합산 소득은 가구 소득 이하)',
          'household annual income at most 50,000,000 (the couple’s income cannot exceed it)',
        ),
        annualOf(
          t('가구 연소득 (가구 월 소득 × 12)', 'household annual income (monthly income × 12)'),
          v('household.monthlyIncome'),
        ),
        '<=',
        param('rentLoanGuarantee.incomeLimit'),
      ),
      cmp(
        t('주거급여 수급 가구 (우대형)', 'household receives the housing benefit (preferential type)'),
        receives(
          'WLF00003201',
          t('주거급여 수급 가구 (우대형)', 'household receives the housing benefit (preferential type)'),
        ),
        '==',
        lit(true),
      ),
      judgement(
        t(
          '부부합산 연소득 확인, 또는 우대형(무소득 취업준비생·취업 5년 내 사회초년생·희망저축(키움)통장 가입자·근로·자녀장려금 수급자) 해당',
          'the couple’s own income, or a preferential group (job-seekers without income, new workers within 5 years, Hope Savings holders, EITC or child tax credit recipients)',
        ),
        t(
          '부부 소득 증빙 또는 우대형 자격 서류 (수탁은행)',
          'proof of the couple’s income or preferential status (lending bank)',
        ),
      ),
    ),
    judgement(
      t('전용면적 85㎡(읍·면 지역 100㎡) 이하 주택', 'a home of at most 85㎡ (100㎡ in towns and townships)'),
      t('임대차계약서상 전용면적', 'floor area in the lease'),
    ),
  ),
  benefit: {
    description: t(
      '월세자금을 저금리(우대형 1.3%, 일반형 1.8%)로 매월 60만 원까지 2년간 최대 1,440만 원 대출, 한국주택금융공사가 대출금액의 80% 신용보증 (보증료 연 0.02%)',
      'Rent loans at low interest (1.3% preferential, 1.8% general) of up to 600,000 a month for 2 years (14,400,000 at most), with 80% of the loan guaranteed by the Korea Housing Finance Corporation (fee 0.02% a year)',
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
  sources: [catalogue, booklet0, booklet1],
  fidelity: 'summary',
  dependsOn: ['WLF00003201'],
  parameters: parameters,
  cases,
});
