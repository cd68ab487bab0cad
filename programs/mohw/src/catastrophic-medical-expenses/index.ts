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

const record: Source = {
  title: '복지로 재난적의료비 지원 사업 (WLF00003247) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003247&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const p2026 = (
  id: string,
  label: ReturnType<typeof t>,
  unit: ParameterDefinition['unit'],
  value: ParameterDefinition['versions'][number]['value'],
): ParameterDefinition => ({ id, label, unit, versions: [{ from: '2026-01-01', value, sources: [record] }] });
const scalar = (value: number) => ({ type: 'scalar' as const, value });

const parameters: ParameterDefinition[] = [
  p2026(
    'catastrophicMedical.incomeShare',
    t('소득기준 (기준 중위소득 대비)', 'income limit (share of the median)'),
    'ratio',
    scalar(1),
  ),
  p2026(
    'catastrophicMedical.reviewIncomeShare',
    t(
      '개별심사 소득 상한 (기준 중위소득 대비)',
      'income ceiling for individual review (share of the median)',
    ),
    'ratio',
    scalar(2),
  ),
  p2026(
    'catastrophicMedical.propertyCap',
    t('재산기준 (재산과표 이하)', 'property limit (taxable value, at most)'),
    'krw',
    scalar(700_000_000),
  ),
  p2026(
    'catastrophicMedical.recipientCostThreshold',
    t(
      '기초수급자·차상위 본인부담 의료비 기준 (초과)',
      'own medical costs threshold for recipients and near-poor (above)',
    ),
    'krw',
    scalar(800_000),
  ),
  p2026(
    'catastrophicMedical.lowIncomeShare',
    t(
      '저소득 의료비 기준 적용 소득 (기준 중위소득 대비, 이하)',
      'low-income cost threshold applies up to (share of the median)',
    ),
    'ratio',
    scalar(0.5),
  ),
  p2026(
    'catastrophicMedical.lowIncomeCostThreshold',
    t(
      '기준 중위소득 50% 이하 본인부담 의료비 기준 (초과)',
      'own medical costs threshold at or below 50% of the median (above)',
    ),
    'krw',
    scalar(1_600_000),
  ),
  p2026(
    'catastrophicMedical.incomeCostShare',
    t(
      '본인부담 의료비 기준 (가구 연 소득 대비, 초과)',
      'own medical costs as a share of yearly household income (above)',
    ),
    'ratio',
    scalar(0.1),
  ),
  p2026(
    'catastrophicMedical.reviewIncomeCostShare',
    t(
      '개별심사(중위 100~200%) 의료비 기준 (연 소득 대비, 초과)',
      'individual review (100–200% of the median): costs as a share of yearly income (above)',
    ),
    'ratio',
    scalar(0.2),
  ),
  p2026(
    'catastrophicMedical.supportRateRange',
    t('본인부담금 지원비율 범위 (소득에 따라)', 'share of own costs paid (range, by income)'),
    'ratio',
    { type: 'byKey', values: { min: 0.5, max: 0.8 } },
  ),
  p2026(
    'catastrophicMedical.annualCap',
    t('연간 지원한도', 'yearly support limit'),
    'krw/year',
    scalar(50_000_000),
  ),
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
      t('국내에 거주하는 국민', 'Korean national living in Korea'),
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
      judgement(
        t(
          '기준 중위소득 100% 이하 (100~200%는 개별심사)',
          'at or below 100% of the median (100–200% on individual review)',
        ),
        t(
          '가구 소득 산정 (기록에 산정 방법 없음 — 국민건강보험공단)',
          'the household income assessment (the record does not say how — NHIS)',
        ),
      ),
    ),
    judgement(
      t('재산과표 7억원 이하', 'taxable property value at most 700,000,000'),
      t(
        '가구 재산과표 (지방세 과세표준 자료)',
        'the household’s taxable property value (local tax base records)',
      ),
    ),
    judgement(
      t(
        '질환 기준과 의료비 부담 수준: 본인부담 의료비가 가구 연 소득의 10% 초과 (기초수급자·차상위 80만원, 중위 50% 이하 160만원, 중위 100~200% 연 소득의 20% 초과)',
        'the illness criterion and the cost burden: own medical costs above 10% of yearly household income (800,000 for recipients and near-poor, 1,600,000 at or below 50% of the median, 20% of yearly income at 100–200% of the median)',
      ),
      t(
        '질환, 본인부담 의료비 총액과 가구 연 소득 (진료비 영수증·세부내역서)',
        'the illness, total own medical costs and yearly household income (receipts and itemised bills)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '소득에 따라 의료비 본인부담금의 50~80% 지원, 연간 최대 5천만원. 소득 구간별 지원비율과 지원 일수는 기록에 없음 (2026 사업안내)',
      '50–80% of own medical costs by income, up to 50,000,000 a year. The rate for each income band and the number of days are not in the record (2026 programme guidance)',
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
  sources: [record],
  fidelity: 'statutory',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters,
  cases,
});
