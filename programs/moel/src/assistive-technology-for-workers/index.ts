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
  title: '복지로 보조공학기기지원 (WLF00003231), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003231&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「보조공학기기 지원」',
  status: 'official',
};
const detail2022: Source = {
  title: '복지로 보조공학기기지원 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003231&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'assistiveTech.capPerPerson',
    label: t('장애인 1인당 지원 한도', 'limit per disabled person'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 15_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'assistiveTech.capSevere',
    label: t('중증장애인 1인당 지원 한도', 'limit per severely disabled person'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 20_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'assistiveTech.priceThreshold',
    label: t('지원율 구분 가격 (이하 90%)', 'price up to which 90% is paid'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1_300_000 }, sources: [booklet0] }],
  },
  {
    id: 'assistiveTech.rateBelow',
    label: t('지원율 (130만 원 이하)', 'share paid up to 1,300,000'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.9 }, sources: [booklet0] }],
  },
  {
    id: 'assistiveTech.rateAbove',
    label: t('지원율 (130만 원 초과분)', 'share paid above 1,300,000'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.95 }, sources: [booklet0] }],
  },
  {
    id: 'assistiveTech.retentionYears',
    label: t('고용·근로관계 유지 기간', 'years the employment must be kept'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00003231',
  version: '2026.1',
  name: t('보조공학기기지원', 'Assistive technology devices for disabled workers'),
  ministry: '고용노동부',
  bureau: '장애인고용과',
  legalBasis: [
    t(
      '장애인고용촉진 및 직업재활법',
      'Act on the Employment Promotion and Vocational Rehabilitation of Disabled Persons',
    ),
  ],
  target: 'person',
  lifeCycle: ['youth', 'middleAge'],
  situations: ['disability'],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '장애로 인한 신체적 기능 저하 또는 손실로 직업생활 유지에 어려운 장애인근로자에게 작업용 보조공학기기를 지원하여 고용안정을 도모합니다.',
    'Provides work assistive technology devices to disabled workers who find it hard to keep working because of reduced or lost physical functions, to stabilise their employment.',
  ),
  criteria: all(
    undefined,
    cmp(t('등록 장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
    judgement(
      t(
        '직업생활에 보조공학기기가 필요한 장애인근로자·장애인공무원·장애인 사업주, 또는 장애인을 고용했거나 고용하려는 사업주 (상담·평가 후 30일 이내 결정)',
        'a disabled worker, civil servant or employer, or an employer who employs or will employ a disabled person, needing assistive devices at work (decided within 30 days of counselling and assessment)',
      ),
      t(
        '보조공학기기 필요에 대한 상담·평가와 고용 관계 (한국장애인고용공단)',
        'assessment of the device need and the employment relationship (KEAD)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '작업용 보조공학기기 구입·대여·맞춤 제작 비용을 장애인 1인당 1,500만 원(중증 2,000만 원) 한도로 지원. 2024년부터 가격 130만 원 이하는 90%, 초과분은 95% 지원 (기초생활수급자·차상위계층은 100%), 지급보증보험 증권 제출 후 2년간 고용 유지',
      'Purchase, rental or custom-made work devices up to 15,000,000 per disabled person (20,000,000 if severely disabled); from 2024, 90% of the price up to 1,300,000 and 95% above it (100% for NBLSS recipients and the near-poor), with a surety bond and 2 years of continued employment',
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
      deviceName: z
        .string()
        .min(1)
        .max(200)
        .meta({ label: t('신청 보조공학기기', 'device requested') }),
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
