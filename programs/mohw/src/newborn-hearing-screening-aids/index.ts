import {
  all,
  any,
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
  title: '복지로 선천성 난청검사 및 보청기 지원 (WLF00001130), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001130&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「선천성 난청검사 및 보청기 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'newbornHearingScreeningAids.testClaimMonths',
    label: { ko: '검사비 신청 기한 (출생일로부터, 개월)', en: 'test-cost claim period (months from birth)' },
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 12 }, sources: [book] }],
  },
  {
    id: 'newbornHearingScreeningAids.hearingAidAgeMonths',
    label: { ko: '보청기 지원 연령 (월령 미만)', en: 'hearing-aid age limit (under, months)' },
    unit: 'months',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 60 }, sources: [book], note: '만 5세 미만' },
    ],
  },
  {
    id: 'newbornHearingScreeningAids.confirmatoryTestCap',
    label: { ko: '난청 확진검사비 지원 한도', en: 'confirmatory-test cap' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 70000 }, sources: [book] }],
  },
  {
    id: 'newbornHearingScreeningAids.hearingAidCap',
    label: { ko: '보청기 지원 한도 (개당)', en: 'hearing-aid cap (per aid)' },
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 1350000 },
        sources: [book],
        note: '1개 또는 2개',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00001130',
  version: '2026.1',
  name: t('선천성 난청검사 및 보청기 지원', 'Newborn hearing screening and hearing aids'),
  ministry: '보건복지부',
  bureau: '출산정책과',
  legalBasis: [t('모자보건법', 'Mother and Child Health Act')],
  target: 'person',
  lifeCycle: ['infant'],
  situations: [],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '선천성 난청을 조기진단하고, 조기 재활을 통해 난청으로 인해 발생할 수 있는 언어 지능 발달장애 사회부적응 등을 예방하고 건강한 성장을 도모합니다.',
    'Diagnoses congenital hearing loss early and supports early rehabilitation, preventing language, intellectual and developmental delays and social maladjustment, for healthy growth.',
  ),
  criteria: any(
    t('검사비 또는 보청기 지원 대상', 'test costs or hearing aids'),
    all(
      t(
        '신생아 청각선별·확진 검사비 (출생 후 1년 이내 신청)',
        'newborn hearing screening and confirmation costs (claimed within a year of birth)',
      ),
      cmp(
        t('월령 12개월 미만', 'under 12 months old'),
        v('person.ageMonths'),
        '<',
        param('newbornHearingScreeningAids.testClaimMonths'),
      ),
      judgement(
        t(
          '신생아 난청 외래 선별검사 또는 확진검사를 받음',
          'had the outpatient screening or confirmatory hearing test',
        ),
        t('검사 영수증·결과지', 'test receipts and results'),
      ),
    ),
    all(
      t('보청기 (만 5세 미만)', 'hearing aids (under 5)'),
      cmp(
        t('만 5세(60개월) 미만', 'under 5 (60 months)'),
        v('person.ageMonths'),
        '<',
        param('newbornHearingScreeningAids.hearingAidAgeMonths'),
      ),
      judgement(
        t('양측성 또는 일측성 난청 기준 충족', 'meets the bilateral or unilateral hearing-loss criteria'),
        t('청력검사 결과·진단서', 'audiology results and medical certificate'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '신생아 청각선별 외래검사 본인부담금, 재검 판정 시 난청 확진검사비 (7만 원 한도), 보청기 1~2개 (개당 135만 원 한도). 2024년부터 가구 소득과 관계없이 지원. 검사비는 출생일로부터 1년, 보청기는 구입일로부터 6개월 이내 신청',
      'Copay for the outpatient newborn hearing screening, confirmatory tests after a referral (up to 70,000), and one or two hearing aids (up to 1,350,000 each). No income test from 2024. Claim test costs within a year of birth and hearing aids within 6 months of purchase',
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
      { id: 'receipt', label: t('검사·구입 영수증', 'test or purchase receipts'), required: true },
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
