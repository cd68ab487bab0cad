import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 어업활동지원 (WLF00006245), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006245&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「취약어가 인력 지원(어업활동 지원)」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'fisheryActivitySupport.minDiagnosisWeeks',
    label: t('사고·질병 진단·요양 기간 (이상, 주)', 'diagnosed treatment period (weeks, at least)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1 }, sources: [booklet] }],
  },
  {
    id: 'fisheryActivitySupport.minHospitalDays',
    label: t('입원일수 (이상)', 'days in hospital (at least)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3 }, sources: [booklet] }],
  },
  {
    id: 'fisheryActivitySupport.postpartumMonths',
    label: t('출산 후 기간 (이내)', 'months after giving birth (within)'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3 }, sources: [booklet] }],
  },
  {
    id: 'fisheryActivitySupport.severeDiagnosisYears',
    label: t('4대 중증질환 진단 시기 (최근, 이내)', 'major-disease diagnosis within (years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3 }, sources: [booklet] }],
  },
  {
    id: 'fisheryActivitySupport.outpatientMonths',
    label: t('4대 중증질환 통원치료 (최근, 이내)', 'outpatient treatment within (months)'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6 }, sources: [booklet] }],
  },
  {
    id: 'fisheryActivitySupport.maxDays',
    label: t('지원 일수 (최대)', 'days of support (maximum)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 30 }, sources: [booklet] }],
  },
  {
    id: 'fisheryActivitySupport.maxDaysPregnancySevere',
    label: t(
      '지원 일수 (임신·출산·4대 중증질환, 연간)',
      'days of support (pregnancy, birth, major disease; per year)',
    ),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 60 }, sources: [booklet] }],
  },
  {
    id: 'fisheryActivitySupport.dailyWage',
    label: t('1일 인건비', 'daily wage'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 100000 }, sources: [booklet] }],
  },
  {
    id: 'fisheryActivitySupport.dailySupport',
    label: t('1일 지원액', 'daily support'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 80000 }, sources: [booklet] }],
  },
  {
    id: 'fisheryActivitySupport.supportRate',
    label: t('인건비 지원율', 'share of the wage paid'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.8 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00006245',
  version: '2026.1',
  name: t('어업활동지원', 'Replacement workers for fishers unable to fish'),
  ministry: '해양수산부',
  bureau: '소득복지과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior', 'pregnancy'],
  situations: ['multiChild'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '사고·질병(1주 이상 진단·요양, 3일 이상 입원), 임신·출산 후 3개월 이내, 4대 중증질환(3년 이내 진단·6개월 이내 통원), 법정감염병 격리, 어업인 교육과정 참여(여성 어업인) 등으로 어업활동이 곤란한 어업인에게 대체인력 비용을 최대 30일(임신·출산·4대 중증질환 연 60일) 지원합니다(1일 인건비 10만원 중 8만원).',
    'Fishers unable to fish because of an accident or illness (1+ week of treatment, 3+ days in hospital), pregnancy or within 3 months after birth, a major disease (diagnosed within 3 years, outpatient care within 6 months), infectious-disease isolation or (women fishers) training get replacement-worker costs for up to 30 days (60 a year for pregnancy, birth or major disease): 80,000 of the 100,000 daily wage.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('어업인 (어업경영체 등록)', 'fisher (fishery registry)'),
      fact('farmerFisher', 'kind'),
      '==',
      lit('fisher'),
    ),
    any(
      t('사고·질병·임신 등으로 어업활동 곤란', 'unable to fish because of accident, illness, pregnancy, …'),
      cmp(t('임신부', 'pregnant'), fact('pregnancy'), '==', lit(true)),
      judgement(
        t(
          '사고·질병(1주 이상 진단, 3일 이상 입원), 출산 후 3개월 이내, 4대 중증질환, 감염병 격리, 교육 참여 여성 어업인',
          'accident or illness, within 3 months after birth, major disease, isolation, or a woman fisher in training',
        ),
        t(
          '진단서·입원확인서·진료기록 등 지원사유 (시도 담당사무소)',
          'medical certificates and records (provincial office)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '어업활동 대체인력 비용 최대 30일 (임신·출산·4대 중증질환 연 60일 이내, 감염병 격리는 격리기한 이내); 1일 인건비 10만원 중 8만원(80%) 지원',
      'replacement-worker costs for up to 30 days (60 a year for pregnancy, birth or major disease; isolation period for infectious disease); 80,000 of the 100,000 daily wage (80%)',
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
  effective: { from: '2024-01-01' },
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
