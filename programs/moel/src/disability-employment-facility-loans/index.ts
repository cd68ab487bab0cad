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
  title: '복지로 장애인고용증진융자 (WLF00000068), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000068&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애인고용 시설장비 융자·무상지원」',
  status: 'official',
};
const detail2022: Source = {
  title: '복지로 장애인고용시설장비 융자·지원 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000068&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'disabilityFacilityLoan.loanCap',
    label: t('시설장비 융자 한도 (사업주당)', 'facility loan limit per employer'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1_500_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'disabilityFacilityLoan.interestSubsidyRate',
    label: t('이자차액보전금리', 'interest subsidy rate'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.05 }, sources: [booklet0] }],
  },
  {
    id: 'disabilityFacilityLoan.grantCap',
    label: t('무상지원 한도 (사업주당)', 'grant limit per employer'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 300_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'disabilityFacilityLoan.grantPerWorker',
    label: t(
      '무상지원금 장애인 1명 2년 고용 기준액',
      'grant amount per disabled worker employed for 2 years',
    ),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 10_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'disabilityFacilityLoan.grantPerSevereWorker',
    label: t(
      '무상지원금 중증장애인 1명 2년 고용 기준액',
      'grant amount per severely disabled worker employed for 2 years',
    ),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 15_000_000 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00000068',
  version: '2026.1',
  name: t('장애인고용증진융자', 'Loans and grants for disability employment facilities'),
  ministry: '고용노동부',
  bureau: '장애인고용과',
  legalBasis: [
    t(
      '장애인고용촉진 및 직업재활법',
      'Act on the Employment Promotion and Vocational Rehabilitation of Disabled Persons',
    ),
  ],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'loan',
  cycle: 'asNeeded',
  summary: t(
    '장애인을 고용하여 사업을 하거나 하고자 하는 사업주에게 장애인 고용 관련 작업시설, 부대시설, 편의시설 등의 설치·구입·수리비용의 융자 이자를 지원하여 장애인 고용창출 및 고용안정을 도모합니다.',
    'Supports employers who employ, or plan to employ, disabled people with loan-interest support for work, ancillary and accessibility facilities, to create and keep jobs for disabled people.',
  ),
  criteria: all(
    undefined,
    any(
      t('사업주 (사업자 등록 또는 자영업)', 'employer (registered business or self-employed)'),
      cmp(
        t('사업자 등록 (소상공인·자영업)', 'registered business (small business / self-employed)'),
        fact('smallBusiness'),
        '==',
        lit(true),
      ),
      cmp(
        t('자영업 (사업주)', 'self-employed (business owner)'),
        fact('employment', 'status'),
        'in',
        lit(['selfEmployed']),
      ),
    ),
    judgement(
      t(
        '장애인(장애인복지법 기준 또는 국가유공자 상이등급)을 고용하여 사업을 운영하거나 운영하려는 사업주로서 융자·지원 심사(장애인 고용계획·투자계획 타당성) 통과',
        'an employer who employs or plans to employ disabled people (Disability Welfare Act or veterans’ injury grades) and passes the review of its hiring and investment plans',
      ),
      t(
        '장애인 고용 현황·계획과 투자계획 (한국장애인고용공단 심사)',
        'disability hiring and investment plans (KEAD review)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '(융자) 장애인 작업시설·부대시설·편의시설 설치·구입비를 사업주당 15억 원 한도로 대출하고 이자차액(5%) 보전, 2년 거치 3년 균등분할상환. (무상지원) 편의시설·통근용 승합자동차 구입비를 사업주당 3억 원 한도로 지원 — 1,000만 원(중증장애인 1,500만 원)당 장애인 1명 2년 고용',
      'Loans of up to 1.5 billion per employer for work, ancillary and accessibility facilities with a 5% interest subsidy (2 years’ grace, 3 years’ repayment); grants of up to 300 million per employer for accessibility facilities and commuter vans, with one disabled worker employed for 2 years per 10,000,000 (15,000,000 for a severely disabled worker)',
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
      businessRegistrationNumber: z
        .string()
        .regex(/^[0-9]{3}-?[0-9]{2}-?[0-9]{5}$/)
        .meta({ label: t('사업자등록번호', 'business registration number') }),
      kind: z
        .enum(['loan', 'grant'])
        .meta({ label: t('지원 종류 (융자·무상지원)', 'support type (loan or grant)') }),
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
  sources: [catalogue, booklet0, detail2022],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
