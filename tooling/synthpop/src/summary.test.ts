import { describe, expect, it } from 'vitest';
import { generatePopulation, type SyntheticHousehold } from './generate.js';
import { summarize } from './summary.js';

const referenceDate = '2026-03-15';

function household(
  index: number,
  size: number,
  opts: { incomeKrw: number; financialKrw: number; car?: number },
): SyntheticHousehold {
  const people = Array.from({ length: size }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(index * 10 + i).padStart(12, '0')}`,
    name: `가구원${i}`,
    birthDate: i === 0 ? '1980-01-01' : '2015-01-01',
    sex: 'F' as const,
    nationality: 'KR',
    residencyStatus: 'citizen' as const,
    deathDate: null,
    rrn: '800101-2000001',
  }));
  const base = { sourceAgency: 'test', dataType: 'test.x', periodFrom: '2026-01-01' };
  return {
    index,
    referenceDate,
    household: {
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      residence: {
        regionCode: '11110',
        address: '서울특별시 종로구 가상로 1',
        tenure: 'monthlyRent',
        monthlyRentKrw: 500_000,
        depositKrw: 0,
      },
    },
    people,
    memberships: people.map((p, i) => ({
      personId: p.id,
      relation: i === 0 ? 'head' : 'child',
      effectiveFrom: '2020-01-01',
      reason: 'formed' as const,
    })),
    records: people.flatMap((p, i) => [
      {
        ...base,
        personId: p.id,
        category: 'income' as const,
        kind: 'earned' as const,
        amountKrw: i === 0 ? opts.incomeKrw : 0,
      },
      {
        ...base,
        personId: p.id,
        category: 'asset' as const,
        kind: 'financial' as const,
        amountKrw: i === 0 ? opts.financialKrw : 0,
      },
      ...(i === 0 && opts.car
        ? [{ ...base, personId: p.id, category: 'asset' as const, kind: 'car' as const, amountKrw: opts.car }]
        : []),
      ...(i > 0
        ? [
            {
              ...base,
              personId: p.id,
              category: 'fact' as const,
              kind: 'birthOrder' as const,
              value: { order: i },
            },
          ]
        : []),
    ]),
  };
}

describe('summarize', () => {
  it('counts a hand-made population exactly', () => {
    const s = summarize([
      household(1, 1, { incomeKrw: 0, financialKrw: 0 }), // no income, no assets: under the line
      household(2, 2, { incomeKrw: 900_000, financialKrw: 0 }), // 900k − 30 % = 630k < 1,343,773 (2 persons, 2026)
      household(3, 3, { incomeKrw: 5_000_000, financialKrw: 0 }), // well above
      household(4, 1, { incomeKrw: 0, financialKrw: 0, car: 10_000_000 }), // a car counts at 100 %: above
    ]);
    expect(s.households).toBe(4);
    expect(s.people).toBe(7);
    expect(s.adults).toBe(4);
    expect(s.children).toBe(3);
    expect(s.sizeCounts).toEqual({ '1': 2, '2': 1, '3': 1, '4': 0, '5+': 0 });
    expect(s.sizeShares['1']).toBe(0.5);
    expect(s.adultsWithZeroIncome).toBe(2);
    expect(s.adultsWithZeroIncomeShare).toBe(0.5);
    expect(s.factCounts).toEqual({ birthOrder: 3 });
    expect(s.recordCounts).toEqual({ income: 7, asset: 8, fact: 3 });
    expect(s.tenureCounts).toEqual({ monthlyRent: 4 });
    expect(s.belowLivelihoodThreshold).toBe(2);
    expect(s.incomeBelowLivelihoodThreshold).toBe(3);
  });

  it('agrees with a direct count over a generated population and lands in the target ranges', () => {
    const households = [...generatePopulation({ seed: 'summary', households: 20_000, referenceDate })];
    const s = summarize(households);
    expect(s.households).toBe(20_000);
    expect(s.people).toBe(households.reduce((n, h) => n + h.people.length, 0));
    expect(s.adults + s.children).toBe(s.people);
    expect(Object.values(s.sizeCounts).reduce((a, b) => a + b, 0)).toBe(20_000);
    expect(s.recordCounts.income + s.recordCounts.asset + s.recordCounts.fact).toBe(
      households.reduce((n, h) => n + h.records.length, 0),
    );
    expect(s.meanHouseholdSize).toBeGreaterThan(2.1);
    expect(s.meanHouseholdSize).toBeLessThan(2.4);
    // Roughly 3–5 % of households under 32 % of 기준 중위소득 (소득인정액).
    expect(s.belowLivelihoodThresholdShare).toBeGreaterThan(0.03);
    expect(s.belowLivelihoodThresholdShare).toBeLessThan(0.05);
    expect(s.adultsWithZeroIncomeShare).toBeGreaterThan(0.1);
    expect(s.adultsWithZeroIncomeShare).toBeLessThan(0.3);
    expect(s.medianIncomeRatio).toBeGreaterThan(0.7);
    expect(s.medianIncomeRatio).toBeLessThan(1.2);
    expect(s.elderly65 / s.people).toBeGreaterThan(0.12);
    expect(s.elderly65 / s.people).toBeLessThan(0.3);
  });
});
