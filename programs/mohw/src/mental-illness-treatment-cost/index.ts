import {
  all,
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
  title: '복지로 정신질환자 치료비 지원 사업 (WLF00006241), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006241&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「정신질환자 치료비 지원사업」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'mentalIllnessTreatment.annualCap',
    label: t('1인당 연간 치료비 지원 한도', 'yearly limit per person'),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 4500000 }, sources: [booklet] }],
  },
  {
    id: 'mentalIllnessTreatment.emergencyCentreCap',
    label: t(
      '권역정신응급의료센터 정신응급 치료비 연간 한도',
      'yearly limit for regional psychiatric emergency centres',
    ),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1000000 }, sources: [booklet] }],
  },
  {
    id: 'mentalIllnessTreatment.earlyIncomeShare',
    label: t(
      '발병초기 외래치료비 소득기준 (기준 중위소득 대비)',
      'income limit for early-onset outpatient costs (share of the median)',
    ),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1.2 }, sources: [booklet] }],
  },
  {
    id: 'mentalIllnessTreatment.earlyOnsetYears',
    label: t('발병초기 인정 기간 (최초 진단 후 년 이내)', 'early onset: years since the first diagnosis'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 5 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00006241',
  version: '2026.1',
  name: t('정신질환자 치료비 지원 사업', 'Treatment cost support for people with mental illness'),
  ministry: '보건복지부',
  bureau: '정신건강정책과',
  legalBasis: [
    t('정신건강증진 및 정신질환자 복지서비스 지원에 관한 법률 제64조', 'Mental Health Welfare Act art. 64'),
  ],
  target: 'person',
  lifeCycle: ['teen', 'youth', 'middleAge', 'senior'],
  situations: ['disability'],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '조현병 등 정신질환 발병 초기에 집중적인 치료를 유도하고 응급상황 입원 및 퇴원 후에도 꾸준한 치료를 받을 수 있도록 치료비를 지원합니다.',
    'Pays treatment costs so that people with schizophrenia and other mental illnesses get intensive early treatment, emergency admission and steady care after discharge.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('정신질환 진단', 'diagnosed mental illness'),
      fact('illness', 'kind'),
      '==',
      lit('mental', t('정신질환', 'mental illness')),
    ),
    judgement(
      t(
        '응급·행정입원, 외래치료 지원 명령 또는 발병초기(최초 진단 5년 이내, 중위소득 120% 이하) 등 지원유형 해당',
        'emergency or administrative admission, an outpatient treatment order, or early onset (within 5 years of diagnosis, income ≤120% of median)',
      ),
      t(
        '입원 유형·외래치료 지원 결정·최초 진단일 (보건소·정신건강복지센터)',
        'type of admission, outpatient order or first diagnosis date (health centre, mental health centre)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '1인당 연간 최대 450만 원 (수급자·차상위는 비급여 본인부담 포함, 건강보험가입자는 본인일부부담금), 권역정신응급의료센터 정신응급 치료비는 연간 100만 원까지',
      'Up to 4,500,000 a year per person (recipients and near-poor including non-covered costs, insured people their copayment); psychiatric emergency care at regional centres up to 1,000,000 a year',
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
