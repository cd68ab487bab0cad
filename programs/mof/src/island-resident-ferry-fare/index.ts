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
  title: '복지로 도서민 여객선 운임지원 (WLF00003196), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003196&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「도서민 여객선 운임 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'islandFerryFare.minDaysRegistered',
    label: t('섬 지역 주민등록 경과일수 (이상)', 'days registered on the island (at least)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 30 }, sources: [booklet] }],
  },
  {
    id: 'islandFerryFare.bridgeExclusionYears',
    label: t('연륙·연도교 연결 후 제외 기간', 'years after a bridge link after which an island is excluded'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 10 }, sources: [booklet] }],
  },
  {
    id: 'islandFerryFare.shortRouteFare',
    label: t('단거리 운임구간 기준 (미만)', 'short-route fare threshold (under)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 8340 }, sources: [booklet] }],
  },
  {
    id: 'islandFerryFare.shortRouteSupportRate',
    label: t('단거리 구간 운임 지원율', 'short-route fare support rate'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.5 }, sources: [booklet] }],
  },
  {
    id: 'islandFerryFare.residentFareCap',
    label: t('도서민 여객운임 부담 상한 (운임 구간별)', 'resident fare cap (by fare band)'),
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { upTo30000: 5000, upTo50000: 6000, over50000: 7000 } },
        sources: [booklet],
      },
    ],
  },
  {
    id: 'islandFerryFare.vehicleSupportRateMax',
    label: t('차량운임 지원율 (이내)', 'vehicle fare support rate (at most)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.5 }, sources: [booklet] }],
  },
  {
    id: 'islandFerryFare.truckMaxTonnage',
    label: t('지원 화물차 최대 적재량 (미만, 톤)', 'truck load limit for support (under, tons)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 5 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003196',
  version: '2026.1',
  name: t('도서민 여객선 운임지원', 'Ferry fare support for island residents'),
  ministry: '해양수산부',
  bureau: '연안해운과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'reduction',
  cycle: 'asNeeded',
  summary: t(
    '섬 지역에 주민등록을 하고 30일 이상 지난 사람(제주도 본도와 연륙·연도교로 연결된 지 10년이 지난 섬 제외)에게 연안여객선 여객운임(단거리 구간 50%, 그 밖의 구간은 최대 7,000원만 부담)과 차량운임(5톤 미만 화물차·승용·승합차 50% 이내)을 지원합니다.',
    'People registered as residents of an island for 30+ days (not Jeju’s main island or islands linked by a bridge for over 10 years) get coastal ferry fares reduced (50% on short routes, otherwise they pay at most 7,000) and vehicle fares (up to 50% for cars, vans and trucks under 5 tons).',
  ),
  criteria: all(
    undefined,
    cmp(
      t('대한민국 국민 (주민등록 대상)', 'Korean national (resident registration)'),
      v('person.nationality'),
      '==',
      lit('KR', t('대한민국', 'Korea')),
    ),
    judgement(
      t(
        '섬 지역 주민등록 후 30일 이상 경과 (제주 본도·연결 후 10년 지난 섬 제외)',
        'registered on an island for 30+ days (not Jeju main island or islands bridged over 10 years ago)',
      ),
      t(
        '섬 지역 주민등록일과 제외 섬 여부 (도서민 운임지원 관리시스템)',
        'island registration date and excluded islands (ferry-fare support system)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '여객운임: 단거리 운임구간(8,340원 미만) 기준 운임의 50% 지원, 그 밖의 구간은 도서민 부담 상한(3만원 이하 5,000원, 3만원 초과~5만원 이하 6,000원, 5만원 초과 7,000원); 차량운임: 도서민 소유 비영업용 차량(5톤 미만 화물차, 승용·승합차) 50% 이내',
      'passenger fares: 50% on short routes (under 8,340); elsewhere residents pay at most 5,000 (fare ≤30,000), 6,000 (≤50,000) or 7,000 (above); vehicle fares: up to 50% for residents’ non-commercial vehicles (cars, vans, trucks under 5 tons)',
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
  effective: { from: '2024-01-01' },
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
