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
  title: '복지로 개발제한구역 거주민 생활비용보조사업 (WLF00000035), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000035&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「개발제한구역 생활비용 보조」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'greenbeltLivingCost.minAnnual',
    label: {
      ko: '생활비용 보조 한도 (연, 최저 구간)',
      en: 'living-cost subsidy limit (per year, lowest band)',
    },
    unit: 'krw/year',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 600000 },
        sources: [booklet],
        note: '소득별 차등 60~100만 원 한도',
      },
    ],
  },
  {
    id: 'greenbeltLivingCost.maxAnnual',
    label: {
      ko: '생활비용 보조 한도 (연, 최고 구간)',
      en: 'living-cost subsidy limit (per year, highest band)',
    },
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1000000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00000035',
  version: '2026.1',
  name: t(
    '개발제한구역 거주민 생활비용보조사업',
    'Living-Cost Subsidy for Development-Restricted-Zone Residents',
  ),
  ministry: '국토교통부',
  bureau: '녹색도시과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'annual',
  summary: t(
    '개발제한구역 지정으로 생활의 불편을 겪는 구역 내 저소득 주민에게 보전부담금을 재원으로 생활비용을 보조합니다.',
    'Subsidises the living costs of low-income residents inconvenienced by the designation of development-restricted zones (greenbelts), funded from the conservation charges.',
  ),
  criteria: all(
    undefined,
    cmp(t('세대주', 'head of household'), v('person.relation'), '==', lit('head', t('세대주', 'head'))),
    judgement(
      t('개발제한구역 지정 당시부터 구역 안에 거주', 'has lived in the zone since it was designated'),
      t(
        '개발제한구역 지정 당시 거주 사실 (주민등록 이력)',
        'residence in the zone at designation (resident-registration history)',
      ),
    ),
    judgement(
      t(
        '가구 월평균 소득이 전전년도(2024년 기준 2022년) 도시지역 가구당 월평균 소득액 이하',
        'household average monthly income at most the urban household average of two years before (2022 for 2024)',
      ),
      t(
        '도시지역 가구당 월평균 소득액 (출처에 금액 없음)과 가구 소득',
        'the urban household average income (no amount in the sources) and the household’s income',
      ),
    ),
  ),
  benefit: {
    description: t(
      '전년도에 사용한 학자금·전기료·건강보험료·정보통신비·의료비·수도료 등 생활비용을 세대당 연 1회 소득별 차등 지급 (600,000원~1,000,000원 한도)',
      'Once a year per household, last year’s living costs (school fees, electricity, health insurance, telecoms, medical, water, …) are reimbursed by income band (limits of 600,000 to 1,000,000)',
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
