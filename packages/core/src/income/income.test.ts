import { describe, expect, it } from 'vitest';
import { nblssIncomeRecognized } from './nblss.js';
import { pensionIncomeRecognized } from './pension.js';

const seoul = {
  earnedIncomeDeductionRate: 0.3,
  conversionRate: { residential: 0.0104, general: 0.0417, financial: 0.0626, car: 1 },
  basicPropertyDeduction: 99_000_000,
  residentialCap: 172_000_000,
  financialDeduction: 5_000_000,
};

describe('NBLSS income-recognized amount (소득인정액)', () => {
  it('deducts 30% of earned income only', () => {
    const b = nblssIncomeRecognized(
      [
        {
          incomes: [
            { kind: 'earned', monthlyKrw: 1_000_000 },
            { kind: 'publicTransfer', monthlyKrw: 200_000 },
          ],
          assets: [],
        },
      ],
      seoul,
    );
    expect(b.earnedIncomeDeduction).toBe(300_000);
    expect(b.incomeEvaluation).toBe(900_000);
    expect(b.incomeRecognized).toBe(900_000);
  });

  it('moves residential value above the cap to general property, then deducts basic property and debt in order', () => {
    // residential 200M: 172M residential + 28M general; basic deduction 99M + debt 10M = 109M
    // residential 172M − 109M = 63M × 1.04% = 655,200; general 28M × 4.17% = 1,167,600
    const b = nblssIncomeRecognized(
      [
        {
          incomes: [],
          assets: [
            { kind: 'residential', valueKrw: 200_000_000 },
            { kind: 'debt', valueKrw: 10_000_000 },
          ],
        },
      ],
      seoul,
    );
    expect(b.residentialAfterDeductions).toBe(63_000_000);
    expect(b.generalAfterDeductions).toBe(28_000_000);
    expect(b.propertyConversion).toBe(655_200 + 1_167_600);
  });

  it('applies the 5M living-preparation deduction to financial assets and converts cars at 100%', () => {
    const b = nblssIncomeRecognized(
      [
        {
          incomes: [],
          assets: [
            { kind: 'financial', valueKrw: 110_000_000 },
            { kind: 'car', valueKrw: 3_000_000 },
          ],
        },
      ],
      seoul,
    );
    // 110M − 5M = 105M; − 99M basic deduction = 6M × 6.26% = 375,600; car 3,000,000
    expect(b.financialAfterDeductions).toBe(6_000_000);
    expect(b.propertyConversion).toBe(375_600 + 3_000_000);
  });

  it('sums members and never goes below zero income evaluation', () => {
    const b = nblssIncomeRecognized(
      [
        { incomes: [], assets: [] },
        { incomes: [], assets: [] },
      ],
      seoul,
    );
    expect(b.incomeRecognized).toBe(0);
  });
});

describe('Basic/Disability Pension income-recognized amount', () => {
  const p = {
    earnedIncomeBaseDeduction: 1_160_000,
    earnedIncomeRate: 0.7,
    basicPropertyDeduction: 135_000_000,
    financialDeduction: 20_000_000,
    propertyConversionRateAnnual: 0.04,
  };
  it('evaluates earned income per person as 70% above the base deduction and adds other income', () => {
    const b = pensionIncomeRecognized(
      [
        { incomes: [{ kind: 'earned', monthlyKrw: 2_160_000 }], assets: [] },
        {
          incomes: [
            { kind: 'earned', monthlyKrw: 500_000 },
            { kind: 'pension', monthlyKrw: 300_000 },
          ],
          assets: [],
        },
      ],
      p,
    );
    expect(b.earnedIncomeEvaluated).toBe(700_000);
    expect(b.otherIncome).toBe(300_000);
    expect(b.incomeRecognized).toBe(1_000_000);
  });
  it('converts property above the deductions at 4% a year', () => {
    const b = pensionIncomeRecognized(
      [
        {
          incomes: [],
          assets: [
            { kind: 'residential', valueKrw: 435_000_000 },
            { kind: 'financial', valueKrw: 20_000_000 },
          ],
        },
      ],
      p,
    );
    // (435M − 135M) + 0 = 300M × 4% ÷ 12 = 1,000,000
    expect(b.propertyConversion).toBe(1_000_000);
  });
});
