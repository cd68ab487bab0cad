import {
  all,
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
  title: '복지로 (북한이탈주민) 의료비 지원 (WLF00003206), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003206&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「북한이탈주민 의료비 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'defectorMedicalCosts.incomeShare',
    label: t('의료비 지원 소득 기준 (기준 중위소득 대비)', 'income limit (share of the median)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1.2 }, sources: [booklet] }],
  },
  {
    id: 'defectorMedicalCosts.minCopay',
    label: t('본인부담금 기준 (이상)', 'minimum own cost'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 100000 }, sources: [booklet] }],
  },
  {
    id: 'defectorMedicalCosts.generalAnnualCap',
    label: t('일반질환 연간 한도', 'yearly cap, general illness'),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3000000 }, sources: [booklet] }],
  },
  {
    id: 'defectorMedicalCosts.generalTimesPerYear',
    label: t('일반질환 연간 지원 횟수', 'general-illness claims per year'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2 }, sources: [booklet] }],
  },
  {
    id: 'defectorMedicalCosts.severeAnnualCap',
    label: t('만성·중증·희귀난치성질환 연간 한도', 'yearly cap, chronic, severe or rare disease'),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 8000000 }, sources: [booklet] }],
  },
  {
    id: 'defectorMedicalCosts.transplantCap',
    label: t('장기이식 한도 (생애 1회)', 'organ transplant cap (once in a lifetime)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 10000000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003206',
  version: '2026.1',
  name: t('(북한이탈주민) 의료비 지원', 'Medical cost support for North Korean defectors'),
  ministry: '통일부',
  bureau: '자립지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['multicultural'],
  provision: 'cash',
  cycle: 'annual',
  summary: t(
    '북한이탈주민의 안정적 국내 정착을 지원하기 위해 본인 부담 의료비를 지원합니다.',
    'Pays North Korean defectors’ own share of medical costs to support their stable settlement.',
  ),
  criteria: all(
    undefined,
    cmp(t('북한이탈주민', 'North Korean defector'), fact('northKoreanDefector'), '==', lit(true)),
    cmp(
      t('가구 소득 기준 중위소득 120% 이하', 'household income at most 120% of the median'),
      v('household.monthlyIncome'),
      '<=',
      mul(
        t('기준 중위소득 × 비율', 'median income × share'),
        param('median.income', { by: 'household.size' }),
        param('defectorMedicalCosts.incomeShare'),
      ),
    ),
    judgement(
      t(
        '질환 치료로 본인부담금 10만 원 이상 발생 (민간보험 가입자 제한)',
        'treatment with own costs of 100,000 or more (limited for people with private insurance)',
      ),
      t(
        '진료비 영수증과 민간보험 가입 여부 (남북하나재단)',
        'medical receipts and private insurance (Korea Hana Foundation)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '본인부담금 100% (지원 제외 항목 제외): 일반질환 연 2회·연 3,000,000원, 만성·중증·희귀난치성질환 연 8,000,000원, 장기이식 생애 1회 10,000,000원 (기증자는 8,000,000원) 한도 (2024년 기준)',
      'All own costs (except excluded items): general illness twice a year up to 3,000,000; chronic, severe or rare disease up to 8,000,000 a year; organ transplant once up to 10,000,000 (donors 8,000,000) (2024)',
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
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({ label: t('입금 계좌', 'bank account for payment') }),
    }),
    evidence: [
      {
        id: 'application',
        label: t('사회보장급여 신청서', 'social security benefit application'),
        required: true,
      },
      {
        id: 'defectorCertificate',
        label: t('북한이탈주민 확인서', 'North Korean defector certificate'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
