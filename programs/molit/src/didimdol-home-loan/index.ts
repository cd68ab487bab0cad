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
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 내집마련 디딤돌 대출 (WLF00003271), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003271&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「내집 마련 디딤돌대출(주택구입 시)」',
  status: 'official',
};

const noHomeOwner = () =>
  noMember(
    t('무주택 세대 (세대원 중 주택 소유자 없음)', 'no member owns a home'),
    cmp(t('주택 소유', 'owns a home'), fact('homeOwner'), '==', lit(true)),
  );

/** Annual household income, from the monthly records (× 12 months). */
const annualIncome = () =>
  annualOf(
    t('가구 연 소득 (월 소득 × 12개월)', 'household annual income (monthly × 12)'),
    v('household.monthlyIncome'),
  );

const parameters: ParameterDefinition[] = [
  {
    id: 'didimdolHomeLoan.incomeLimit',
    label: { ko: '부부합산 연소득 기준 (이하)', en: 'couple’s annual income (at most)' },
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 60000000 }, sources: [booklet] }],
  },
  {
    id: 'didimdolHomeLoan.firstHomeIncomeLimit',
    label: {
      ko: '생애최초 주택구입자·2자녀 이상 가구 연소득 기준 (이하)',
      en: 'annual income for first-time buyers and families with 2+ children (at most)',
    },
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 70000000 }, sources: [booklet] }],
  },
  {
    id: 'didimdolHomeLoan.newlywedIncomeLimit',
    label: { ko: '신혼가구 연소득 기준 (이하)', en: 'annual income for newlyweds (at most)' },
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 85000000 }, sources: [booklet] }],
  },
  {
    id: 'didimdolHomeLoan.multiChildCount',
    label: { ko: '다자녀 기준 자녀 수 (이상)', en: 'children for the multi-child limits (minimum)' },
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2 }, sources: [booklet] }],
  },
  {
    id: 'didimdolHomeLoan.netAssetLimit',
    label: { ko: '순자산가액 기준 (이하)', en: 'net assets (at most)' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 469000000 }, sources: [booklet] }],
  },
  {
    id: 'didimdolHomeLoan.houseValueLimit',
    label: { ko: '대상 주택가격 (이하)', en: 'home price (at most)' },
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 500000000 },
        sources: [booklet],
        note: '신혼부부·2자녀 가구 6억 원',
      },
    ],
  },
  {
    id: 'didimdolHomeLoan.maxLoan',
    label: { ko: '대출 한도', en: 'loan limit' },
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 250000000 },
        sources: [booklet],
        note: '신혼부부·2자녀 가구 4억 원',
      },
    ],
  },
  {
    id: 'didimdolHomeLoan.minRate',
    label: { ko: '금리 (연, 최저)', en: 'interest rate (annual, lowest)' },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.0245 }, sources: [booklet] }],
  },
  {
    id: 'didimdolHomeLoan.maxRate',
    label: { ko: '금리 (연, 최고)', en: 'interest rate (annual, highest)' },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.0355 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003271',
  version: '2026.1',
  name: t('내집마련 디딤돌 대출', 'Didimdol Home Purchase Loan'),
  ministry: '국토교통부',
  bureau: '주택기금과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['multiChild'],
  provision: 'loan',
  cycle: 'once',
  summary: t(
    '무주택 세대주가 주택구입 자금을 빌릴 수 있도록 지원하여 주거 안정을 돕습니다.',
    'Helps heads of household without a home borrow to buy one, for housing stability.',
  ),
  criteria: all(
    undefined,
    cmp(t('세대주', 'head of household'), v('person.relation'), '==', lit('head', t('세대주', 'head'))),
    noHomeOwner(),
    cmp(
      t(
        '순자산 4.69억원 이하 (가구 순자산으로 판단)',
        'net assets at most 469,000,000 (household net assets)',
      ),
      v('household.netAssets'),
      '<=',
      param('didimdolHomeLoan.netAssetLimit'),
    ),
    any(
      t('부부합산 연소득 기준 (가구 소득으로 판단)', 'couple’s annual income (household income)'),
      cmp(
        t('연소득 6,000만원 이하', 'annual income at most 60,000,000'),
        annualIncome(),
        '<=',
        param('didimdolHomeLoan.incomeLimit'),
      ),
      all(
        t('2자녀 이상 가구: 7,000만원 이하', 'two or more children: at most 70,000,000'),
        {
          type: 'count',
          label: t('자녀 2명 이상', 'two or more children'),
          where: cmp(t('자녀', 'child'), v('person.relation'), '==', lit('child', t('자녀', 'child'))),
          op: '>=',
          right: param('didimdolHomeLoan.multiChildCount'),
        },
        cmp(
          t('연소득 7,000만원 이하', 'annual income at most 70,000,000'),
          annualIncome(),
          '<=',
          param('didimdolHomeLoan.firstHomeIncomeLimit'),
        ),
      ),
      all(
        t('생애최초 주택구입자: 7,000만원 이하', 'first-time buyer: at most 70,000,000'),
        cmp(
          t('연소득 7,000만원 이하', 'annual income at most 70,000,000'),
          annualIncome(),
          '<=',
          param('didimdolHomeLoan.firstHomeIncomeLimit'),
        ),
        judgement(
          t('생애최초 주택구입자', 'first-time home buyer'),
          t('주택 소유 이력', 'home-ownership history'),
        ),
      ),
      all(
        t('신혼가구: 8,500만원 이하', 'newlyweds: at most 85,000,000'),
        cmp(t('배우자 동거', 'lives with a spouse'), v('person.hasSpouse'), '==', lit(true)),
        cmp(
          t('연소득 8,500만원 이하', 'annual income at most 85,000,000'),
          annualIncome(),
          '<=',
          param('didimdolHomeLoan.newlywedIncomeLimit'),
        ),
        judgement(
          t('신혼가구 요건 (혼인 기간)', 'newlywed status (length of marriage)'),
          t('혼인신고일', 'date of marriage registration'),
        ),
      ),
    ),
    judgement(
      t(
        '전용면적 85㎡(읍·면 100㎡) 이하, 5억원(신혼부부·2자녀 가구 6억원) 이하 주택 구입',
        'buying a home of at most 85 m² (100 m² in towns) priced at most 500,000,000 (600,000,000 for newlyweds and 2-child families)',
      ),
      t('매매계약서 (전용면적·주택가격)', 'the sale contract (floor area and price)'),
    ),
  ),
  benefit: {
    description: t(
      '주택 구입자금을 최대 250,000,000원(신혼부부·2자녀 가구 400,000,000원)까지 소득별 연 2.45~3.55%로 대출 (상환기간 10·15·20·30년)',
      'Home-purchase loans of up to 250,000,000 (400,000,000 for newlyweds and 2-child families) at 2.45–3.55% by income, over 10, 15, 20 or 30 years',
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
  parameters: parameters,
  cases,
});
