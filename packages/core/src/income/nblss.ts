import type { AssetItem, IncomeItem } from '../domain/snapshot.js';
import { floorWon } from '../money.js';

export interface NblssIncomeParams {
  earnedIncomeDeductionRate: number;
  conversionRate: { residential: number; general: number; financial: number; car: number };
  basicPropertyDeduction: number;
  residentialCap: number;
  financialDeduction: number;
}

export interface NblssBreakdown {
  actualIncome: number;
  earnedIncome: number;
  earnedIncomeDeduction: number;
  /** 소득평가액 */
  incomeEvaluation: number;
  residentialAfterDeductions: number;
  generalAfterDeductions: number;
  financialAfterDeductions: number;
  carValue: number;
  debt: number;
  /** 재산의 소득환산액 */
  propertyConversion: number;
  /** 소득인정액 */
  incomeRecognized: number;
}

/**
 * The NBLSS income-recognized amount (국민기초생활보장 소득인정액) of a household, monthly KRW:
 * 소득평가액 (actual income − 30% of earned income) + 재산의 소득환산액.
 *
 * Property: residential value above the regional cap counts as general property; the financial
 * asset deduction (생활준비금) comes off financial assets; then the basic property deduction and
 * debts are subtracted in order residential → general → financial; each remainder is converted at
 * its monthly rate and cars at 100%. Household special expenses (가구특성별 지출비용) and the extra
 * pre-deductions for students, youth, elderly and disabled earners are not modelled: their amounts
 * are not in the sources.
 */
export function nblssIncomeRecognized(
  members: { incomes: IncomeItem[]; assets: AssetItem[] }[],
  p: NblssIncomeParams,
): NblssBreakdown {
  let actualIncome = 0;
  let earnedIncome = 0;
  const sums = { residential: 0, general: 0, financial: 0, car: 0, debt: 0 };
  for (const m of members) {
    for (const i of m.incomes) {
      actualIncome += i.monthlyKrw;
      if (i.kind === 'earned') earnedIncome += i.monthlyKrw;
    }
    for (const a of m.assets) sums[a.kind] += a.valueKrw;
  }
  const earnedIncomeDeduction = floorWon(earnedIncome * p.earnedIncomeDeductionRate);
  const incomeEvaluation = Math.max(0, actualIncome - earnedIncomeDeduction);

  const residential = Math.min(sums.residential, p.residentialCap);
  const general = sums.general + Math.max(0, sums.residential - p.residentialCap);
  const financial = Math.max(0, sums.financial - p.financialDeduction);
  let pool = p.basicPropertyDeduction + sums.debt;
  const take = (value: number) => {
    const used = Math.min(pool, value);
    pool -= used;
    return value - used;
  };
  const residentialAfterDeductions = take(residential);
  const generalAfterDeductions = take(general);
  const financialAfterDeductions = take(financial);
  const propertyConversion = floorWon(
    residentialAfterDeductions * p.conversionRate.residential +
      generalAfterDeductions * p.conversionRate.general +
      financialAfterDeductions * p.conversionRate.financial +
      sums.car * p.conversionRate.car,
  );
  return {
    actualIncome,
    earnedIncome,
    earnedIncomeDeduction,
    incomeEvaluation,
    residentialAfterDeductions,
    generalAfterDeductions,
    financialAfterDeductions,
    carValue: sums.car,
    debt: sums.debt,
    propertyConversion,
    incomeRecognized: incomeEvaluation + propertyConversion,
  };
}
