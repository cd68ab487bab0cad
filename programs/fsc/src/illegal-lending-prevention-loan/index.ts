import {
  all,
  annualOf,
  cmp,
  defineProgram,
  judgement,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 불법사금융예방대출 (WLF00006268), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006268&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const blog: Source = {
  title: '「불법사금융예방대출」 안내 (지원 대상·대출 조건 요약)',
  url: 'https://loan.gcvo100.com/2025/05/anti-loan-sharks-emergency-loan-korea.html',
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
    'illegalLendingPrevention.incomeLimit',
    ['연소득 기준 (이하)', 'annual income limit'],
    'krw/year',
    35_000_000,
    blog,
    '2025-01-01',
    '2차 자료',
  ),
  scalar(
    'illegalLendingPrevention.creditShare',
    ['개인신용평점 기준 (하위 비율)', 'credit score limit (bottom share)'],
    'ratio',
    0.2,
    blog,
    '2025-01-01',
    '2차 자료',
  ),
  scalar(
    'illegalLendingPrevention.maxLoan',
    ['대출 한도 (1인 1회)', 'loan limit (once per person)'],
    'krw',
    1_000_000,
    blog,
    '2025-01-01',
    '2차 자료',
  ),
];

export default defineProgram({
  id: 'WLF00006268',
  version: '2026.1',
  name: t('불법사금융예방대출', 'Illegal private-lending prevention loan'),
  ministry: '금융위원회',
  bureau: '서민금융과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['lowIncome'],
  provision: 'loan',
  cycle: 'once',
  summary: t(
    '불법사금융에 노출되기 쉬운 저신용·저소득 금융취약계층의 대출수요를 정책서민금융으로 흡수하기 위해 소액의 생계비를 긴급하게 지원합니다.',
    'Provides small emergency living-cost loans to low-credit, low-income financially vulnerable people who are easily exposed to illegal private lending, bringing their borrowing into policy finance.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('연소득 3,500만 원 이하 (저소득)', 'annual income at most KRW 35,000,000 (low income)'),
      annualOf(
        t('본인 연소득 (월 소득 × 12)', 'own annual income (monthly × 12)'),
        v('person.monthlyIncome'),
      ),
      '<=',
      param('illegalLendingPrevention.incomeLimit'),
    ),
    judgement(
      t(
        '개인신용평점 하위 20% 이하 (저신용), 금융교육 이수',
        'credit score in the bottom 20% (low credit), and the required financial education completed',
      ),
      t(
        '개인신용평점 (신용평가회사), 금융교육 수료',
        'credit score (credit bureau) and education certificate',
      ),
    ),
  ),
  benefit: {
    description: t(
      '소액 생계비 긴급 대출 (2차 자료: 1인 1회 최대 100만 원)',
      'Small emergency living-cost loan (secondary source: up to KRW 1,000,000, once per person)',
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
  sources: [catalogue, blog],
  fidelity: 'summary',
  parameters,
  cases,
});
