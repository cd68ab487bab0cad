import {
  all,
  cmp,
  defineProgram,
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
  title: '복지로 청년미래적금 (WLF00006266), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006266&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const blog: Source = {
  title: '크리에이터시프트 금융 「2026년 청년 미래적금 가입조건」 (가입 요건 요약)',
  url: 'https://finance.creatorshift.co.kr/tag/%ea%b8%88%ec%9c%b5%ed%98%9c%ed%83%9d',
  status: 'secondary',
};
const scalar = (
  id: string,
  label: [string, string],
  unit: ParameterDefinition['unit'],
  value: number,
  source: Source,
  from = '2024-01-01',
  note?: string,
): ParameterDefinition => ({
  id,
  label: t(label[0], label[1]),
  unit,
  versions: [{ from, value: { type: 'scalar', value }, sources: [source], ...(note ? { note } : {}) }],
});

const parameters: ParameterDefinition[] = [
  scalar(
    'youthFutureSavings.minAge',
    ['가입 최저 연령 (만)', 'minimum age'],
    'years',
    19,
    blog,
    '2026-06-01',
    '2차 자료: 만 19~34세 청년',
  ),
  scalar(
    'youthFutureSavings.maxAge',
    ['가입 최고 연령 (만, 이하)', 'maximum age'],
    'years',
    34,
    blog,
    '2026-06-01',
    '2차 자료: 만 19~34세 청년',
  ),
  scalar(
    'youthFutureSavings.personalIncomeLimit',
    ['개인소득 기준 (연, 이하)', 'personal income limit (annual)'],
    'krw/year',
    60_000_000,
    blog,
    '2026-06-01',
    '2차 자료',
  ),
  scalar(
    'youthFutureSavings.incomeShare',
    ['가구소득 기준 (기준 중위소득 대비, 이하)', 'household income limit (share of the median)'],
    'ratio',
    2,
    blog,
    '2026-06-01',
    '2차 자료: 가구 중위소득 200% 이하',
  ),
  scalar(
    'youthFutureSavings.monthlyCap',
    ['월 납입 한도', 'monthly deposit cap'],
    'krw/month',
    500_000,
    catalogue,
    '2026-06-01',
  ),
  scalar('youthFutureSavings.termYears', ['만기', 'term'], 'years', 3, catalogue, '2026-06-01'),
  scalar(
    'youthFutureSavings.contributionGeneral',
    ['정부기여금 비율 (일반형)', 'government contribution rate (general)'],
    'ratio',
    0.06,
    blog,
    '2026-06-01',
    '2차 자료: 6~12%',
  ),
  scalar(
    'youthFutureSavings.contributionPreferred',
    ['정부기여금 비율 (우대형)', 'government contribution rate (preferred)'],
    'ratio',
    0.12,
    blog,
    '2026-06-01',
    '2차 자료: 우대형 12%',
  ),
];

export default defineProgram({
  id: 'WLF00006266',
  version: '2026.1',
  name: t('청년미래적금', 'Youth Future Savings'),
  ministry: '금융위원회',
  bureau: '청년정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth'],
  situations: [],
  provision: 'other',
  cycle: 'monthly',
  summary: t(
    '청년의 중장기 자산형성 지원을 위한 정책형 금융상품으로, 만기 3년 동안 매월 50만원 한도 내에서 자유롭게 납입 가능한 정부지원형 적금 상품입니다. 2026년 6월 예정',
    'A policy savings product for young people’s medium- to long-term asset building: a government-supported instalment savings account over a three-year term with free deposits of up to KRW 500,000 a month (planned from June 2026).',
  ),
  criteria: all(
    undefined,
    cmp(t('만 19세 이상', 'aged 19 or over'), v('person.age'), '>=', param('youthFutureSavings.minAge')),
    cmp(t('만 34세 이하', 'aged 34 or under'), v('person.age'), '<=', param('youthFutureSavings.maxAge')),
    cmp(
      t('개인소득 연 6,000만 원 이하', 'personal income at most KRW 60,000,000 a year'),
      mul(
        t('본인 연소득 (월 소득 × 12)', 'own annual income (monthly × 12)'),
        v('person.monthlyIncome'),
        lit(12, t('12개월', '12 months')),
      ),
      '<=',
      param('youthFutureSavings.personalIncomeLimit'),
    ),
    cmp(
      t('가구소득 기준 중위소득 200% 이하', 'household income at most 200% of the median'),
      v('household.monthlyIncome'),
      '<=',
      mul(
        t('기준 중위소득의 200%', '200% of the median income'),
        param('median.income', { by: 'household.size' }),
        param('youthFutureSavings.incomeShare'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '만기 3년, 매월 50만 원 한도 내 자유 납입 적금에 정부기여금 지급 (2차 자료: 일반형 6%·우대형 12%); 2026년 6월 출시 예정',
      'A three-year instalment savings account with free deposits of up to KRW 500,000 a month plus a government contribution (secondary source: 6% general, 12% preferred); launch planned for June 2026',
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
  effective: { from: '2026-06-01' },
  sources: [catalogue, blog],
  fidelity: 'summary',
  parameters,
  cases,
});
