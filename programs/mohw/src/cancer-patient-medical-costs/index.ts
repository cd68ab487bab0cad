import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  mul,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 암환자의료비지원 (WLF00001184), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001184&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「성인 암환자 의료비 지원」',
  status: 'official',
};
const book2: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「소아 암환자 의료비 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'cancerPatientMedicalCosts.adultAge',
    label: { ko: '성인 암환자 연령 (만 나이 이상)', en: 'adult patient age (at least)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [book] }],
  },
  {
    id: 'cancerPatientMedicalCosts.adultAnnualCap',
    label: { ko: '성인 암환자 지원 한도 (연)', en: 'adult annual cap' },
    unit: 'krw/year',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 3000000 },
        sources: [book],
        note: '연속 최대 3년, 급여·비급여 구분 없음',
      },
    ],
  },
  {
    id: 'cancerPatientMedicalCosts.adultYears',
    label: { ko: '성인 암환자 연속 지원 기간', en: 'adult support period (consecutive years)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3 }, sources: [book] }],
  },
  {
    id: 'cancerPatientMedicalCosts.childIncomeShare',
    label: {
      ko: '소아 암환자 건강보험 가구 소득기준 (기준 중위소득 대비)',
      en: 'child patients with health insurance: income limit (share of the median)',
    },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1.2 }, sources: [book2] }],
  },
  {
    id: 'cancerPatientMedicalCosts.childAssetShare',
    label: {
      ko: '소아 암환자 재산기준 (최고재산액 대비)',
      en: 'child patients: asset limit (share of the maximum-assets amount)',
    },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3.0 }, sources: [book2] }],
  },
  {
    id: 'cancerPatientMedicalCosts.childAnnualCap',
    label: { ko: '소아 암환자 지원 한도 (연)', en: 'child annual cap' },
    unit: 'krw/year',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: { leukemia: 30000000, other: 20000000, stemCellTransplant: 30000000 },
        },
        sources: [book2],
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00001184',
  version: '2026.1',
  name: t('암환자의료비지원', 'Medical costs for low-income cancer patients'),
  ministry: '보건복지부',
  bureau: '질병정책과',
  legalBasis: [t('암관리법', 'Cancer Control Act')],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen', 'youth', 'middleAge', 'senior'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '저소득층 암환자에게 의료비를 지원하여 경제적 부담을 완화하고, 의료이용 장벽을 낮춰 암 환자의 치료 접근성을 향상시킵니다.',
    'Pays medical costs for low-income cancer patients, easing their financial burden and lowering barriers to treatment.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('암환자 (원발성 암)', 'cancer patient (primary cancer)'),
      fact('illness', 'kind'),
      '==',
      lit('cancer'),
    ),
    any(
      t('성인 또는 소아 암환자 소득 요건', 'income requirement for adult or child patients'),
      all(
        t(
          '18세 이상: 의료급여수급자 또는 차상위 본인부담경감대상자',
          '18+: medical-aid recipient or near-poor copay-reduction beneficiary',
        ),
        cmp(
          t('만 18세 이상', 'aged 18 or over'),
          v('person.age'),
          '>=',
          param('cancerPatientMedicalCosts.adultAge'),
        ),
        any(
          undefined,
          cmp(
            t('의료급여 수급권자', 'medical aid recipient'),
            receives('WLF00000102', t('의료급여 수급권자', 'medical aid recipient')),
            '==',
            lit(true),
          ),
          cmp(
            t(
              '차상위 본인부담경감대상자 (건강보험증 구분자 C·E)',
              'near-poor copay-reduction beneficiary (insurance codes C, E)',
            ),
            fact('nearPoor', 'kind'),
            '==',
            lit('copayReduction'),
          ),
        ),
      ),
      all(
        t(
          '18세 미만: 의료급여·차상위 또는 소득·재산 기준 이하 건강보험 가구',
          'under 18: medical aid, near-poor, or a health-insured household within the income and asset limits',
        ),
        cmp(
          t('만 18세 미만 (등록 신청일 기준)', 'under 18 (on the registration date)'),
          v('person.age'),
          '<',
          param('cancerPatientMedicalCosts.adultAge'),
        ),
        any(
          undefined,
          cmp(
            t('의료급여 수급권자', 'medical aid recipient'),
            receives('WLF00000102', t('의료급여 수급권자', 'medical aid recipient')),
            '==',
            lit(true),
          ),
          cmp(
            t(
              '차상위 본인부담경감대상자 (건강보험증 구분자 C·E)',
              'near-poor copay-reduction beneficiary (insurance codes C, E)',
            ),
            fact('nearPoor', 'kind'),
            '==',
            lit('copayReduction'),
          ),
          all(
            t(
              '건강보험 가구: 소득 기준 중위소득 120% 이하, 재산 최고재산액 300% 이하',
              'health-insured household: income at most 120% of the median, assets at most 300% of the maximum-assets amount',
            ),
            cmp(
              t('가구 소득이 기준 중위소득 120% 이하', 'household income at most 120% of the median'),
              v('household.monthlyIncome'),
              '<=',
              mul(
                t('기준 중위소득 × 기준 비율', 'median income × share'),
                param('median.income', { by: 'household.size' }),
                param('cancerPatientMedicalCosts.childIncomeShare'),
              ),
            ),
            judgement(
              t('재산이 최고재산액 300% 이하', 'assets at most 300% of the maximum-assets amount'),
              t('가구 재산 조사 (보건소)', 'household asset check (health centre)'),
            ),
          ),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '성인(18세 이상): 연 최대 300만 원, 연속 최대 3년 (급여·비급여 구분 없음). 소아(18세 미만): 백혈병 연 최대 3,000만 원, 기타 암 연 최대 2,000만 원 (조혈모세포 이식 시 3,000만 원)',
      'Adults (18+): up to 3,000,000 a year for up to 3 consecutive years (covered and non-covered). Children (under 18): up to 30,000,000 a year for leukaemia, 20,000,000 for other cancers (30,000,000 with a stem-cell transplant)',
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
      { id: 'diagnosis', label: t('암 진단서', 'cancer diagnosis'), required: true },
      { id: 'receipts', label: t('진료비 영수증', 'medical receipts'), required: true },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book, book2],
  fidelity: 'summary',
  dependsOn: ['WLF00000102'],
  parameters,
  cases,
});
