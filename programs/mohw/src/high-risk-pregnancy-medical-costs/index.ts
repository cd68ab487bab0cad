import {
  all,
  cmp,
  defineProgram,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const record: Source = {
  title: '복지로 고위험 임산부 의료비 지원 (WLF00001088) 2026 상세',
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
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 3000000 }, sources: [book] },
      { from: '2026-01-01', value: { type: 'scalar', value: 3000000 }, sources: [record] },
    ],
  },
  {
    id: 'highRiskPregnancyMedicalCosts.coverageRate',
    label: {
      ko: '지원 비율 (급여 중 전액본인부담금·비급여 진료비의)',
      en: 'share covered (of full-copay and non-covered costs)',
    },
    unit: 'ratio',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 0.9 }, sources: [book] },
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 0.9 },
        sources: [record],
        note: '병실입원료·환자특식 제외',
      },
    ],
  },
  {
    id: 'highRiskPregnancyMedicalCosts.gestationWeeks',
    label: {
      ko: '질환별 임신주수 기준 (주)',
      en: 'gestational-week limits by condition (weeks)',
    },
    unit: 'count',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { from: 20, pretermBefore: 37 } },
        sources: [record],
        note: '조기진통·양막의 조기파열: 20주 이상 37주 미만; 분만관련 출혈·중증 임신중독증·태반조기박리·전치태반·절박유산·양수과다증·양수과소증: 20주 이상',
      },
    ],
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
    '19대 고위험 임신질환으로 진단받고 입원치료를 받은 임산부에게 입원치료비 중 전액본인부담금·비급여 진료비의 90%를 1인당 300만원 한도로 지원합니다.',
    'Pregnant or recently delivered women diagnosed with one of 19 high-risk pregnancy conditions and treated as inpatients get 90% of full-copay and non-covered inpatient costs, up to 3,000,000.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('임산부 (여성)', 'pregnant or recently delivered woman'),
      v('person.sex'),
      '==',
      lit('F', t('여성', 'female')),
    ),
    judgement(
      t(
        '19대 고위험 임신질환(조기진통, 분만관련 출혈, 중증 임신중독증, 양막의 조기파열, 태반조기박리, 전치태반, 절박유산, 양수과다증, 양수과소증, 분만전 출혈, 자궁경부무력증, 고혈압, 다태임신, 당뇨병, 대사장애를 동반한 임신과다구토, 신질환, 심부전, 자궁 내 성장 제한, 자궁 및 자궁의 부속기 질환)으로 진단받고 입원치료',
        'diagnosed with one of the 19 high-risk pregnancy conditions (preterm labour, delivery-related bleeding, severe pre-eclampsia, premature rupture of membranes, placental abruption, placenta praevia, threatened miscarriage, polyhydramnios, oligohydramnios, antepartum bleeding, cervical insufficiency, hypertension, multiple pregnancy, diabetes, hyperemesis with metabolic disorder, kidney disease, heart failure, foetal growth restriction, uterine and adnexal disease) and treated as an inpatient',
      ),
      t(
        '진단서의 질병코드(하위코드 포함)와 임신주수 (질환별 20주 이상·37주 미만 기준), 입원 확인',
        'the diagnosis codes (sub-codes included) and gestational week on the certificate (20 weeks or more, under 37 for some), proof of admission',
      ),
    ),
  ),
  benefit: {
    description: t(
      '고위험 임산부 입원치료비의 급여 중 전액본인부담금 및 비급여 진료비의 90% 지원 (병실입원료·환자특식 제외), 1인당 300만원 한도. 신장·심장 질환(N00-N23, I00-I52)은 진단서에 O코드가 함께 적혀 있어야 함. 여러 질환에 해당하면 유리한 지원기간 적용. 신청 기한은 기록에 없음',
      '90% of full-copay and non-covered inpatient costs (room charges and special meals excluded), up to 3,000,000 per person. Kidney and heart conditions (N00–N23, I00–I52) need an O-code on the same certificate. Where several conditions apply, the more favourable support period applies. The claim deadline is not in the record',
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
  sources: [record, book],
  fidelity: 'statutory',
  parameters,
  cases,
});
