import {
  all,
  cmp,
  defineProgram,
  judgement,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 대중교통비 환급 지원(모두의카드) (WLF00005440), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005440&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const gimhae: Source = {
  title:
    '김해시 K-패스 사업 안내 (대중교통의 육성 및 이용촉진에 관한 법률 제12조; 만 19세 이상, 월 15회 이상 이용)',
  url: 'https://www.gimhae.go.kr/00954/01200/04181.web?amode=view&gcode=1171&idx=2573574',
  status: 'secondary',
};
const kpassGuide: Source = {
  title:
    '보조금24 K-패스 요약 (bokjiyo.com): 만 19세 이상, 월 15회 이상, 환급률 일반 20%·청년 30%·저소득 53%',
  url: 'https://bokjiyo.com/subsidies/161300000104',
  status: 'secondary',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'publicTransportRefund.minAge',
    label: { ko: '이용 연령 (만 나이, 이상)', en: 'minimum age (full years, inclusive)' },
    unit: 'years',
    versions: [
      {
        from: '2024-05-01',
        value: { type: 'scalar', value: 19 },
        sources: [gimhae, kpassGuide],
        note: '2차 출처: 2026년 모두의카드 개편 내용은 확인하지 못함',
      },
    ],
  },
  {
    id: 'publicTransportRefund.minMonthlyTrips',
    label: { ko: '월 최소 이용 횟수 (이상)', en: 'minimum trips a month' },
    unit: 'count',
    versions: [{ from: '2024-05-01', value: { type: 'scalar', value: 15 }, sources: [gimhae, kpassGuide] }],
  },
  {
    id: 'publicTransportRefund.maxMonthlyTrips',
    label: { ko: '월 환급 인정 횟수 한도', en: 'maximum trips refunded a month' },
    unit: 'count',
    versions: [{ from: '2024-05-01', value: { type: 'scalar', value: 60 }, sources: [kpassGuide] }],
  },
  {
    id: 'publicTransportRefund.generalRate',
    label: { ko: '환급률 (일반)', en: 'refund rate (general)' },
    unit: 'ratio',
    versions: [{ from: '2024-05-01', value: { type: 'scalar', value: 0.2 }, sources: [kpassGuide] }],
  },
  {
    id: 'publicTransportRefund.youthRate',
    label: { ko: '환급률 (청년 만 19~34세)', en: 'refund rate (young adults 19–34)' },
    unit: 'ratio',
    versions: [{ from: '2024-05-01', value: { type: 'scalar', value: 0.3 }, sources: [kpassGuide] }],
  },
  {
    id: 'publicTransportRefund.lowIncomeRate',
    label: { ko: '환급률 (기초생활수급자·차상위계층)', en: 'refund rate (NBLSS recipients and near-poor)' },
    unit: 'ratio',
    versions: [{ from: '2024-05-01', value: { type: 'scalar', value: 0.533 }, sources: [kpassGuide] }],
  },
];

export default defineProgram({
  id: 'WLF00005440',
  version: '2026.1',
  name: t('대중교통비 환급 지원(모두의카드)', 'Public Transport Fare Refund (K-Pass, Modu Card)'),
  ministry: '국토교통부',
  bureau: '광역교통경제과',
  legalBasis: [
    t('대중교통의 육성 및 이용촉진에 관한 법률', 'Act on the Support and Promotion of Public Transport'),
  ],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['multicultural', 'lowIncome'],
  provision: 'other',
  cycle: 'monthly',
  summary: t(
    '정기적 대중교통 이용을 지원하여 대중교통을 자주 이용하는 서민·청년층 등의 교통비 부담을 완화하고 대중교통 이용을 촉진합니다.',
    'Supports regular public-transport use, easing the fares of ordinary people and young people who ride often and encouraging public transport.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 19세 이상', 'aged 19 or over'), v('person.age'), '>=', param('publicTransportRefund.minAge')),
    judgement(
      t(
        '월 15회 이상 정기적 대중교통 이용 (K-패스 카드 발급·회원가입, 참여 지자체 주민)',
        'rides public transport 15 or more times a month (K-Pass card and registration, resident of a participating local government)',
      ),
      t('월별 대중교통 이용 실적과 카드 등록', 'monthly public-transport use and card registration'),
    ),
  ),
  benefit: {
    description: t(
      '월 15회 이상 이용 시 대중교통 이용금액의 일정 비율 환급 (일반 20%, 청년 30%, 저소득층 53%, 월 최대 60회; 2차 출처 — 2026년 모두의카드 개편 기준은 확인하지 못함)',
      'With 15+ rides a month, a share of the fares is refunded (general 20%, young adults 30%, low-income 53%, up to 60 rides a month; secondary sources — the 2026 Modu Card rules were not verified)',
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
  effective: { from: '2024-05-01' },
  sources: [catalogue, gimhae, kpassGuide],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
