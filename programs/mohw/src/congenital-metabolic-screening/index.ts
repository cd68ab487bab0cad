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
  title: '복지로 선천성대사이상 검사 및 환아관리 (WLF00000040), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000040&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「선천성대사 이상 검사 및 환아관리」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'congenitalMetabolicScreening.patientAgeLimit',
    label: { ko: '환아관리 대상 연령 (만 나이 미만)', en: 'patient-care age limit (under, full years)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 19 }, sources: [book] }],
  },
  {
    id: 'congenitalMetabolicScreening.screeningClaimMonths',
    label: {
      ko: '검사비 신청 기한 (출생일로부터, 개월)',
      en: 'screening-cost claim period (months from birth)',
    },
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 12 }, sources: [book] }],
  },
  {
    id: 'congenitalMetabolicScreening.confirmatoryTestCap',
    label: { ko: '확진검사비 지원 한도 (환아 판정 시)', en: 'confirmatory-test cost cap (when diagnosed)' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 70000 }, sources: [book] }],
  },
];

export default defineProgram({
  id: 'WLF00000040',
  version: '2026.1',
  name: t('선천성대사이상 검사 및 환아관리', 'Screening and care for congenital metabolic disorders'),
  ministry: '보건복지부',
  bureau: '출산정책과',
  legalBasis: [t('모자보건법', 'Mother and Child Health Act')],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen'],
  situations: [],
  provision: 'cash',
  cycle: 'quarterly',
  summary: t(
    '선천성대사이상의 유무를 조기에 발견·치료함으로써 장애발생을 사전에 예방하여 영유아의 건강 증진을 도모합니다.',
    'Detects and treats congenital metabolic disorders early to prevent disability and improve the health of infants and children.',
  ),
  criteria: any(
    t('검사비 지원 또는 환아관리 대상', 'screening-cost support or patient care'),
    all(
      t('신생아 검사비 (출생 후 1년 이내 신청)', 'newborn screening costs (claimed within a year of birth)'),
      cmp(
        t('월령 12개월 미만', 'under 12 months old'),
        v('person.ageMonths'),
        '<',
        param('congenitalMetabolicScreening.screeningClaimMonths'),
      ),
      judgement(
        t(
          '선천성대사이상 외래 선별검사·확진검사를 받음',
          'had the outpatient screening or confirmatory test',
        ),
        t('검사 영수증·결과지', 'test receipts and results'),
      ),
    ),
    all(
      t('환아관리 (특수식이·의료비)', 'patient care (special diet and medical costs)'),
      cmp(
        t('만 19세 미만', 'under 19'),
        v('person.age'),
        '<',
        param('congenitalMetabolicScreening.patientAgeLimit'),
      ),
      cmp(
        t('선천성대사이상 등 희귀질환 환아', 'rare disease (congenital metabolic disorder, etc.)'),
        fact('illness', 'kind'),
        '==',
        lit('rare'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '선천성대사이상 외래 선별검사비·확진검사비 본인부담금 (확진검사비는 환아 판정 시 7만 원 한도), 특수식이(특수조제분유·저단백햇반) 및 선천성갑상선기능저하증 치료 의료비. 2024년부터 가구 소득과 관계없이 지원',
      'Copays for the outpatient screening and confirmatory tests (confirmatory test up to 70,000 when diagnosed), special diets (formula, low-protein rice) and treatment costs for congenital hypothyroidism. No income test from 2024',
    ),
  },
  form: {
    schema: z.object({
      supportType: z
        .enum(['screening', 'specialDiet', 'medical'])
        .meta({ label: t('지원 구분', 'kind of support') }),
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
      { id: 'receipt', label: t('검사비 영수증', 'test receipts'), required: false },
      {
        id: 'diagnosis',
        label: t('진단서 (환아관리)', 'medical certificate (patient care)'),
        required: false,
      },
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
