import {
  all,
  annualOf,
  any,
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

const catalogue: Source = {
  title: '복지로 서민금융 활성화 지원(햇살론youth 보증사업) (WLF00001076), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001076&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = { title: '2024 나에게 힘이 되는 복지서비스 「햇살론 youth」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'sunshineYouth.maxAge',
    label: t('대상 연령 (만 나이 이하)', 'age limit (at most)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 34 }, sources: [booklet0] }],
  },
  {
    id: 'sunshineYouth.incomeLimit',
    label: t('연소득 기준 (이하)', 'annual income limit'),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 35_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'sunshineYouth.annualLoanCap',
    label: t('대출 한도 (연)', 'loan limit (per year)'),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'sunshineYouth.totalLoanCap',
    label: t('대출 한도 (1인 최대)', 'loan limit (per person)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 12_000_000 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00001076',
  version: '2026.1',
  name: t('서민금융 활성화 지원(햇살론youth 보증사업)', 'Sunshine Loan Youth'),
  ministry: '금융위원회',
  bureau: '서민금융과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth'],
  situations: [],
  provision: 'loan',
  cycle: 'once',
  summary: t(
    '금융취약계층인 대학생, 청년의 금융애로를 해소하여 학업 및 취업에 전념, 향후 제도권 금융으로 안착할 수 있도록 지원합니다.',
    'Eases the financial difficulties of university students and young people, a financially vulnerable group, so that they can concentrate on study and job-seeking and later settle into mainstream finance.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 34세 이하', 'aged 34 or under'), v('person.age'), '<=', param('sunshineYouth.maxAge')),
    cmp(
      t('연소득 3,500만 원 이하', 'annual income at most 35,000,000'),
      annualOf(
        t('본인 연소득 (월 소득 × 12)', 'own annual income (monthly income × 12)'),
        v('person.monthlyIncome'),
      ),
      '<=',
      param('sunshineYouth.incomeLimit'),
    ),
    any(
      t(
        '취업준비생(대학·대학원생, 학점은행제 학습자, 미취업자) 또는 사회초년생(중소기업 1년 이하 재직자)',
        'job-seeker (student, credit-bank learner or not employed) or new worker (up to 1 year at an SME)',
      ),
      cmp(
        t('대학(원)생', 'university or graduate student'),
        fact('student', 'level'),
        '==',
        lit('university'),
      ),
      cmp(t('미취업자', 'not employed'), fact('employment', 'status'), 'in', lit(['unemployed'])),
      all(
        t('사회초년생 (중소기업 1년 이하 재직)', 'new worker (up to 1 year at an SME)'),
        cmp(t('재직자', 'employed'), fact('employment', 'status'), 'in', lit(['employee'])),
        judgement(
          t('중소기업 재직 1년 이하 사회초년생', 'a new worker at an SME for at most 1 year'),
          t(
            '재직 기간과 사업장 규모 (재직증명)',
            'time in the job and employer size (employment certificate)',
          ),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '대출한도 연 600만 원(1인 최대 1,200만 원), 금리 연 3.6~4.5% 고정금리 (IBK기업·신한·전북은행), 서민금융진흥원 앱 신청',
      'Loans of up to 6,000,000 a year (12,000,000 per person) at a fixed 3.6–4.5% (IBK, Shinhan, Jeonbuk banks), applied for in the KINFA app',
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
      amountKrw: z
        .number()
        .int()
        .min(1)
        .meta({ label: t('신청 금액 (원)', 'amount requested (KRW)') }),
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
