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
  title: '복지로 장애인 건강보험료 경감 (WLF00006257), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006257&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애인 건강보험료 경감」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'disabilityPremiumReduction.annualIncomeCap',
    label: t(
      '산출보험료 경감 소득기준 (세대 연소득 이하)',
      'income limit for the premium reduction (household, yearly)',
    ),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3600000 }, sources: [booklet] }],
  },
  {
    id: 'disabilityPremiumReduction.propertyCap',
    label: t('산출보험료 경감 재산기준 (이하)', 'property limit for the premium reduction'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 135000000 }, sources: [booklet] }],
  },
  {
    id: 'disabilityPremiumReduction.reductionRate',
    label: t('산출보험료 경감률 (장애 정도별)', 'premium reduction rate (by severity)'),
    unit: 'ratio',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { severe: 0.3, mild: 0.2 } },
        sources: [booklet],
      },
    ],
  },
  {
    id: 'disabilityPremiumReduction.ltcReductionRate',
    label: t(
      '장기요양보험료 경감률 (장애의 정도가 심한 장애인)',
      'long-term-care premium reduction (severe disability)',
    ),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.3 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00006257',
  version: '2026.1',
  name: t('장애인 건강보험료 경감', 'Health insurance premium reduction for disabled people'),
  ministry: '보건복지부',
  bureau: '보험정책과',
  legalBasis: [t('국민건강보험법', 'National Health Insurance Act')],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'other',
  cycle: 'asNeeded',
  summary: t(
    '건강보험료 부담 능력이 저하된 취약세대의 의료사각지대 방지를 위해 보험료 일부를 지원합니다.',
    'Pays part of the health insurance premium of vulnerable households whose ability to pay has fallen, preventing gaps in medical care.',
  ),
  criteria: all(
    undefined,
    cmp(t('등록장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
    cmp(
      t('건강보험 지역가입자', 'regional health-insurance subscriber'),
      fact('healthInsurance', 'kind'),
      '==',
      lit('regional', t('지역가입자', 'regional subscriber')),
    ),
    any(
      t(
        '장기요양보험료 경감(중증) 또는 산출보험료 경감 요건',
        'long-term-care premium reduction (severe) or the premium reduction test',
      ),
      cmp(
        t('장애의 정도가 심한 장애인 (중증)', 'severe disability'),
        fact('disability', 'severity'),
        '==',
        lit('severe', t('심한 장애', 'severe')),
      ),
      judgement(
        t(
          '세대 연소득 360만 원 이하이고 재산 1억 3,500만 원 이하 (산출보험료 경감)',
          'household yearly income at most 3,600,000 and property at most 135,000,000 (premium reduction)',
        ),
        t(
          '세대 소득·재산 (건강보험 부과 자료)',
          'household income and property (premium assessment records)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '산출보험료 경감(세대 연소득 360만 원·재산 1억 3,500만 원 이하): 중증 30%, 경증 20%. 장기요양보험료: 중증 30% 경감. 등록장애인 소유 자동차분 보험료 면제(2024.2월 자동차 부과 폐지)',
      'Premium reduction (household income up to 3,600,000 a year and property up to 135,000,000): 30% for severe, 20% for mild disability; long-term-care premium 30% off for severe disability; no premium on cars owned by disabled people (car-based premiums abolished in February 2024)',
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
