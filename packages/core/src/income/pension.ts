import type { AssetItem, IncomeItem } from '../domain/snapshot.js';
import { floorWon } from '../money.js';

export interface PensionIncomeParams {
  /** Deducted from each person's monthly earned income before the rate applies. */
  earnedIncomeBaseDeduction: number;
  earnedIncomeRate: number;
  basicPropertyDeduction: number;
  financialDeduction: number;
  propertyConversionRateAnnual: number;
}

export interface PensionBreakdown {
  earnedIncomeEvaluated: number;
  otherIncome: number;
  incomeEvaluation: number;
  property: number;
  financial: number;
  debt: number;
  netProperty: number;
  propertyConversion: number;
  incomeRecognized: number;
}

/**
 * The income-recognized amount of the Basic Pension (기초연금) and Disability Pension (장애인연금)
 * for the applicant and spouse, monthly KRW:
 * Σ per person 0.7 × (earned − base deduction) + other income, plus
 * [(property − regional basic deduction) + (financial − 20,000,000) − debt] × 4% ÷ 12.
 *
 * Cars are counted as general property: the luxury-car rule (100% for cars ≥ 40M and under 10
 * years) needs the car's age, which the linked data does not carry yet.
 */
export function pensionIncomeRecognized(
  unit: { incomes: IncomeItem[]; assets: AssetItem[] }[],
  p: PensionIncomeParams,
): PensionBreakdown {
  let earnedIncomeEvaluated = 0;
  let otherIncome = 0;
  let property = 0;
  let financial = 0;
  let debt = 0;
  for (const person of unit) {
    let earned = 0;
    for (const i of person.incomes) {
      if (i.kind === 'earned') earned += i.monthlyKrw;
      else otherIncome += i.monthlyKrw;
    }
    earnedIncomeEvaluated += floorWon(Math.max(0, earned - p.earnedIncomeBaseDeduction) * p.earnedIncomeRate);
    for (const a of person.assets) {
      if (a.kind === 'financial') financial += a.valueKrw;
      else if (a.kind === 'debt') debt += a.valueKrw;
      else property += a.valueKrw;
    }
  }
  const netProperty = Math.max(
    0,
    Math.max(0, property - p.basicPropertyDeduction) + Math.max(0, financial - p.financialDeduction) - debt,
  );
  const propertyConversion = floorWon((netProperty * p.propertyConversionRateAnnual) / 12);
  const incomeEvaluation = earnedIncomeEvaluated + otherIncome;
  return {
    earnedIncomeEvaluated,
    otherIncome,
    incomeEvaluation,
    property,
    financial,
    debt,
    netProperty,
    propertyConversion,
    incomeRecognized: incomeEvaluation + propertyConversion,
  };
}
