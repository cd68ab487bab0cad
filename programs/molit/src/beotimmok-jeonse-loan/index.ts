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
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 버팀목전세자금대출 (WLF00003222), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003222&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「버팀목 전세자금 대출(전·월세 보증금 대출 시)」',
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
    id: 'beotimmokJeonseLoan.minAge',
    label: { ko: '대출 연령 (만 나이, 이상)', en: 'minimum age (full years, inclusive)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 19 }, sources: [booklet] }],
  },
  {
    id: 'beotimmokJeonseLoan.incomeLimit',
    label: { ko: '부부합산 연소득 기준 (이하)', en: 'couple’s annual income (at most)' },
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 50000000 }, sources: [booklet] }],
  },
  {
    id: 'beotimmokJeonseLoan.multiChildIncomeLimit',
    label: {
      ko: '2자녀 이상 가구 등 연소득 기준 (이하)',
      en: 'annual income for families with 2+ children and similar (at most)',
    },
    unit: 'krw/year',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 60000000 },
        sources: [booklet],
        note: '혁신도시 이전 공공기관 종사자, 재개발구역 이주자 포함',
      },
    ],
  },
  {
    id: 'beotimmokJeonseLoan.newlywedIncomeLimit',
    label: { ko: '신혼부부 연소득 기준 (이하)', en: 'annual income for newlyweds (at most)' },
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 75000000 }, sources: [booklet] }],
  },
  {
    id: 'beotimmokJeonseLoan.multiChildCount',
    label: { ko: '다자녀 기준 자녀 수 (이상)', en: 'children for the multi-child limits (minimum)' },
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2 }, sources: [booklet] }],
  },
  {
    id: 'beotimmokJeonseLoan.netAssetLimit',
    label: { ko: '순자산가액 기준 (이하)', en: 'net assets (at most)' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 345000000 }, sources: [booklet] }],
  },
  {
    id: 'beotimmokJeonseLoan.depositLimitCapital',
    label: { ko: '전세보증금 한도 (수도권)', en: 'jeonse deposit limit (capital region)' },
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 300000000 },
        sources: [booklet],
        note: '2자녀 이상 4억 원',
      },
    ],
  },
  {
    id: 'beotimmokJeonseLoan.depositLimitOther',
    label: { ko: '전세보증금 한도 (지방)', en: 'jeonse deposit limit (elsewhere)' },
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 200000000 },
        sources: [booklet],
        note: '2자녀 이상 3억 원',
      },
    ],
  },
  {
    id: 'beotimmokJeonseLoan.loanShare',
    label: { ko: '대출 비율 (전세보증금 대비)', en: 'loan share of the deposit' },
    unit: 'ratio',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 0.7 },
        sources: [booklet],
        note: '신혼부부·2자녀 이상 80%',
      },
    ],
  },
  {
    id: 'beotimmokJeonseLoan.maxLoanCapital',
    label: { ko: '대출 한도 (수도권)', en: 'loan limit (capital region)' },
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 120000000 },
        sources: [booklet],
        note: '신혼부부·2자녀 이상 3억 원',
      },
    ],
  },
  {
    id: 'beotimmokJeonseLoan.maxLoanOther',
    label: { ko: '대출 한도 (지방)', en: 'loan limit (elsewhere)' },
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 80000000 },
        sources: [booklet],
        note: '신혼부부·2자녀 이상 2억 원',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00003222',
  version: '2026.1',
  name: t('버팀목전세자금대출', 'Beotimmok Jeonse Deposit Loan'),
  ministry: '국토교통부',
  bureau: '주택기금과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['multicultural', 'multiChild', 'disability', 'lowIncome', 'singleParent'],
  provision: 'loan',
  cycle: 'once',
  summary: t(
    '무주택세대주의 주택전세자금 융자를 통해 주거안정을 지원합니다.',
    'Supports the housing stability of heads of household without a home with loans for jeonse deposits.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 19세 이상', 'aged 19 or over'), v('person.age'), '>=', param('beotimmokJeonseLoan.minAge')),
    cmp(t('세대주', 'head of household'), v('person.relation'), '==', lit('head', t('세대주', 'head'))),
    noHomeOwner(),
    cmp(
      t(
        '순자산 3.45억원 이하 (가구 순자산으로 판단)',
        'net assets at most 345,000,000 (household net assets)',
      ),
      v('household.netAssets'),
      '<=',
      param('beotimmokJeonseLoan.netAssetLimit'),
    ),
    any(
      t('부부합산 연소득 기준 (가구 소득으로 판단)', 'couple’s annual income (household income)'),
      cmp(
        t('연소득 5,000만원 이하', 'annual income at most 50,000,000'),
        annualIncome(),
        '<=',
        param('beotimmokJeonseLoan.incomeLimit'),
      ),
      all(
        t('2자녀 이상 가구: 6,000만원 이하', 'two or more children: at most 60,000,000'),
        {
          type: 'count',
          label: t('자녀 2명 이상', 'two or more children'),
          where: cmp(t('자녀', 'child'), v('person.relation'), '==', lit('child', t('자녀', 'child'))),
          op: '>=',
          right: param('beotimmokJeonseLoan.multiChildCount'),
        },
        cmp(
          t('연소득 6,000만원 이하', 'annual income at most 60,000,000'),
          annualIncome(),
          '<=',
          param('beotimmokJeonseLoan.multiChildIncomeLimit'),
        ),
      ),
      all(
        t('신혼부부: 7,500만원 이하', 'newlyweds: at most 75,000,000'),
        cmp(t('배우자 동거', 'lives with a spouse'), v('person.hasSpouse'), '==', lit(true)),
        cmp(
          t('연소득 7,500만원 이하', 'annual income at most 75,000,000'),
          annualIncome(),
          '<=',
          param('beotimmokJeonseLoan.newlywedIncomeLimit'),
        ),
        judgement(
          t('신혼부부 요건 (혼인 기간)', 'newlywed status (length of marriage)'),
          t('혼인신고일', 'date of marriage registration'),
        ),
      ),
    ),
    judgement(
      t(
        '전용면적 85㎡(읍·면 100㎡) 이하, 전세보증금 수도권 3억·지방 2억원 이하 (2자녀 이상 4억·3억원) 주택 전세계약',
        'a jeonse lease on a home of at most 85 m² (100 m² in towns) with a deposit of at most 300,000,000 in the capital region or 200,000,000 elsewhere (400,000,000 / 300,000,000 with 2+ children)',
      ),
      t('임대차계약서 (전용면적·보증금)', 'the lease (floor area and deposit)'),
    ),
  ),
  benefit: {
    description: t(
      '전세보증금 70% 이내 최대 80,000,000원(수도권 120,000,000원)을 연 2.1~2.9%로 대출. 신혼부부·2자녀 이상 가구는 보증금 80% 이내 최대 200,000,000원(수도권 300,000,000원)',
      'Loans of up to 70% of the deposit, at most 80,000,000 (120,000,000 in the capital region), at 2.1–2.9%. Newlyweds and families with 2+ children: up to 80%, at most 200,000,000 (300,000,000 in the capital region)',
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
