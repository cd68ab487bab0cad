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
  title: '복지로 햇살론특례 (WLF00006273), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006273&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「최저신용자 대상 특례보증 (신규)」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'sunshineSpecial.incomeLimit',
    label: t('연소득 기준 (이하)', 'annual income limit'),
    unit: 'krw/year',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 45_000_000 },
        sources: [booklet0],
        note: '2024 책자의 「최저신용자 대상 특례보증」(햇살론특례의 이전 명칭) 기준',
      },
    ],
  },
  {
    id: 'sunshineSpecial.creditPercentile',
    label: t('개인신용평점 기준 (하위 비율)', 'credit score limit (bottom share)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.1 }, sources: [booklet0] }],
  },
  {
    id: 'sunshineSpecial.loanCap',
    label: t('대출 한도 (연)', 'loan limit (per year)'),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 10_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'sunshineSpecial.firstLoanCap',
    label: t('최초 대출 한도', 'first loan limit'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 5_000_000 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00006273',
  version: '2026.1',
  name: t('햇살론특례', 'Sunshine Loan special guarantee for the lowest-credit borrowers'),
  ministry: '금융위원회',
  bureau: '서민금융과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['lowIncome'],
  provision: 'loan',
  cycle: 'once',
  summary: t(
    '소득 증빙이 어렵거나 신용등급이 상대적으로 낮아 햇살론 일반보증을 이용하기 어려운 최저신용자를 제도권 금융으로 지원합니다.',
    'Brings the lowest-credit borrowers who cannot prove income or whose credit is too low for the Sunshine Loan general guarantee into mainstream finance.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('연소득 4,500만 원 이하', 'annual income at most 45,000,000'),
      annualOf(
        t('본인 연소득 (월 소득 × 12)', 'own annual income (monthly income × 12)'),
        v('person.monthlyIncome'),
      ),
      '<=',
      param('sunshineSpecial.incomeLimit'),
    ),
    judgement(
      t(
        '개인신용평점 하위 10%이고 연체 경험 등으로 햇살론 일반보증(옛 햇살론15)을 이용하기 어려움',
        'credit score in the bottom 10% and unable to use the Sunshine Loan general guarantee (formerly Sunshine Loan 15) because of past arrears and similar',
      ),
      t(
        '개인신용평점과 햇살론 일반보증 거절 여부 (서민금융진흥원)',
        'credit score and refusal of the general guarantee (KINFA)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '대출한도 연 1,000만 원(최초 500만 원, 6개월 이상 성실상환 시 추가 500만 원), 금리 최고 연 15.9%에서 성실상환 시 최종 9.9% (보증료 포함), 서민금융진흥원 앱 신청',
      'Loans of up to 10,000,000 a year (5,000,000 first, 5,000,000 more after 6 months of repayment), from 15.9% down to 9.9% with good repayment (guarantee fee included), applied for in the KINFA app',
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
