import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  receives,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 재난적의료비 지원 사업 (WLF00003247), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003247&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「재난적의료비 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'catastrophicMedical.incomeShare',
    label: t(
      '소득기준 (기준 중위소득 대비, 건강보험료 기준)',
      'income limit (share of the median, by health premium)',
    ),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1.0 }, sources: [booklet] }],
  },
  {
    id: 'catastrophicMedical.reviewIncomeShare',
    label: t(
      '개별심사 소득 상한 (기준 중위소득 대비)',
      'income ceiling for individual review (share of the median)',
    ),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2.0 }, sources: [booklet] }],
  },
  {
    id: 'catastrophicMedical.propertyCap',
    label: t('재산기준 (재산과표 합산액 이하)', 'property limit (taxable value)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 700000000 }, sources: [booklet] }],
  },
  {
    id: 'catastrophicMedical.recipientCostThreshold',
    label: t(
      '수급자·차상위 본인부담의료비 기준 (초과 시 지원)',
      'medical-cost threshold for recipients and near-poor',
    ),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 800000 }, sources: [booklet] }],
  },
  {
    id: 'catastrophicMedical.lowIncomeMultiCostThreshold',
    label: t(
      '중위소득 50% 이하 2인 이상 가구 의료비 기준',
      'medical-cost threshold, ≤50% of median, 2+ persons',
    ),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1600000 }, sources: [booklet] }],
  },
  {
    id: 'catastrophicMedical.incomeCostShare',
    label: t('연소득 대비 의료비 부담 기준', 'medical costs as a share of yearly income'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.1 }, sources: [booklet] }],
  },
  {
    id: 'catastrophicMedical.supportRate',
    label: t('소득구간별 지원비율', 'support rate by income band'),
    unit: 'ratio',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { recipientNearPoor: 0.8, upTo50: 0.7, upTo100: 0.6, upTo200: 0.5 } },
        sources: [booklet],
      },
    ],
  },
  {
    id: 'catastrophicMedical.annualCap',
    label: t('연간 지원한도', 'yearly support limit'),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 50000000 }, sources: [booklet] }],
  },
  {
    id: 'catastrophicMedical.maxDays',
    label: t('연간 지원 일수 (입원·외래 합산)', 'yearly days supported (inpatient and outpatient)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 180 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003247',
  version: '2026.1',
  name: t('재난적의료비 지원 사업', 'Catastrophic medical expense support'),
  ministry: '보건복지부',
  bureau: '필수의료총괄과',
  legalBasis: [t('재난적의료비 지원에 관한 법률', 'Act on Support for Catastrophic Medical Expenses')],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '질병‧부상 등으로 가구의 부담능력을 넘어서는 과도한 의료비로 인한 경제적 부담을 겪는 가구에 의료비를 지원합니다.',
    'Supports households facing medical costs from illness or injury beyond what they can bear.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('국내 거주 국민', 'Korean national living in Korea'),
      v('person.nationality'),
      '==',
      lit('KR', t('대한민국', 'Korea')),
    ),
    any(
      t(
        '기초생활수급자·차상위계층, 또는 소득·재산 기준 충족',
        'NBLSS recipient or near-poor, or within the income and property limits',
      ),
      any(
        t(
          '기초생활수급자 (생계·의료·주거·교육급여)',
          'NBLSS recipient (livelihood, medical, housing or education benefit)',
        ),
        cmp(
          t('생계급여 수급', 'livelihood benefit recipient'),
          receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
          '==',
          lit(true),
        ),
        cmp(
          t('의료급여 수급', 'medical aid recipient'),
          receives('WLF00000102', t('의료급여 수급', 'medical aid recipient')),
          '==',
          lit(true),
        ),
        cmp(
          t('주거급여 수급', 'housing benefit recipient'),
          receives('WLF00003201', t('주거급여 수급', 'housing benefit recipient')),
          '==',
          lit(true),
        ),
        cmp(
          t('교육급여 수급', 'education benefit recipient'),
          receives('WLF00001089', t('교육급여 수급', 'education benefit recipient')),
          '==',
          lit(true),
        ),
      ),
      someMember(
        t('차상위계층 가구원', 'a certified near-poor member'),
        cmp(t('차상위계층 확인', 'certified near-poor'), fact('nearPoor'), '==', lit(true)),
      ),
      all(
        t('소득·재산 기준', 'income and property limits'),
        judgement(
          t(
            '가구 건강보험료가 기준 중위소득 100% 해당액 이하 (개별심사 200%)',
            'household health premium at or below the 100%-of-median level (200% on individual review)',
          ),
          t('가구 건강보험료 (국민건강보험공단)', 'household health-insurance premium (NHIS)'),
        ),
        judgement(
          t('가구 재산과표 합산액 7억 원 이하', 'household taxable property at most 700,000,000'),
          t(
            '주택·건물·토지 등 재산과표액 (지방세 자료)',
            'taxable value of houses, buildings and land (local tax records)',
          ),
        ),
      ),
    ),
    judgement(
      t(
        '본인부담의료비가 소득 구간별 기준 초과 (수급자·차상위 80만 원, 그 밖에는 연소득의 10% 등)',
        'own medical costs above the threshold for the income band (800,000 for recipients and near-poor, otherwise 10% of yearly income, …)',
      ),
      t(
        '본인부담 의료비 총액과 연소득 (진료비 영수증·세부내역서)',
        'total own medical costs and yearly income (receipts and itemised bills)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '지원제외항목을 뺀 본인부담의료비의 50~80% (수급자·차상위 80%, 중위 50% 이하 70%, 100% 이하 60%, 200% 이하 50%), 입원·외래 합산 연간 180일, 연간 5천만 원 한도',
      '50–80% of own medical costs after exclusions (80% for recipients and near-poor, 70% up to 50% of median, 60% up to 100%, 50% up to 200%), up to 180 days and 50,000,000 a year',
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
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters: parameters,
  cases,
});
