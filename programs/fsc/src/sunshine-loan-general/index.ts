import {
  all,
  annualOf,
  any,
  cmp,
  defineProgram,
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

const catalogue: Source = {
  title: '복지로 햇살론일반 (WLF00006274), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006274&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = { title: '2024 나에게 힘이 되는 복지서비스 「햇살론15」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'sunshineGeneral.incomeLimit',
    label: t('연소득 기준 (신용평점 무관, 이하)', 'annual income limit (any credit score)'),
    unit: 'krw/year',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 35_000_000 },
        sources: [booklet0],
        note: '2024 책자의 「햇살론15」(햇살론일반의 이전 명칭) 기준',
      },
    ],
  },
  {
    id: 'sunshineGeneral.incomeLimitLowCredit',
    label: t('연소득 기준 (신용평점 하위 20%, 이하)', 'annual income limit with a bottom-20% credit score'),
    unit: 'krw/year',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 45_000_000 },
        sources: [booklet0],
        note: '2024 책자의 「햇살론15」 기준',
      },
    ],
  },
  {
    id: 'sunshineGeneral.creditPercentile',
    label: t('개인신용평점 기준 (하위 비율)', 'credit score limit (bottom share)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.2 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00006274',
  version: '2026.1',
  name: t('햇살론일반', 'Sunshine Loan general guarantee'),
  ministry: '금융위원회',
  bureau: '서민금융과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['lowIncome'],
  provision: 'loan',
  cycle: 'once',
  summary: t(
    '제도권 금융기관 이용이 어려운 저신용·저소득자의 생계자금을 지원하여 서민층의 경제적 자립·자활을 도모합니다.',
    'Supports the living costs of people with low credit and low income who cannot use mainstream financial institutions, to promote their economic independence.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '소득이 있음 (근로·사업·연금소득자; 실제소득 합계 기준)',
        'has income (earned, business or pension income; total actual income)',
      ),
      v('person.monthlyIncome'),
      '>',
      lit(0),
    ),
    any(
      t(
        '연소득 3,500만 원 이하, 또는 4,500만 원 이하이면서 개인신용평점 하위 20%',
        'annual income at most 35,000,000, or at most 45,000,000 with a credit score in the bottom 20%',
      ),
      cmp(
        t('연소득 3,500만 원 이하 (신용평점 무관)', 'annual income at most 35,000,000 (any credit score)'),
        annualOf(
          t('본인 연소득 (월 소득 × 12)', 'own annual income (monthly income × 12)'),
          v('person.monthlyIncome'),
        ),
        '<=',
        param('sunshineGeneral.incomeLimit'),
      ),
      all(
        t(
          '연소득 4,500만 원 이하이고 신용평점 하위 20%',
          'income at most 45,000,000 and credit in the bottom 20%',
        ),
        cmp(
          t('연소득 4,500만 원 이하', 'annual income at most 45,000,000'),
          annualOf(
            t('본인 연소득 (월 소득 × 12)', 'own annual income (monthly income × 12)'),
            v('person.monthlyIncome'),
          ),
          '<=',
          param('sunshineGeneral.incomeLimitLowCredit'),
        ),
        judgement(
          t('개인신용평점 하위 20%', 'credit score in the bottom 20%'),
          t('개인신용평점 (신용평가회사)', 'credit score (credit bureau)'),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '협약은행을 통한 신용보증부 생계자금 대출 (위탁보증) 또는 서민금융통합지원센터 특례보증; 심사 결과에 따라 거절될 수 있음 (한도는 출처에 없음)',
      'Guaranteed living-cost loans through partner banks (delegated guarantee) or inclusive-finance centres (special guarantee); subject to review (limits not given in the sources)',
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
  sources: [catalogue, booklet0],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
