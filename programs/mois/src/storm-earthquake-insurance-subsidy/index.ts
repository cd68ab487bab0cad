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

const catalogue: Source = {
  title: '복지로 풍수해·지진재해보험료 지원 (WLF00000053), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000053&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「풍수해보험」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'stormInsurance.subsidyRate',
    label: t('보험료 지원율 (국가·지자체)', 'premium subsidy rate (state and local)'),
    unit: 'ratio',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: {
            general: 0.7,
            nearPoor: 0.78,
            recipientOrHazardArea: 0.87,
            localTopUpMax: 0.92,
            hazardAreaLowIncome: 1,
          },
        },
        sources: [booklet],
      },
    ],
  },
  {
    id: 'stormInsurance.payout',
    label: t(
      '전파 피해 시 보험금 (단독주택 80㎡, 90% 보장상품)',
      'payout for total loss (80 m² detached house, 90% cover)',
    ),
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { owner: 72_000_000, tenant: 12_000_000 } },
        sources: [booklet],
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00000053',
  version: '2026.1',
  name: t('풍수해·지진재해보험료 지원', 'Storm, flood and earthquake insurance premium subsidy'),
  ministry: '행정안전부',
  bureau: '재난보험과',
  legalBasis: [],
  target: 'household',
  lifeCycle: [],
  situations: ['lowIncome'],
  provision: 'reduction',
  cycle: 'annual',
  summary: t(
    '행정안전부가 관장하고 민영보험사가 판매 및 운영하는 정책보험으로 보험료의 일부를 국가가 보조하여 국민은 저렴한 보험료로 예기치 못한 풍수해 피해를 보상받도록 합니다.',
    'A policy insurance overseen by the interior ministry and sold by private insurers, with the state paying part of the premium so that people can insure against storm, flood and earthquake damage cheaply.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('주택 거주 (소유자 또는 세입자)', 'lives in a home (owner or tenant)'),
      v('household.tenure'),
      'notIn',
      lit(['homeless', 'facility'], t('노숙·시설', 'homeless or facility')),
    ),
    judgement(
      t(
        '가입 대상 시설물(주택·온실·소상공인 상가·공장)과 보험 가입',
        'an insurable property (home, greenhouse, small-business shop or factory) and a policy',
      ),
      t('가입 신청 (시군구 재난관리부서·판매 보험사)', 'application (district disaster office or insurer)'),
    ),
  ),
  benefit: {
    description: t(
      '풍수해·지진 보험료 지원: 일반 주택·온실·소상공인 70%, 차상위계층(주택) 78%, 기초생활수급자·재해취약지역(주택) 87%, 지자체 추가 지원 시 최대 92%, 재해취약지역 저소득층 100%',
      'Premium subsidy for storm, flood and earthquake insurance: 70% for homes, greenhouses and small businesses, 78% for near-poor homes, 87% for NBLSS recipients and hazard-prone areas, up to 92% with local top-ups, 100% for low-income homes in hazard-prone areas',
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
  parameters,
  cases,
});
