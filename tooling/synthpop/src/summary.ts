import {
  ageAt,
  buildSnapshot,
  coreParameters,
  type FactKind,
  findRegion,
  type LinkedRecord,
  type NblssIncomeParams,
  nblssIncomeRecognized,
  ParameterStore,
  type Tenure,
} from '@bokji/core';
import type { SyntheticHousehold } from './generate.js';

export type SizeBucket = '1' | '2' | '3' | '4' | '5+';

export interface PopulationSummary {
  households: number;
  people: number;
  /** Aged 19 or over on the household's reference date. */
  adults: number;
  children: number;
  elderly65: number;
  meanHouseholdSize: number;
  sizeCounts: Record<SizeBucket, number>;
  sizeShares: Record<SizeBucket, number>;
  tenureCounts: Partial<Record<Tenure, number>>;
  /** Adults whose income records all say 0. */
  adultsWithZeroIncome: number;
  adultsWithZeroIncomeShare: number;
  /** People not holding `KR` nationality. */
  foreignNationals: number;
  /** People with at least one record of each fact kind. */
  factCounts: Partial<Record<FactKind, number>>;
  recordCounts: { income: number; asset: number; fact: number };
  /** Households whose 소득인정액 (core's NBLSS calculation) is under 32 % of 기준 중위소득. */
  belowLivelihoodThreshold: number;
  belowLivelihoodThresholdShare: number;
  /** Households whose plain monthly income (before property conversion) is under the same line. */
  incomeBelowLivelihoodThreshold: number;
  incomeBelowLivelihoodThresholdShare: number;
  /** Median of (household monthly income ÷ 기준 중위소득 for its size); ≈1 when incomes are realistic. */
  medianIncomeRatio: number;
}

const bucket = (n: number): SizeBucket => (n >= 5 ? '5+' : (String(n) as SizeBucket));

class NblssTables {
  readonly #store = new ParameterStore(coreParameters);
  readonly #cache = new Map<string, { params: NblssIncomeParams; livelihood: number[]; median: number[] }>();

  get(date: string, area: string) {
    const key = `${date}|${area}`;
    let t = this.#cache.get(key);
    if (!t) {
      const at = this.#store.version('median.income', date) ? date : '2024-01-01';
      const v = (id: string, k?: string | number): number => {
        const r = this.#store.lookup(id, at, k);
        if (!r.ok) throw new Error(`summarize: parameter ${id} (${String(k)}) not available at ${at}`);
        return r.use.value;
      };
      const sizes = Array.from({ length: 13 }, (_, i) => i);
      t = {
        params: {
          earnedIncomeDeductionRate: v('nblss.earnedIncomeDeductionRate'),
          conversionRate: {
            residential: v('nblss.conversionRate', 'residential'),
            general: v('nblss.conversionRate', 'general'),
            financial: v('nblss.conversionRate', 'financial'),
            car: v('nblss.conversionRate', 'car'),
          },
          basicPropertyDeduction: v('nblss.basicPropertyDeduction', area),
          residentialCap: v('nblss.residentialCap', area),
          financialDeduction: v('nblss.financialDeduction'),
        },
        livelihood: sizes.map((s) => (s === 0 ? 0 : v('nblss.threshold.livelihood', s))),
        median: sizes.map((s) => (s === 0 ? 0 : v('median.income', s))),
      };
      this.#cache.set(key, t);
    }
    return t;
  }
}

/**
 * Counts over generated households, for logs and tests. Each household is rebuilt as core's
 * `HouseholdSnapshot` on its reference date and its 소득인정액 computed with core's NBLSS function,
 * so the low-income share is measured the way the platform will measure it.
 */
export function summarize(population: Iterable<SyntheticHousehold>): PopulationSummary {
  const tables = new NblssTables();
  const s: PopulationSummary = {
    households: 0,
    people: 0,
    adults: 0,
    children: 0,
    elderly65: 0,
    meanHouseholdSize: 0,
    sizeCounts: { '1': 0, '2': 0, '3': 0, '4': 0, '5+': 0 },
    sizeShares: { '1': 0, '2': 0, '3': 0, '4': 0, '5+': 0 },
    tenureCounts: {},
    adultsWithZeroIncome: 0,
    adultsWithZeroIncomeShare: 0,
    foreignNationals: 0,
    factCounts: {},
    recordCounts: { income: 0, asset: 0, fact: 0 },
    belowLivelihoodThreshold: 0,
    belowLivelihoodThresholdShare: 0,
    incomeBelowLivelihoodThreshold: 0,
    incomeBelowLivelihoodThresholdShare: 0,
    medianIncomeRatio: 0,
  };
  const ratios: number[] = [];

  for (const h of population) {
    const date = h.referenceDate;
    const size = h.people.length;
    s.households++;
    s.people += size;
    s.sizeCounts[bucket(size)]++;
    const tenure = h.household.residence.tenure;
    s.tenureCounts[tenure] = (s.tenureCounts[tenure] ?? 0) + 1;

    const incomeByPerson = new Map<string, number>();
    const factsByPerson = new Map<string, Set<FactKind>>();
    for (const r of h.records) {
      s.recordCounts[r.category]++;
      if (r.category === 'income')
        incomeByPerson.set(r.personId, (incomeByPerson.get(r.personId) ?? 0) + r.amountKrw);
      if (r.category === 'fact') {
        const set = factsByPerson.get(r.personId) ?? new Set<FactKind>();
        set.add(r.kind);
        factsByPerson.set(r.personId, set);
      }
    }
    for (const kinds of factsByPerson.values())
      for (const k of kinds) s.factCounts[k] = (s.factCounts[k] ?? 0) + 1;
    for (const p of h.people) {
      const age = ageAt(p.birthDate, date);
      if (p.nationality !== 'KR') s.foreignNationals++;
      if (age >= 65) s.elderly65++;
      if (age >= 19) {
        s.adults++;
        if ((incomeByPerson.get(p.id) ?? 0) === 0) s.adultsWithZeroIncome++;
      } else {
        s.children++;
      }
    }

    const snapshot = buildSnapshot({
      householdId: h.household.id,
      date,
      residence: h.household.residence,
      memberships: h.memberships.map((m) => ({ ...m, effectiveTo: null })),
      people: h.people,
      records: h.records.map((r) => ({ ...r, id: r.personId, receivedAt: date }) as LinkedRecord),
    });
    const area = findRegion(h.household.residence.regionCode)?.nblssArea ?? 'other';
    const t = tables.get(date, area);
    const members = snapshot.members.map((m) => ({ incomes: m.incomes ?? [], assets: m.assets ?? [] }));
    const b = nblssIncomeRecognized(members, t.params);
    const n = Math.min(snapshot.members.length, 12);
    if (b.incomeRecognized < t.livelihood[n]!) s.belowLivelihoodThreshold++;
    if (b.actualIncome < t.livelihood[n]!) s.incomeBelowLivelihoodThreshold++;
    ratios.push(b.actualIncome / t.median[n]!);
  }

  const share = (x: number, of: number) => (of === 0 ? 0 : x / of);
  s.meanHouseholdSize = share(s.people, s.households);
  for (const k of Object.keys(s.sizeCounts) as SizeBucket[])
    s.sizeShares[k] = share(s.sizeCounts[k], s.households);
  s.adultsWithZeroIncomeShare = share(s.adultsWithZeroIncome, s.adults);
  s.belowLivelihoodThresholdShare = share(s.belowLivelihoodThreshold, s.households);
  s.incomeBelowLivelihoodThresholdShare = share(s.incomeBelowLivelihoodThreshold, s.households);
  ratios.sort((a, b) => a - b);
  s.medianIncomeRatio = ratios.length ? ratios[Math.floor(ratios.length / 2)]! : 0;
  return s;
}
