import type { ParameterDefinition, ParameterVersion, Source } from '../types.js';
import { src } from './sources.js';

const bySize = (values: number[], extraPerMember: number) => ({
  type: 'bySize' as const,
  values,
  extraPerMember,
});
const scalar = (value: number) => ({ type: 'scalar' as const, value });
const byKey = (values: Record<string, number>) => ({ type: 'byKey' as const, values });

/** An NBLSS threshold table; households of 8+ add (7-person − 6-person) per extra member (derived). */
function nblssTable(from: string, values: number[], sources: Source[], ratio: number): ParameterVersion {
  const [six, seven] = [values[5]!, values[6]!];
  return {
    from,
    value: bySize(values, seven - six),
    sources: [...sources, src.nblssRates],
    basis: { param: 'median.income', ratio, source: src.nblssRates },
    note: '8인 이상: 7인 기준 + (7인 − 6인) × 추가 가구원 (기준 중위소득 규칙 준용, derived)',
  };
}

/** 기준 중위소득 and the NBLSS (국민기초생활보장) selection thresholds and income-recognition parameters. */
export const coreParameters: ParameterDefinition[] = [
  {
    id: 'median.income',
    label: { ko: '기준 중위소득', en: 'standard median income' },
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: bySize([2228445, 3682609, 4714657, 5729913, 6695735, 7618369, 8514994], 896625),
        sources: [src.medianNotice2024, src.medianEightPlus],
      },
      {
        from: '2025-01-01',
        value: bySize([2392013, 3932658, 5025353, 6097773, 7108192, 8064805, 8988428], 923623),
        sources: [src.medianNotice2025, src.medianEightPlus],
      },
      {
        from: '2026-01-01',
        value: bySize([2564238, 4199292, 5359036, 6494738, 7556719, 8555952, 9515150], 959198),
        sources: [src.medianNotice2026, src.medianEightPlus],
      },
    ],
  },
  {
    id: 'nblss.threshold.livelihood',
    label: {
      ko: '생계급여 선정기준 (기준 중위소득 32%)',
      en: 'livelihood benefit threshold (32% of median)',
    },
    unit: 'krw/month',
    versions: [
      nblssTable(
        '2024-01-01',
        [713102, 1178435, 1508690, 1833572, 2142635, 2437878, 2724798],
        [src.derivedFromMedian],
        0.32,
      ),
      nblssTable(
        '2025-01-01',
        [765444, 1258451, 1608113, 1951287, 2274621, 2580738, 2876297],
        [src.derivedFromMedian],
        0.32,
      ),
      nblssTable(
        '2026-01-01',
        [820556, 1343773, 1714892, 2078316, 2418150, 2737905, 3044848],
        [src.nblssLivelihood2026, src.derivedFromMedian],
        0.32,
      ),
    ],
  },
  {
    id: 'nblss.threshold.medical',
    label: { ko: '의료급여 선정기준 (기준 중위소득 40%)', en: 'medical aid threshold (40% of median)' },
    unit: 'krw/month',
    versions: [
      nblssTable(
        '2024-01-01',
        [891378, 1473044, 1885863, 2291965, 2678294, 3047348, 3405998],
        [src.derivedFromMedian],
        0.4,
      ),
      nblssTable(
        '2025-01-01',
        [956805, 1573063, 2010141, 2439109, 2843277, 3225922, 3595371],
        [src.derivedFromMedian],
        0.4,
      ),
      nblssTable(
        '2026-01-01',
        [1025695, 1679717, 2143614, 2597895, 3022688, 3422381, 3806060],
        [src.derivedFromMedian],
        0.4,
      ),
    ],
  },
  {
    id: 'nblss.threshold.housing',
    label: { ko: '주거급여 선정기준 (기준 중위소득 48%)', en: 'housing benefit threshold (48% of median)' },
    unit: 'krw/month',
    versions: [
      nblssTable(
        '2024-01-01',
        [1069654, 1767652, 2263035, 2750358, 3213953, 3656817, 4087197],
        [src.derivedFromMedian],
        0.48,
      ),
      nblssTable(
        '2025-01-01',
        [1148166, 1887676, 2412169, 2926931, 3411932, 3871106, 4314445],
        [src.derivedFromMedian],
        0.48,
      ),
      nblssTable(
        '2026-01-01',
        [1230834, 2015660, 2572337, 3117474, 3627225, 4106857, 4567272],
        [src.nblssHousing2026, src.derivedFromMedian],
        0.48,
      ),
    ],
  },
  {
    id: 'nblss.threshold.education',
    label: {
      ko: '교육급여·차상위 선정기준 (기준 중위소득 50%)',
      en: 'education benefit / near-poor threshold (50% of median)',
    },
    unit: 'krw/month',
    versions: [
      nblssTable(
        '2024-01-01',
        [1114223, 1841305, 2357329, 2864956, 3347868, 3809185, 4257497],
        [src.derivedFromMedian],
        0.5,
      ),
      nblssTable(
        '2025-01-01',
        [1196007, 1966329, 2512677, 3048887, 3554096, 4032403, 4494214],
        [src.derivedFromMedian],
        0.5,
      ),
      nblssTable(
        '2026-01-01',
        [1282119, 2099646, 2679518, 3247369, 3778360, 4277976, 4757575],
        [src.derivedFromMedian],
        0.5,
      ),
    ],
  },
  {
    id: 'nblss.earnedIncomeDeductionRate',
    label: { ko: '근로소득 공제율', en: 'earned-income deduction rate' },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: scalar(0.3), sources: [src.earnedIncomeDeduction] }],
  },
  {
    id: 'nblss.conversionRate',
    label: { ko: '재산의 월 소득환산율', en: 'monthly property-to-income conversion rate' },
    unit: 'ratio',
    versions: [
      {
        from: '2024-01-01',
        value: byKey({ residential: 0.0104, general: 0.0417, financial: 0.0626, car: 1 }),
        sources: [src.conversionRates],
      },
    ],
  },
  {
    id: 'nblss.basicPropertyDeduction',
    label: { ko: '기본재산액', en: 'basic property deduction' },
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: byKey({ seoul: 99000000, gyeonggi: 80000000, metro: 77000000, other: 53000000 }),
        sources: [src.basicPropertyDeduction],
      },
    ],
  },
  {
    id: 'nblss.residentialCap',
    label: { ko: '주거용재산 한도액', en: 'residential property cap' },
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: byKey({ seoul: 172000000, gyeonggi: 151000000, metro: 146000000, other: 112000000 }),
        sources: [src.residentialCap],
      },
    ],
  },
  {
    id: 'nblss.financialDeduction',
    label: { ko: '금융재산 생활준비금 공제', en: 'financial-asset living-preparation deduction' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: scalar(5000000), sources: [src.financialDeduction] }],
  },
  {
    id: 'pension.earnedIncomeRate',
    label: { ko: '기초·장애인연금 근로소득 반영률', en: 'Basic/Disability Pension earned-income rate' },
    unit: 'ratio',
    versions: [
      { from: '2024-01-01', value: scalar(0.7), sources: [src.basicPension2026, src.disabilityPension2026] },
    ],
  },
  {
    id: 'basicPension.earnedIncomeBaseDeduction',
    label: { ko: '기초연금 근로소득 기본공제', en: 'Basic Pension earned-income base deduction' },
    unit: 'krw/month',
    versions: [{ from: '2026-01-01', value: scalar(1160000), sources: [src.basicPension2026] }],
  },
  {
    id: 'disabilityPension.earnedIncomeBaseDeduction',
    label: { ko: '장애인연금 근로소득 기본공제', en: 'Disability Pension earned-income base deduction' },
    unit: 'krw/month',
    versions: [{ from: '2026-01-01', value: scalar(950000), sources: [src.disabilityPension2026] }],
  },
  {
    id: 'pension.basicPropertyDeduction',
    label: { ko: '기초·장애인연금 기본재산액', en: 'Basic/Disability Pension basic property deduction' },
    unit: 'krw',
    versions: [
      {
        from: '2026-01-01',
        value: byKey({ metro: 135000000, smallCity: 85000000, rural: 72500000 }),
        sources: [src.basicPension2026],
      },
    ],
  },
  {
    id: 'pension.financialDeduction',
    label: { ko: '기초·장애인연금 금융재산 공제', en: 'Basic/Disability Pension financial-asset deduction' },
    unit: 'krw',
    versions: [{ from: '2026-01-01', value: scalar(20000000), sources: [src.basicPension2026] }],
  },
  {
    id: 'pension.propertyConversionRateAnnual',
    label: {
      ko: '기초·장애인연금 재산 소득환산율 (연)',
      en: 'Basic/Disability Pension property conversion rate (annual)',
    },
    unit: 'ratio',
    versions: [
      {
        from: '2026-01-01',
        value: scalar(0.04),
        sources: [src.disabilityPension2026, src.basicPension2026],
        note: '연 4%는 장애인연금 2026 상세에 명시; 기초연금 상세는 같은 산식에 율을 적지 않음',
      },
    ],
  },
];
