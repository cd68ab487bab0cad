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
  title: '복지로 장애인고용장려금 (WLF00001090), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001090&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애인고용장려금 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'disabilityIncentive.quotaPrivate',
    label: t('장애인 의무고용률 (민간사업주)', 'mandatory disability employment rate (private employers)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.031 }, sources: [booklet0] }],
  },
  {
    id: 'disabilityIncentive.quotaPublic',
    label: t(
      '장애인 의무고용률 (공공기관·지방공기업)',
      'mandatory disability employment rate (public bodies)',
    ),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.038 }, sources: [booklet0] }],
  },
  {
    id: 'disabilityIncentive.monthlyRate',
    label: t(
      '의무고용률 초과 1인당 월 지원단가 (2023년 발생분부터)',
      'monthly rate per worker above the quota (from 2023)',
    ),
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: { mildMale: 350000, mildFemale: 500000, severeMale: 700000, severeFemale: 900000 },
        },
        sources: [booklet0],
      },
    ],
  },
  {
    id: 'disabilityIncentive.wageShareCap',
    label: t('지원단가와 비교하는 월임금액 비율', 'share of monthly wage compared with the rate'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.6 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00001090',
  version: '2026.1',
  name: t('장애인고용장려금', 'Disability employment incentive for employers'),
  ministry: '고용노동부',
  bureau: '장애인고용과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '장애인 의무고용률을 초과하여 장애인을 고용하는 사업주에게 고용장려금을 지급하여 장애인 근로자의 직업생활 안정을 도모합니다.',
    'Pays employers who employ disabled people beyond the mandatory employment rate an incentive, to stabilise the working lives of disabled workers.',
  ),
  criteria: all(
    undefined,
    cmp(t('등록 장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
    cmp(t('근로자로 고용 중', 'currently employed'), fact('employment', 'status'), 'in', lit(['employee'])),
    cmp(
      t('고용보험 피보험자', 'insured under employment insurance'),
      fact('employment', 'employmentInsured'),
      '==',
      lit(true),
    ),
    judgement(
      t(
        '사업주가 월별 상시근로자의 3.1%(공공기관·지방공기업 3.8%)를 초과하여 장애인을 고용하고, 최저임금 이상을 지급하거나 최저임금 적용제외 인가를 받음',
        'the employer employs disabled people beyond 3.1% of its monthly workforce (3.8% for public bodies) and pays at least the minimum wage or holds a minimum-wage exemption',
      ),
      t(
        '사업주의 월별 장애인 고용 현황과 의무고용률 초과 인원 (한국장애인고용공단)',
        'the employer’s monthly disability employment and headcount above the quota (KEAD)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '의무고용률 초과 인원 1인당 장애 정도·성별에 따라 월 35만~90만 원(경증 남성 35만·여성 50만, 중증 남성 70만·여성 90만 원)을 사업주에게 지급. 지원단가와 월임금액의 60% 중 낮은 금액. 고용보험 미가입 장애인 근로자는 제외',
      'The employer receives 350,000–900,000 a month per disabled worker above the quota by severity and sex (mild: 350,000 men / 500,000 women; severe: 700,000 men / 900,000 women), capped at 60% of the monthly wage; workers without employment insurance are not counted',
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
      employerName: z
        .string()
        .min(1)
        .max(100)
        .meta({ label: t('고용 사업장명', 'employer') }),
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
