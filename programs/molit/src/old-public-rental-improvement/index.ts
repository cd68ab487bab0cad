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
  title: '복지로 노후공공임대주택시설개선 (WLF00000814), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000814&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「노후 영구 임대주택 리모델링」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'oldPublicRentalImprovement.minBuildingAge',
    label: { ko: '준공 후 경과 연수 (이상)', en: 'years since completion (minimum)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 15 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00000814',
  version: '2026.1',
  name: t('노후공공임대주택시설개선', 'Facility Improvement of Old Public Rental Housing'),
  ministry: '국토교통부',
  bureau: '주거복지지원과',
  legalBasis: [],
  target: 'household',
  lifeCycle: [],
  situations: [],
  provision: 'inKind',
  cycle: 'annual',
  summary: t(
    '노후 공공임대주택의 세대내부 및 부대·복리시설을 개선하여 저소득층의 주거안전 및 환경개선을 도모합니다.',
    'Improves the flats and the shared and welfare facilities of old public rental housing for the safety and living environment of low-income tenants.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('공공임대주택 거주', 'lives in public rental housing'),
      v('household.tenure'),
      '==',
      lit('publicRental', t('공공임대', 'public rental')),
    ),
    judgement(
      t(
        '준공 후 15년 이상 경과한 영구임대주택 단지',
        'a permanent rental estate completed 15 or more years ago',
      ),
      t('거주 단지의 유형과 준공 연도', 'the estate’s type and completion year'),
    ),
  ),
  benefit: {
    description: t(
      '노후주택 에너지성능 강화 공사 및 주거환경 개선 (세대 내부, 부대·복리시설)',
      'Energy-performance upgrades and living-environment improvements in old flats and their shared and welfare facilities',
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
