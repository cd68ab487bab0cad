import {
  all,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  noMember,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 국민임대주택공급 (WLF00003244), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003244&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「국민임대주택 공급」',
  status: 'official',
};

const noHomeOwner = () =>
  noMember(
    t('무주택 세대 (세대원 중 주택 소유자 없음)', 'no member owns a home'),
    cmp(t('주택 소유', 'owns a home'), fact('homeOwner'), '==', lit(true)),
  );

const parameters: ParameterDefinition[] = [
  {
    id: 'nationalRentalHousing.totalAssetLimit',
    label: { ko: '총자산 기준 (이하)', en: 'total asset limit (at most)' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 345000000 }, sources: [booklet] }],
  },
  {
    id: 'nationalRentalHousing.carLimit',
    label: { ko: '자동차가액 기준 (이하)', en: 'car value limit (at most)' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 37080000 }, sources: [booklet] }],
  },
  {
    id: 'nationalRentalHousing.incomeShare',
    label: {
      ko: '소득 기준 (도시근로자 월평균소득 대비, 3인 이상)',
      en: 'income limit (share of urban worker average income, 3+ persons)',
    },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.7 }, sources: [booklet] }],
  },
  {
    id: 'nationalRentalHousing.incomeShare1p',
    label: { ko: '소득 기준 (1인 가구)', en: 'income limit (one person)' },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.9 }, sources: [booklet] }],
  },
  {
    id: 'nationalRentalHousing.incomeShare2p',
    label: { ko: '소득 기준 (2인 가구)', en: 'income limit (two persons)' },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.8 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003244',
  version: '2026.1',
  name: t('국민임대주택공급', 'National Rental Housing Supply'),
  ministry: '국토교통부',
  bureau: '주거복지지원과',
  legalBasis: [t('공공주택 특별법', 'Special Act on Public Housing')],
  target: 'household',
  lifeCycle: [],
  situations: ['multicultural', 'multiChild', 'veteran', 'disability', 'lowIncome', 'singleParent'],
  provision: 'inKind',
  cycle: 'asNeeded',
  summary: t(
    '무주택 저소득층(소득 1~4분위 계층)의 주거안정을 위해 국민임대주택을 공급합니다.',
    'Supplies national rental housing for the housing stability of low-income households without a home (income deciles 1–4).',
  ),
  criteria: all(
    undefined,
    noHomeOwner(),
    cmp(
      t('총자산 3억 4,500만원 이하', 'total assets at most 345,000,000'),
      v('household.netAssets'),
      '<=',
      param('nationalRentalHousing.totalAssetLimit'),
    ),
    judgement(
      t(
        '도시근로자 월평균소득 70%(1인 90%, 2인 80%) 이하, 자동차 3,708만원 이하',
        'at most 70% (one person 90%, two 80%) of urban worker average income; car at most 37,080,000',
      ),
      t(
        '도시근로자 월평균소득 대비 가구 소득과 자동차가액',
        'household income against the urban worker average, and car value',
      ),
    ),
  ),
  benefit: {
    description: t(
      '전용면적 60㎡ 이하 주택을 시중 전세시세의 60~80% 수준으로 임대 (최초 2년 계약, 2년 단위 재계약, 최장 30년)',
      'Flats of up to 60 m² at 60–80% of market jeonse rates (2-year first lease, renewable every 2 years, up to 30 years)',
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
