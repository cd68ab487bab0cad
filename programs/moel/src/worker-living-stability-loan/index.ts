import {
  all,
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
  title: '복지로 생활안정자금(융자) (WLF00000044), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000044&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「근로자 생활안정자금 융자」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'workerLivingLoan.incomeLimit',
    label: t(
      '생활안정자금 소득기준 (3인가구 기준 중위소득의 2/3)',
      'income limit (2/3 of the 3-person standard median)',
    ),
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 3_150_000 },
        sources: [booklet0],
        note: '2024년 금액; 이후 연도 금액은 출처에 없음',
      },
    ],
  },
  {
    id: 'workerLivingLoan.incomeLimitPreferential',
    label: t(
      '우대 소득기준 (고용위기지역·특별고용지원업종, 4인가구 중위소득의 2/3)',
      'preferential income limit (employment-crisis areas and special support industries)',
    ),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3_820_000 }, sources: [booklet0] }],
  },
  {
    id: 'workerLivingLoan.wageCutIncomeLimit',
    label: t(
      '임금감소 생계비·소액생계비 소득기준 (2/3의 70%)',
      'income limit for wage-cut and small living loans (70% of 2/3)',
    ),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2_210_000 }, sources: [booklet0] }],
  },
  {
    id: 'workerLivingLoan.minEmploymentMonths',
    label: t('근로 기간 (개월 이상)', 'months in work (at least)'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3 }, sources: [booklet0] }],
  },
  {
    id: 'workerLivingLoan.medicalCap',
    label: t('의료비·장례비·임금감소생계비 융자 한도', 'medical, funeral and wage-cut loan limit'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 10_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'workerLivingLoan.weddingCap',
    label: t('혼례비 융자 한도', 'wedding loan limit'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 12_500_000 }, sources: [booklet0] }],
  },
  {
    id: 'workerLivingLoan.smallLivingCap',
    label: t('소액생계비 융자 한도', 'small living-cost loan limit'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'workerLivingLoan.totalCap',
    label: t('2종목 이상 신청 시 1인당 총 한도', 'total limit per person for two or more loans'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 20_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'workerLivingLoan.interestRate',
    label: t('융자 금리 (연)', 'interest rate (annual)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.015 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00000044',
  version: '2026.1',
  name: t('생활안정자금(융자)', 'Living stability loans for workers'),
  ministry: '고용노동부',
  bureau: '퇴직연금복지과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'loan',
  cycle: 'once',
  summary: t(
    '저소득 노동자, 특수형태근로종사자, 1인 자영업자가 혼례·장례 등 사유 발생 시 필요한 생활자금을 저리로 융자하여 생계안정을 지원하고자 합니다.',
    'Lends low-income workers, special-type workers and one-person businesses living funds at low interest when weddings, funerals and similar needs arise.',
  ),
  criteria: all(
    undefined,
    any(
      t('근로자·특수형태근로종사자 또는 1인 자영업자', 'worker, special-type worker or one-person business'),
      cmp(
        t('근로자 또는 특수형태근로종사자', 'employee, daily worker or special-type (platform) worker'),
        fact('employment', 'status'),
        'in',
        lit(['employee', 'dailyWorker', 'platformWorker']),
      ),
      all(
        t('1인 자영업자', 'one-person business'),
        cmp(t('자영업자', 'self-employed'), fact('employment', 'status'), 'in', lit(['selfEmployed'])),
        judgement(
          t(
            '산재보험 가입 기간 3개월 이상이고 고용한 근로자가 없는 1인 자영업자',
            'one-person business with 3+ months of industrial-accident insurance and no employees',
          ),
          t(
            '산재보험 가입 기간과 고용 근로자 여부 (근로복지공단)',
            'industrial-accident insurance period and employees (COMWEL)',
          ),
        ),
      ),
    ),
    judgement(
      t(
        '3개월 이상 근로 중(일용근로자는 신청일 이전 90일 이내 45일 이상 고용보험 피보험자)이고 융자 사유(의료비·혼례비·장례비·부모요양비·자녀학자금·자녀양육비 등) 발생',
        'working for 3+ months (daily workers: insured 45+ days in the 90 days before applying) with a loan purpose (medical, wedding, funeral, parents’ care, children’s school fees or childcare, …)',
      ),
      t(
        '근로 기간·피보험 이력과 융자 사유 증빙 (근로복지공단)',
        'employment period, insurance record and proof of the purpose (COMWEL)',
      ),
    ),
    any(
      t('소득요건 (비정규직 근로자는 비적용)', 'income test (not applied to non-regular workers)'),
      cmp(
        t(
          '월평균소득이 소득기준 이하 (3인가구 기준 중위소득의 2/3)',
          'average monthly income within the limit (2/3 of the 3-person median)',
        ),
        v('person.monthlyIncome'),
        '<=',
        param('workerLivingLoan.incomeLimit'),
      ),
      judgement(
        t('비정규직 근로자 (소득요건 비적용)', 'non-regular worker (no income test)'),
        t('비정규직 근로자 여부 (근로계약)', 'non-regular employment (employment contract)'),
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
      '의료비·장례비·임금감소생계비 1,000만 원, 혼례비 1,250만 원, 부모요양비·자녀학자금·자녀양육비 1,000만 원 범위 내 1인당 연 500만 원, 소액생계비 200만 원 (2종목 이상 총 2,000만 원), 연 1.5% (신용보증료 연 0.9% 별도), 1년 거치 3년 또는 4년 원금균등분할상환',
      'Loans for medical costs, funerals and wage cuts up to 10,000,000, weddings up to 12,500,000, parents’ care, school fees and childcare up to 5,000,000 a year per person within 10,000,000, small living costs up to 2,000,000 (20,000,000 in total), at 1.5% a year plus a 0.9% guarantee fee, repaid over 3–4 years after 1 year’s grace',
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
      loanPurpose: z
        .enum([
          'medical',
          'wedding',
          'funeral',
          'parentCare',
          'schoolFees',
          'childcare',
          'wageCut',
          'smallLiving',
        ])
        .meta({ label: t('융자 종류', 'loan purpose') }),
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
