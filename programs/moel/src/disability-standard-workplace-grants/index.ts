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
  title: '복지로 장애인 표준사업장 설립지원 (WLF00003183), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003183&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애인 표준사업장 설립 지원」',
  status: 'official',
};
const detail2022: Source = {
  title: '복지로 장애인 표준사업장 설립지원 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003183&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'standardWorkplace.investmentShare',
    label: t('실제 투자액 대비 지원 비율 (최대)', 'share of actual investment paid (maximum)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.75 }, sources: [booklet0] }],
  },
  {
    id: 'standardWorkplace.cap',
    label: t('지원 한도', 'grant limit'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1_000_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'standardWorkplace.perNewWorker',
    label: t('장애인 신규고용 1인당 지원액', 'grant per newly hired disabled worker'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 30_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'standardWorkplace.minDisabledWorkers',
    label: t('장애인근로자 수 (이상)', 'disabled workers (at least)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 10 }, sources: [booklet0] }],
  },
  {
    id: 'standardWorkplace.minDisabledShare',
    label: t(
      '상시근로자 100명 미만 사업장 장애인 고용 비율 (이상)',
      'share of disabled workers in workplaces under 100 employees (at least)',
    ),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.3 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00003183',
  version: '2026.1',
  name: t('장애인 표준사업장 설립지원', 'Grants for establishing standard workplaces for disabled people'),
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
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '장애인표준사업장을 설립, 운영하고자 하는 사업주에게 지원금을 지급하여 중증장애인의 안정된 일자리를 창출하고 고용을 유지하도록 합니다.',
    'Pays grants to employers who set up and run standard workplaces for disabled people, creating stable jobs for people with severe disabilities.',
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
        '장애인표준사업장 설립·운영 사업주 (장애인직업재활시설 제외)로서 심사 선정; 표준사업장 기준(장애인 10명 이상, 상시근로자의 30% 이상 장애인 등) 준수',
        'an employer setting up a standard workplace (not a vocational rehabilitation facility), selected after review, meeting the standards (10+ disabled workers, 30%+ of the workforce disabled, …)',
      ),
      t(
        '설립 계획, 외부전문기관 평가와 심사위원회 선정 (한국장애인고용공단)',
        'establishment plan, external evaluation and selection committee (KEAD)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '작업시설·부대시설·편의시설·출퇴근용 승합차 구입 등 실제 투자액의 최대 75%(임차보증금·토지구입비 제외), 10억 원 한도 (장애인 신규고용 1인당 3,000만 원)',
      'Up to 75% of the actual investment in work, ancillary and accessibility facilities and commuter vans (not deposits or land), at most 1 billion (30,000,000 per newly hired disabled worker)',
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
      plannedDisabledHires: z
        .number()
        .int()
        .min(0)
        .meta({ label: t('장애인 신규고용 계획 인원', 'planned new disabled hires') }),
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
