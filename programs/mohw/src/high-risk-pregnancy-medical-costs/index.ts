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
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 고위험 임산부 의료비 지원 (WLF00001088), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001088&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「고위험 임산부 의료비 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'highRiskPregnancyMedicalCosts.cap',
    label: { ko: '1인당 지원 한도', en: 'cap per person' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3000000 }, sources: [book] }],
  },
  {
    id: 'highRiskPregnancyMedicalCosts.coverageRate',
    label: {
      ko: '지원 비율 (전액본인부담금·비급여 진료비의)',
      en: 'share covered (of full-copay and non-covered costs)',
    },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.9 }, sources: [book] }],
  },
  {
    id: 'highRiskPregnancyMedicalCosts.claimMonths',
    label: { ko: '신청 기한 (분만일로부터, 개월)', en: 'claim period (months from delivery)' },
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6 }, sources: [book] }],
  },
];

export default defineProgram({
  id: 'WLF00001088',
  version: '2026.1',
  name: t('고위험 임산부 의료비 지원', 'Medical costs for high-risk pregnancies'),
  ministry: '보건복지부',
  bureau: '출산정책과',
  legalBasis: [t('모자보건법', 'Mother and Child Health Act')],
  target: 'person',
  lifeCycle: ['pregnancy'],
  situations: [],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '고위험 임신의 적정 치료와 관리에 필요한 진료비를 지원하여 경제적 부담을 줄이고, 건강한 출산을 보장합니다.',
    'Pays treatment costs needed for proper care of high-risk pregnancies, easing the financial burden and ensuring healthy births.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('임산부 (여성)', 'pregnant or recently delivered woman'),
      v('person.sex'),
      '==',
      lit('F', t('여성', 'female')),
    ),
    any(
      t('임신 중 또는 분만 후 6개월 이내', 'pregnant, or within 6 months of delivery'),
      cmp(t('임신 중', 'pregnant'), fact('pregnancy'), '==', lit(true)),
      judgement(t('분만 후 6개월 이내', 'within 6 months of delivery'), t('분만일 확인', 'date of delivery')),
    ),
    judgement(
      t(
        '19대 고위험 임신질환 진단 및 입원치료',
        'diagnosed with one of the 19 high-risk pregnancy conditions and treated as an inpatient',
      ),
      t('진단서·입원 확인서', 'medical certificate and proof of admission'),
    ),
  ),
  benefit: {
    description: t(
      '고위험 임신질환 입원치료비 중 전액본인부담금·비급여 진료비의 90%를 1인당 300만 원 한도로 지원 (병실입원료·환자특식 제외). 2024년부터 가구 소득과 관계없이 지원, 분만일로부터 6개월 이내 신청',
      '90% of full-copay and non-covered inpatient costs for high-risk pregnancy conditions, up to 3,000,000 per person (room charges and special meals excluded). No income test from 2024; claim within 6 months of delivery',
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
      { id: 'diagnosis', label: t('진단서', 'medical certificate'), required: true },
      { id: 'receipts', label: t('진료비 영수증·세부내역서', 'itemised receipts'), required: true },
    ],
  },
  exclusions: [],
  reviewCycle: 'onChange',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book],
  fidelity: 'summary',
  parameters,
  cases,
});
