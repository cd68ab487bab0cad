import { all, any, type Criterion, cmp, judgement, lit, mul, param, t, v } from '@bokji/core';

/**
 * The 긴급복지 means test, one definition for the emergency-welfare programs of this package
 * (livelihood WLF00003180, medical WLF00003179, housing WLF00000917, fuel/electricity WLF00001162):
 * household income at most 75% of the median, net assets within the limit of the area (or within
 * the higher limit where the residential-property deduction applies), financial assets within the
 * living-preparation sum + 6,000,000. Its parameters (`emergencyWelfare.*`) are defined with the
 * livelihood support and cite every record that states them. Not a program: no `index.ts`.
 */

/**
 * Household income at most a share of the standard median income: the 긴급복지 share (75%) by
 * default; a program whose record states the share under its own parameter passes that id.
 */
export const emergencyIncomeLimit = (shareParam = 'emergencyWelfare.incomeRatio'): Criterion =>
  cmp(
    t('가구 소득이 기준 중위소득 75% 이하', 'household income at most 75% of the median'),
    v('household.monthlyIncome'),
    '<=',
    mul(
      t('기준 중위소득 × 75%', 'median income × 75%'),
      param('median.income', { by: 'household.size' }),
      param(shareParam),
    ),
  );

const deductionApplies = judgement(
  t('주거용재산 공제한도액 적용 대상', 'the residential-property deduction applies'),
  t(
    '주거용재산 공제한도액 적용 여부와 공제액 (담당자 조사)',
    'whether and how far the residential-property deduction applies (caseworker investigation)',
  ),
);
const withinDeductionLimit = cmp(
  t('순재산이 주거용재산 공제 적용 기준 이하', 'net assets within the limit with the residential deduction'),
  v('household.netAssets'),
  '<=',
  param('emergencyWelfare.assetCapWithResidentialDeduction', { by: 'household.cityClass' }),
);

/**
 * Net assets within the area's limit, or within the higher limit with the residential-property
 * deduction. `deductionOutsideLargeCitiesOnly`: the fuel/electricity record gives the deduction
 * limit for small cities and rural areas only.
 */
export const emergencyAssetLimit = (opts: { deductionOutsideLargeCitiesOnly?: boolean } = {}): Criterion =>
  any(
    t('재산기준 (지역별)', 'asset limit (by area)'),
    cmp(
      t('순재산이 재산기준 이하', 'net assets within the asset limit'),
      v('household.netAssets'),
      '<=',
      param('emergencyWelfare.assetCap', { by: 'household.cityClass' }),
    ),
    opts.deductionOutsideLargeCitiesOnly
      ? all(
          t(
            '중소도시·농어촌: 주거용재산 공제한도액 적용 시 기준 이하 (이 기록은 대도시의 공제 적용 기준을 적지 않음)',
            'small cities and rural areas: within the limit with the residential deduction (this record gives none for large cities)',
          ),
          cmp(
            t('중소도시 또는 농어촌', 'small city or rural area'),
            v('household.cityClass'),
            'in',
            lit(['smallCity', 'rural'], t('중소도시·농어촌', 'small city or rural')),
          ),
          withinDeductionLimit,
          deductionApplies,
        )
      : all(
          t(
            '주거용재산 공제한도액 적용 시 기준 이하',
            'within the limit with the residential-property deduction',
          ),
          withinDeductionLimit,
          deductionApplies,
        ),
  );

/**
 * Financial assets within the living-preparation sum + 6,000,000 for the household size, or at
 * most 6,000,000 whatever that sum; `extra` (a parameter id) raises both, as the housing support's
 * 2,000,000 does.
 */
export const emergencyFinancialAssetLimit = (extra?: {
  param: string;
  label: [string, string];
}): Criterion => {
  const plus = (base: ReturnType<typeof param>, label: [string, string]) =>
    extra ? { calc: 'add' as const, args: [base, param(extra.param)], label: t(label[0], label[1]) } : base;
  return any(
    extra
      ? t(
          `금융재산 기준 (생활준비금 + 600만원 + ${extra.label[0]} 이하)`,
          `financial-asset limit (living-preparation sum + 6,000,000 + ${extra.label[1]})`,
        )
      : t(
          '금융재산 기준 (생활준비금 + 600만원 이하)',
          'financial-asset limit (living-preparation sum + 6,000,000)',
        ),
    cmp(
      t('금융재산이 가구원 수별 기준 이하', 'financial assets within the limit for the household size'),
      v('household.financialAssets'),
      '<=',
      plus(param('emergencyWelfare.financialAssetCap', { by: 'household.size' }), [
        '가구원 수별 금융재산 기준 + 추가분',
        'financial limit for the size + the extra',
      ]),
    ),
    cmp(
      extra
        ? t(
            `금융재산이 600만원 + ${extra.label[0]} 이하 (생활준비금과 관계없이 충족)`,
            `financial assets at most 6,000,000 + ${extra.label[1]} (met whatever the living-preparation sum)`,
          )
        : t(
            '금융재산이 600만원 이하 (생활준비금과 관계없이 충족)',
            'financial assets at most 6,000,000 (met whatever the living-preparation sum)',
          ),
      v('household.financialAssets'),
      '<=',
      plus(param('emergencyWelfare.financialAssetAddition'), ['600만원 + 추가분', '6,000,000 + the extra']),
    ),
  );
};
