import {
  all,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title:
    '복지로 사회보험사각지대해소 사업(두루누리 사회보험료 지원사업) (WLF00000095), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000095&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「저임금 근로자·예술인·노무제공자 사회보험료 지원 (두루누리)」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'durunuri.wageLimit',
    label: t('월평균보수 기준 (미만)', 'average monthly pay limit (under)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2_700_000 }, sources: [booklet0] }],
  },
  {
    id: 'durunuri.firmSizeLimit',
    label: t('근로자 수 기준 (미만)', 'business size limit (workers, fewer than)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 10 }, sources: [booklet0] }],
  },
  {
    id: 'durunuri.supportRate',
    label: t('사회보험료 지원율', 'share of contributions paid'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.8 }, sources: [booklet0] }],
  },
  {
    id: 'durunuri.propertyTaxBaseLimit',
    label: t(
      '고액자산가 기준: 전년도 재산과세표준액 합계 (이상 제외)',
      'high-asset rule: property tax base (excluded from)',
    ),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 600_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'durunuri.comprehensiveIncomeLimit',
    label: t(
      '고액자산가 기준: 전년도 종합소득 (이상 제외)',
      'high-asset rule: comprehensive income (excluded from)',
    ),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 43_000_000 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00000095',
  version: '2026.1',
  name: t(
    '사회보험사각지대해소 사업(두루누리 사회보험료 지원사업)',
    'Durunuri social insurance premium subsidy',
  ),
  ministry: '고용노동부',
  bureau: '고용지원실업급여과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge'],
  situations: [],
  provision: 'reduction',
  cycle: 'monthly',
  summary: t(
    '소규모 사업 저임금 근로자, 예술인, 노무제공자의 사회보험료를 지원하여 사회보험가입 사각지대 해소 및 사회안전망을 강화합니다.',
    'Pays part of the social insurance contributions of low-paid workers, artists and platform workers in small businesses, to close gaps in social insurance coverage and strengthen the safety net.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('근로자·예술인·노무제공자', 'employee, artist or platform worker'),
      fact('employment', 'status'),
      'in',
      lit(['employee', 'dailyWorker', 'artist', 'platformWorker']),
    ),
    cmp(
      t('월평균보수 270만 원 미만 (근로소득)', 'average monthly pay under 2,700,000 (earned income)'),
      v('person.earnedIncome'),
      '<',
      param('durunuri.wageLimit'),
    ),
    judgement(
      t(
        '근로자 10인 미만 사업의 신규 가입 근로자(예술인·노무제공자는 10인 이상 사업도 대상)이고, 고액자산가(전년도 재산과세표준 6억 원 이상 또는 종합소득 4,300만 원 이상)가 아니며, 사업주가 지원 신청',
        'a new insured worker in a business with fewer than 10 workers (artists and platform workers also in larger ones), not a high-asset person (property tax base of 600 million or more, or comprehensive income of 43 million or more), with the employer applying',
      ),
      t(
        '사업장 규모, 신규 가입 여부, 재산과세표준·종합소득 (근로복지공단·국민연금공단)',
        'business size, new enrolment, property tax base and comprehensive income (COMWEL, NPS)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '사업주와 신규 가입 근로자·예술인·노무제공자가 부담하는 사회보험료의 80% 지원 (근로자는 고용보험·국민연금, 예술인·노무제공자는 고용보험)',
      '80% of the social insurance contributions of the employer and the newly insured worker, artist or platform worker (employment insurance and national pension for workers; employment insurance for artists and platform workers)',
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
  sources: [catalogue, booklet0],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
