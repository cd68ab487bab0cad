import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
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
  title: '복지로 직업훈련생계비대부 (WLF00003266), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003266&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「직업훈련 생계비 대부사업」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'trainingLoan.incomeShare',
    label: t('가구소득 기준 (기준 중위소득 대비)', 'household income limit (share of median)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.8 }, sources: [booklet0] }],
  },
  {
    id: 'trainingLoan.incomeShareStrategic',
    label: t(
      '가구소득 기준: 국가기간·전략산업직종훈련·KDT (기준 중위소득 대비)',
      'household income limit for key-industry and K-Digital training (share of median)',
    ),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1 }, sources: [booklet0] }],
  },
  {
    id: 'trainingLoan.minTrainingHours',
    label: t('훈련 시간 (총, 이상)', 'training hours (total, at least)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 140 }, sources: [booklet0] }],
  },
  {
    id: 'trainingLoan.monthlyCap',
    label: t('대부 한도 (월 단위)', 'loan limit per month'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'trainingLoan.personCap',
    label: t('대부 한도 (1인당)', 'loan limit per person'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 10_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'trainingLoan.personCapSpecial',
    label: t(
      '대부 한도 (특별고용지원업종·고용위기지역, 1인당)',
      'loan limit per person (special industries and crisis areas)',
    ),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 20_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'trainingLoan.interestRate',
    label: t('대부 금리 (연)', 'interest rate (annual)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.01 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00003266',
  version: '2026.1',
  name: t('직업훈련생계비대부', 'Living-cost loans for vocational trainees'),
  ministry: '고용노동부',
  bureau: '인적자원개발과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['lowIncome'],
  provision: 'loan',
  cycle: 'asNeeded',
  summary: t(
    '근로 취약계층이 생계비에 대한 부담없이 장기간 체계적인 훈련을 받고 더 나은 일자리로 취업할 수 있도록 지원합니다.',
    'Helps vulnerable workers take long, systematic training without worrying about living costs, so that they find better jobs.',
  ),
  criteria: all(
    undefined,
    any(
      t(
        '비정규직 근로자·실업자·무급휴직자·피보험자인 자영업자',
        'non-regular worker, unemployed, on unpaid leave, or insured self-employed',
      ),
      cmp(t('실업자', 'unemployed'), fact('employment', 'status'), 'in', lit(['unemployed'])),
      cmp(
        t('일용·특수형태 근로 (비정규직)', 'daily or platform work (non-regular)'),
        fact('employment', 'status'),
        'in',
        lit(['dailyWorker', 'platformWorker']),
      ),
      all(
        t('비정규직 또는 무급휴직 근로자', 'non-regular or on unpaid leave'),
        cmp(t('근로자', 'employee'), fact('employment', 'status'), 'in', lit(['employee'])),
        judgement(
          t('비정규직 근로자 또는 무급휴직자', 'non-regular worker or on unpaid leave'),
          t(
            '고용 형태와 휴직 여부 (근로계약·사업주 확인)',
            'type of employment and leave (contract, employer)',
          ),
        ),
      ),
      all(
        t('고용보험 피보험자인 자영업자', 'self-employed and insured'),
        cmp(t('자영업자', 'self-employed'), fact('employment', 'status'), 'in', lit(['selfEmployed'])),
        cmp(
          t('고용보험 피보험자', 'insured under employment insurance'),
          fact('employment', 'employmentInsured'),
          '==',
          lit(true),
        ),
      ),
    ),
    cmp(
      t('실업급여 수급 중이 아님', 'not receiving unemployment benefit'),
      fact('unemploymentBenefit'),
      '==',
      lit(false),
    ),
    judgement(
      t(
        '고용노동부가 지원하는 총 140시간 이상 훈련에 참여 중',
        'in a MOEL-supported training course of 140 hours or more',
      ),
      t('훈련 과정과 참여 확인 (고용24)', 'training course and attendance (Work24)'),
    ),
    any(
      t('가구소득 기준 (특례 있음)', 'household income test (with exceptions)'),
      cmp(
        t('가구소득이 기준 중위소득 80% 이하', 'household income at most 80% of the median'),
        v('household.monthlyIncome'),
        '<=',
        mul(
          t('기준 중위소득 × 80%', 'median income × 80%'),
          param('median.income', { by: 'household.size' }),
          param('trainingLoan.incomeShare'),
        ),
      ),
      all(
        t(
          '국가기간·전략산업직종훈련·KDT 참여자 (중위소득 100% 이하)',
          'key-industry or K-Digital trainees (at most 100% of median)',
        ),
        cmp(
          t('가구소득이 기준 중위소득 100% 이하', 'household income at most 100% of the median'),
          v('household.monthlyIncome'),
          '<=',
          mul(
            t('기준 중위소득 × 100%', 'median income × 100%'),
            param('median.income', { by: 'household.size' }),
            param('trainingLoan.incomeShareStrategic'),
          ),
        ),
        judgement(
          t(
            '국가기간·전략산업직종훈련 또는 첨단산업 디지털 핵심 실무인재 양성훈련(KDT) 참여',
            'in national key-industry training or K-Digital Training',
          ),
          t('훈련 과정 종류 (고용24)', 'type of training course (Work24)'),
        ),
      ),
      judgement(
        t(
          '특별고용지원업종·고용위기지역·특별재난지역 (소득요건 없음)',
          'special employment support industry, employment-crisis area or special disaster area (no income test)',
        ),
        t('업종·지역 해당 여부 (근로복지공단)', 'industry or area (COMWEL)'),
      ),
    ),
    cmp(
      t(
        '대한민국 국적 (외국인·재외동포는 신용보증 대상 제외)',
        'Korean nationality (foreigners and overseas Koreans are not eligible for the credit guarantee)',
      ),
      v('person.nationality'),
      '==',
      lit('KR', t('대한민국', 'Korea')),
    ),
  ),
  benefit: {
    description: t(
      '월 단위 200만 원, 1인당 1,000만 원(특별고용지원업종·고용위기지역 2,000만 원) 한도, 연 1%(신용보증료 별도), 최대 3년 거치 최대 5년 매월 균등분할상환',
      'Up to 2,000,000 a month and 10,000,000 per person (20,000,000 in special industries and crisis areas), at 1% a year plus a guarantee fee, repaid monthly over up to 5 years after up to 3 years’ grace',
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
      courseName: z
        .string()
        .min(1)
        .max(200)
        .meta({ label: t('참여 훈련과정', 'training course') }),
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
