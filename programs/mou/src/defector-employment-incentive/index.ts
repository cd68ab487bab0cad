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
  title: '복지로 (북한이탈주민)취업 지원 (WLF00003168), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003168&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「북한이탈주민 취업 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'defectorEmploymentIncentive.minTenureMonths',
    label: t('동일 업체 근속 기간 (이상)', 'minimum months with the same employer'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6 }, sources: [booklet] }],
  },
  {
    id: 'defectorEmploymentIncentive.maxYears',
    label: t('장려금 지급 기간 (최대)', 'incentive period (maximum)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3 }, sources: [booklet] }],
  },
  {
    id: 'defectorEmploymentIncentive.capitalAreaMax',
    label: t('취업장려금 총액 (수도권, 최대)', 'total incentive, capital area (maximum)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18000000 }, sources: [booklet] }],
  },
  {
    id: 'defectorEmploymentIncentive.otherRegionMax',
    label: t('취업장려금 총액 (지방, 최대)', 'total incentive, other regions (maximum)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 21000000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003168',
  version: '2026.1',
  name: t('(북한이탈주민)취업 지원', 'Employment incentives for North Korean defectors'),
  ministry: '통일부',
  bureau: '교육기획과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['multicultural'],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '북한이탈주민의 장기근속을 유도하기 위하여 취업장려금과 새출발장려금을 지급합니다.',
    'Pays employment and fresh-start incentives to encourage North Korean defectors to stay in their jobs.',
  ),
  criteria: all(
    undefined,
    cmp(t('북한이탈주민', 'North Korean defector'), fact('northKoreanDefector'), '==', lit(true)),
    cmp(
      t('임금근로자로 취업', 'employed as a wage worker'),
      fact('employment', 'status'),
      '==',
      lit('employee'),
    ),
    judgement(
      t(
        '동일 업체에 6개월 이상 근무 (거주지 보호기간 내, 2021.1.1. 이후 신청)',
        'worked 6+ months for the same employer (within the residence-protection period, applying from 1 January 2021)',
      ),
      t(
        '근속기간과 보호기간 (북한이탈주민정착지원사무소)',
        'length of employment and protection period (settlement support office)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '6개월 이상 동일 업체 근무 시 최대 3년간 취업장려금 (수도권 최대 18,000,000원, 지방 최대 21,000,000원; 2021.1.1. 신청자부터)',
      'Employment incentives for up to 3 years after 6+ months with the same employer (up to 18,000,000 in the capital area and 21,000,000 elsewhere; for applications from 2021)',
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
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({ label: t('입금 계좌', 'bank account for payment') }),
    }),
    evidence: [
      {
        id: 'application',
        label: t('사회보장급여 신청서', 'social security benefit application'),
        required: true,
      },
      {
        id: 'defectorCertificate',
        label: t('북한이탈주민 확인서', 'North Korean defector certificate'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
