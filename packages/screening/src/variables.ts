import { findRegion, floorWon, IsoDate, type Value } from '@bokji/core';
import { type FieldValue, type HouseholdBatch, itemOwners } from './batch.js';
import { type Column, codeArray, codeColumn, type Domain, numColumn } from './columns.js';
import type { ColumnarVariable, ColumnEnv } from './env.js';

/**
 * Columnar implementations of core's variables (`packages/core/src/variables`): the same
 * computation over a whole batch, with the same missing-data rules (NaN / code 0 = missing) and
 * the same floating-point operations in the same order, so every value is identical. A variable
 * not listed here is computed per household through its own `compute` (ColumnEnv.genericColumn).
 */

// ---- helpers over the batch -----------------------------------------------------------------

/** A batch's income or asset items: grouped by person (`start`), each with a kind code and an amount. */
interface ItemSet {
  name: string;
  start: Int32Array;
  kind: Int32Array;
  amount: Float64Array;
  kinds: readonly (string | undefined)[];
}

/**
 * Per person: the sum of its items' amounts times their kind's weight (0 leaves the kind out, −1
 * subtracts it), in one pass over the items. Core sums item by item in item order; amounts are
 * whole won (records validate them as integers up to 10^12) and weights are integers, so every
 * partial sum is an integer below 2^53 and exact in any order: the values are identical.
 */
function weightedItems(env: ColumnEnv, items: ItemSet, weight: (kind: string) => number): Float64Array {
  const { kind, amount, kinds } = items;
  const w = Float64Array.from(kinds, (k) => (k === undefined ? 0 : weight(k)));
  // Sums with the same weights are one sum (a memo by weights, whatever a caller names them); a
  // sum of one kind is that kind's column of `kindSums` when the items outnumber the persons
  // (otherwise zeroing a column per kind would cost more than the passes it saves).
  return env.memo(`weights:${items.name}:${w.join(',')}`, () => {
    const nonzero = w.reduce((n, x) => (x === 0 ? n : n + 1), 0);
    const single = w.indexOf(1);
    if (nonzero === 1 && single >= 0 && kind.length > env.batch.m) return kindSums(env, items)[single]!;
    const owner = ownerOfItems(env, items.name, items.start);
    // Zeroed: a person without items sums to 0. One branch-free pass over the items (a loop per
    // person of 0–3 items mispredicts its exit at almost every person).
    const out = env.alloc.f64(env.batch.m);
    for (let k = 0; k < kind.length; k++) out[owner[k]!]! += w[kind[k]!]! * amount[k]!;
    return out;
  });
}

/**
 * Per kind and person: the sum of the person's items of that kind, every kind in one pass over
 * the items (each item added once, into its kind's column). The single-kind sums the variables
 * read (the five asset kinds of 기초생활보장 assets, for one) come from here rather than from a
 * pass over every item each.
 */
function kindSums(env: ColumnEnv, items: ItemSet): Float64Array[] {
  return env.memo(`kindSums:${items.name}`, () => {
    const { kind, amount } = items;
    const m = env.batch.m;
    const owner = ownerOfItems(env, items.name, items.start);
    // Code 0 is no kind (weight 0 in every sum): its items land in an empty array, unread.
    const out = items.kinds.map((_, c) => (c === 0 ? new Float64Array(0) : env.alloc.f64(m)));
    for (let k = 0; k < kind.length; k++) out[kind[k]!]![owner[k]!]! += amount[k]!;
    return out;
  });
}

/** Per item: the person it belongs to (items are grouped by person, `start` their offsets). */
function ownerOfItems(env: ColumnEnv, name: string, start: Int32Array): Int32Array {
  return env.memo(`owner:${name}`, () => {
    const m = env.batch.m;
    return itemOwners(start, m, env.alloc.i32(start[m]!, 'written'));
  });
}

const incomeItems = (b: HouseholdBatch): ItemSet => ({
  name: 'income',
  start: b.incomeStart,
  kind: b.incomeKind,
  amount: b.incomeAmount,
  kinds: b.dicts.incomeKind.values,
});

const assetItems = (b: HouseholdBatch): ItemSet => ({
  name: 'asset',
  start: b.assetStart,
  kind: b.assetKind,
  amount: b.assetAmount,
  kinds: b.dicts.assetKind.values,
});

/** Per person: sum over income items whose kind passes `keep`. */
function personIncome(env: ColumnEnv, name: string, keep: (kind: string) => boolean): Float64Array {
  return env.memo(`personIncome:${name}`, () =>
    weightedItems(env, incomeItems(env.batch), (k) => (keep(k) ? 1 : 0)),
  );
}

function personAssets(env: ColumnEnv, name: string, sign: (kind: string) => number): Float64Array {
  return env.memo(`personAssets:${name}`, () => weightedItems(env, assetItems(env.batch), sign));
}

/** Per household: 1 when every member's incomes (or assets) are known (`requireMeans`). */
function allKnown(env: ColumnEnv, what: 'income' | 'asset'): Uint8Array {
  return env.memo(`allKnown:${what}`, () => {
    const b = env.batch;
    const known = what === 'income' ? b.incomeKnown : b.assetKnown;
    const out = env.alloc.u8(b.n, 1);
    // Member by member (a loop per household mispredicts its exit at almost every household).
    const hh = b.personHh;
    for (let p = 0; p < b.m; p++) out[hh[p]!]! &= known[p]!;
    return out;
  });
}

/** Household sum of a person array, NaN where `requireMeans` would miss data. */
function householdSum(env: ColumnEnv, perPerson: Float64Array, need: 'income' | 'asset'): Column {
  const b = env.batch;
  const ok = allKnown(env, need);
  // Members in order into their household's sum: the same additions in the same order as a
  // loop per household, without its exit mispredicting at almost every household.
  const out = env.alloc.f64(b.n);
  const hh = b.personHh;
  for (let p = 0; p < b.m; p++) out[hh[p]!]! += perPerson[p]!;
  for (let h = 0; h < b.n; h++) if (!ok[h]) out[h] = Number.NaN;
  return numColumn('H', out);
}

interface RegionInfo {
  /** Per region code: nblssArea, cityClass, housing tier; undefined when unknown. */
  area: (string | undefined)[];
  city: (string | undefined)[];
  tier: (string | undefined)[];
}

function regionInfo(env: ColumnEnv): RegionInfo {
  return env.memo('regionInfo', () => {
    const values = env.batch.dicts.region.values;
    const info: RegionInfo = { area: [], city: [], tier: [] };
    for (let c = 0; c < values.length; c++) {
      const r = c === 0 ? undefined : findRegion(values[c]!);
      info.area.push(r?.nblssArea);
      info.city.push(r?.cityClass);
      info.tier.push(r ? `tier${r.housingTier}` : undefined);
    }
    return info;
  });
}

/** A categorical household column from a per-region-code string table. */
function regionColumn(env: ColumnEnv, pick: (i: RegionInfo) => (string | undefined)[]): Column {
  const b = env.batch;
  const table = pick(regionInfo(env));
  const dict: (Value | undefined)[] = [undefined];
  const codeOf = new Map<string, number>();
  const lut = table.map((v) => {
    if (v === undefined) return 0;
    let c = codeOf.get(v);
    if (c === undefined) {
      c = dict.length;
      dict.push(v);
      codeOf.set(v, c);
    }
    return c;
  });
  const codes = codeArray(b.n, dict.length, env.alloc, 'written');
  for (let h = 0; h < b.n; h++) codes[h] = lut[b.region[h]!]!;
  return codeColumn('H', codes, dict);
}

/** A copy of a batch's column in the batch's arena (where the WebAssembly kernels read). */
function inArena(env: ColumnEnv, values: Float64Array): Float64Array {
  const out = env.alloc.f64(values.length, 'written');
  out.set(values);
  return out;
}

/** A categorical column straight from a raw batch dictionary (codes are reused as they are). */
function rawCodes(
  env: ColumnEnv,
  domain: Domain,
  raw: Int32Array,
  values: readonly (string | undefined)[],
): Column {
  const codes = codeArray(raw.length, values.length, env.alloc, 'written');
  codes.set(raw);
  return codeColumn(domain, codes, values);
}

/** Full years from birth to at (both yyyymmdd): the year difference, less one before the birthday. */
function ageFrom(birth: number, at: number): number {
  const age = Math.floor(at / 10000) - Math.floor(birth / 10000);
  // mmdd of the date before mmdd of the birth date: the birthday has not come yet.
  return at % 10000 < birth % 10000 ? age - 1 : age;
}

/** Full months from `from` to `at` (both yyyymmdd), as core's ageInMonths. */
function monthsFrom(from: number, at: number): number {
  const months =
    (Math.floor(at / 10000) - Math.floor(from / 10000)) * 12 +
    ((Math.floor(at / 100) % 100) - (Math.floor(from / 100) % 100));
  return at % 100 < from % 100 ? months - 1 : months;
}

const dateYmd = (iso: string) =>
  Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));

/** Per household: index of the first member with relation head / spouse (-1 if none). */
function firstOf(env: ColumnEnv, relation: string): Int32Array {
  return env.memo(`firstOf:${relation}`, () => {
    const b = env.batch;
    const code = b.dicts.relation.find(relation);
    const out = env.alloc.i32(b.n, -1);
    if (code === undefined) return out;
    // Member by member, backwards: the last write for a household is its first such member (a
    // loop per household mispredicts its exit at almost every household).
    const rel = b.relation;
    const hh = b.personHh;
    for (let p = b.m - 1; p >= 0; p--) if (rel[p] === code) out[hh[p]!] = p;
    return out;
  });
}

/** Per person: the spouse core's `spouseOf` finds (-1 if none). */
function spouseIndex(env: ColumnEnv): Int32Array {
  return env.memo('spouseIndex', () => {
    const b = env.batch;
    const head = b.dicts.relation.find('head');
    const spouse = b.dicts.relation.find('spouse');
    const firstHead = firstOf(env, 'head');
    const firstSpouse = firstOf(env, 'spouse');
    const out = env.alloc.i32(b.m, -1);
    for (let p = 0; p < b.m; p++) {
      const r = b.relation[p];
      if (r === head) out[p] = firstSpouse[b.personHh[p]!]!;
      else if (r === spouse) out[p] = firstHead[b.personHh[p]!]!;
    }
    return out;
  });
}

/**
 * A person's income where its incomes are known, NaN where not. Person columns are written as
 * plain loops, one per variable: a shared loop calling a closure per member runs its call site
 * megamorphic (one closure per variable), four to five times slower than the loop itself.
 */
function incomeWhereKnown(env: ColumnEnv, v: Float64Array): Column {
  const known = env.batch.incomeKnown;
  const out = env.alloc.f64(env.batch.m, 'written');
  for (let q = 0; q < out.length; q++) out[q] = known[q] ? v[q]! : Number.NaN;
  return numColumn('P', out);
}

/**
 * Per household: the sum of `values` over its head and spouse members (every one of them, in
 * member order, as core's filter finds them), NaN when one of them is not `known`. Member by
 * member into the households' sums (zeroed): the same additions in the same order; a NaN stays.
 */
function coupleSum(env: ColumnEnv, values: Float64Array, known: Uint8Array): Column {
  const b = env.batch;
  const head = b.dicts.relation.find('head');
  const spouse = b.dicts.relation.find('spouse');
  const relation = b.relation;
  const hh = b.personHh;
  const out = env.alloc.f64(b.n);
  for (let q = 0; q < b.m; q++) {
    const r = relation[q];
    if (r === head || r === spouse) out[hh[q]!]! += known[q] ? values[q]! : Number.NaN;
  }
  return numColumn('H', out);
}

/**
 * A number per holder of fact `kind` from its field `field` (`undefined` where the holder's fact
 * lacks it), computed once per distinct value; NaN for everyone else.
 */
function holderNumbers(
  env: ColumnEnv,
  kind: string,
  field: string,
  of: (v: FieldValue | undefined) => number,
): Column {
  const out = env.alloc.f64(env.batch.m, Number.NaN);
  const { persons } = env.factHolders(kind);
  const values = env.factField(kind, field);
  const dict = env.batch.dicts.factFieldValue.values;
  const byCode = new Map<number, number>();
  for (let j = 0; j < persons.length; j++) {
    const c = values[j]!;
    let x = byCode.get(c);
    if (x === undefined) {
      x = of(c === 0 ? undefined : dict[c]);
      byCode.set(c, x);
    }
    out[persons[j]!] = x;
  }
  return numColumn('P', out);
}

// ---- the variables --------------------------------------------------------------------------

const h = (id: string, compute: (env: ColumnEnv) => Column): ColumnarVariable => ({
  id,
  entity: 'household',
  compute,
});
const p = (id: string, compute: (env: ColumnEnv) => Column): ColumnarVariable => ({
  id,
  entity: 'person',
  compute,
});

function nblss(env: ColumnEnv): Column {
  const b = env.batch;
  const okI = allKnown(env, 'income');
  const okA = allKnown(env, 'asset');
  const area = regionInfo(env).area;
  const total = personIncome(env, 'all', () => true);
  const earned = personIncome(env, 'earned', (k) => k === 'earned');
  const a = (kind: string) => personAssets(env, kind, (k) => (k === kind ? 1 : 0));
  const [res, gen, fin, car, debt] = [a('residential'), a('general'), a('financial'), a('car'), a('debt')];
  const rate = env.param('nblss.earnedIncomeDeductionRate');
  const cr = {
    residential: env.param('nblss.conversionRate', 'residential'),
    general: env.param('nblss.conversionRate', 'general'),
    financial: env.param('nblss.conversionRate', 'financial'),
    car: env.param('nblss.conversionRate', 'car'),
  };
  const finDed = env.param('nblss.financialDeduction');
  // Per region code: the area's deduction and cap (NaN where the parameter has no value).
  const basics = Float64Array.from(area, (ar) =>
    ar === undefined ? Number.NaN : env.param('nblss.basicPropertyDeduction', ar),
  );
  const caps = Float64Array.from(area, (ar) =>
    ar === undefined ? Number.NaN : env.param('nblss.residentialCap', ar),
  );
  const out = env.alloc.f64(b.n, 'written');
  for (let hh = 0; hh < b.n; hh++) {
    const rc = b.region[hh]!;
    if (area[rc] === undefined || !okI[hh] || !okA[hh]) {
      out[hh] = Number.NaN;
      continue;
    }
    const basic = basics[rc]!;
    const cap = caps[rc]!;
    if (
      Number.isNaN(rate) ||
      Number.isNaN(cr.residential) ||
      Number.isNaN(cr.general) ||
      Number.isNaN(cr.financial) ||
      Number.isNaN(cr.car) ||
      Number.isNaN(basic) ||
      Number.isNaN(cap) ||
      Number.isNaN(finDed)
    ) {
      out[hh] = Number.NaN;
      continue;
    }
    let actualIncome = 0;
    let earnedIncome = 0;
    let sRes = 0;
    let sGen = 0;
    let sFin = 0;
    let sCar = 0;
    let sDebt = 0;
    for (let q = b.hhStart[hh]!; q < b.hhStart[hh + 1]!; q++) {
      actualIncome += total[q]!;
      earnedIncome += earned[q]!;
      sRes += res[q]!;
      sGen += gen[q]!;
      sFin += fin[q]!;
      sCar += car[q]!;
      sDebt += debt[q]!;
    }
    const earnedIncomeDeduction = floorWon(earnedIncome * rate);
    const incomeEvaluation = Math.max(0, actualIncome - earnedIncomeDeduction);
    const residential = Math.min(sRes, cap);
    const general = sGen + Math.max(0, sRes - cap);
    const financial = Math.max(0, sFin - finDed);
    // The deduction pool (basic deduction + debts) is used up on residential, then general,
    // then financial property.
    let pool = basic + sDebt;
    let used = Math.min(pool, residential);
    pool -= used;
    const r1 = residential - used;
    used = Math.min(pool, general);
    pool -= used;
    const g1 = general - used;
    used = Math.min(pool, financial);
    pool -= used;
    const f1 = financial - used;
    const propertyConversion = floorWon(
      r1 * cr.residential + g1 * cr.general + f1 * cr.financial + sCar * cr.car,
    );
    out[hh] = incomeEvaluation + propertyConversion;
  }
  return numColumn('H', out);
}

/**
 * Recognised income for the basic and disability pensions, per person (with the spouse's): the
 * evaluated earned income, which differs between the two (its base deduction), plus the rest —
 * other income and the converted property — which does not and is computed once for both. Every
 * term is a whole number of won below 2^53, so the sum is exact in any order: the values are
 * core's. A missing parameter or unknown means make the rest (or the earned part) NaN, and so the
 * value.
 */
function pension(env: ColumnEnv, baseParam: string): Column {
  const b = env.batch;
  const spouse = spouseIndex(env);
  const rest = pensionRest(env);
  const earned = personIncome(env, 'earned', (k) => k === 'earned');
  const base = env.param(baseParam);
  const rate = env.param('pension.earnedIncomeRate');
  const out = env.alloc.f64(b.m, 'written');
  for (let q = 0; q < b.m; q++) {
    const s = spouse[q]!;
    let earnedIncomeEvaluated = floorWon(Math.max(0, earned[q]! - base) * rate);
    if (s >= 0) earnedIncomeEvaluated += floorWon(Math.max(0, earned[s]! - base) * rate);
    out[q] = earnedIncomeEvaluated + rest[q]!;
  }
  return numColumn('P', out);
}

/** The part of `pension` both pensions share: other income plus converted property, or NaN. */
function pensionRest(env: ColumnEnv): Float64Array {
  return env.memo('pensionRest', () => {
    const b = env.batch;
    const spouse = spouseIndex(env);
    const city = regionInfo(env).city;
    const other = personIncome(env, 'notEarned', (k) => k !== 'earned');
    const fin = personAssets(env, 'financial', (k) => (k === 'financial' ? 1 : 0));
    const debt = personAssets(env, 'debt', (k) => (k === 'debt' ? 1 : 0));
    const prop = personAssets(env, 'pensionProperty', (k) => (k !== 'financial' && k !== 'debt' ? 1 : 0));
    const finDed = env.param('pension.financialDeduction');
    const annual = env.param('pension.propertyConversionRateAnnual');
    const bpds = Float64Array.from(city, (cc) =>
      cc === undefined ? Number.NaN : env.param('pension.basicPropertyDeduction', cc),
    );
    const out = env.alloc.f64(b.m, 'written');
    for (let q = 0; q < b.m; q++) {
      const rc = b.region[b.personHh[q]!]!;
      const s = spouse[q]!;
      const bpd = bpds[rc]!;
      if (
        Number.isNaN(bpd) ||
        !b.incomeKnown[q] ||
        !b.assetKnown[q] ||
        (s >= 0 && (!b.incomeKnown[s] || !b.assetKnown[s])) ||
        Number.isNaN(finDed) ||
        Number.isNaN(annual)
      ) {
        out[q] = Number.NaN;
        continue;
      }
      let otherIncome = other[q]!;
      let property = prop[q]!;
      let financial = fin[q]!;
      let debts = debt[q]!;
      if (s >= 0) {
        otherIncome += other[s]!;
        property += prop[s]!;
        financial += fin[s]!;
        debts += debt[s]!;
      }
      const netProperty = Math.max(0, Math.max(0, property - bpd) + Math.max(0, financial - finDed) - debts);
      out[q] = otherIncome + floorWon((netProperty * annual) / 12);
    }
    return out;
  });
}

const list: ColumnarVariable[] = [
  h('household.size', (env) => {
    const b = env.batch;
    const out = env.alloc.f64(b.n, 'written');
    for (let i = 0; i < b.n; i++) out[i] = b.hhStart[i + 1]! - b.hhStart[i]!;
    return numColumn('H', out);
  }),
  h('household.nblssArea', (env) => regionColumn(env, (i) => i.area)),
  h('household.cityClass', (env) => regionColumn(env, (i) => i.city)),
  h('household.housingTier', (env) => regionColumn(env, (i) => i.tier)),
  h('household.tenure', (env) => rawCodes(env, 'H', env.batch.tenure, env.batch.dicts.tenure.values)),
  h('household.monthlyRent', (env) => numColumn('H', inArena(env, env.batch.rent))),
  h('household.deposit', (env) => numColumn('H', inArena(env, env.batch.deposit))),
  h('household.medianIncome', (env) => {
    const b = env.batch;
    const out = env.alloc.f64(b.n, 'written');
    const bySize = new Float64Array(16);
    for (let k = 0; k < 16; k++) bySize[k] = env.param('median.income', k);
    for (let i = 0; i < b.n; i++) {
      const size = b.hhStart[i + 1]! - b.hhStart[i]!;
      out[i] = size < 16 ? bySize[size]! : env.param('median.income', size);
    }
    return numColumn('H', out);
  }),
  h('household.monthlyIncome', (env) =>
    householdSum(
      env,
      personIncome(env, 'all', () => true),
      'income',
    ),
  ),
  h('household.totalAssets', (env) =>
    householdSum(
      env,
      personAssets(env, 'nonDebt', (k) => (k !== 'debt' ? 1 : 0)),
      'asset',
    ),
  ),
  h('household.coupleIncome', (env) =>
    coupleSum(
      env,
      personIncome(env, 'all', () => true),
      env.batch.incomeKnown,
    ),
  ),
  h('household.earnedAndBusinessIncome', (env) =>
    householdSum(
      env,
      personIncome(env, 'earnedBusiness', (k) => k === 'earned' || k === 'business'),
      'income',
    ),
  ),
  h('household.incomeExcludingPrivateTransfers', (env) =>
    householdSum(
      env,
      personIncome(env, 'noPrivate', (k) => k !== 'privateTransfer' && k !== 'other'),
      'income',
    ),
  ),
  h('household.propertyAssets', (env) =>
    householdSum(
      env,
      personAssets(env, 'property', (k) => (k === 'residential' || k === 'general' || k === 'car' ? 1 : 0)),
      'asset',
    ),
  ),
  h('household.debt', (env) =>
    householdSum(
      env,
      personAssets(env, 'debt', (k) => (k === 'debt' ? 1 : 0)),
      'asset',
    ),
  ),
  h('household.netAssets', (env) =>
    householdSum(
      env,
      personAssets(env, 'net', (k) => (k === 'debt' ? -1 : 1)),
      'asset',
    ),
  ),
  h('household.coupleNetAssets', (env) =>
    coupleSum(
      env,
      personAssets(env, 'net', (k) => (k === 'debt' ? -1 : 1)),
      env.batch.assetKnown,
    ),
  ),
  h('household.financialAssets', (env) =>
    householdSum(
      env,
      personAssets(env, 'financial', (k) => (k === 'financial' ? 1 : 0)),
      'asset',
    ),
  ),
  h('household.incomeRecognized.nblss', nblss),
  p('person.age', (env) => {
    const at = dateYmd(env.date);
    const birth = env.batch.birth;
    const out = env.alloc.f64(env.batch.m, 'written');
    for (let q = 0; q < out.length; q++) out[q] = ageFrom(birth[q]!, at);
    return numColumn('P', out);
  }),
  p('person.ageMonths', (env) => {
    const at = dateYmd(env.date);
    const birth = env.batch.birth;
    const out = env.alloc.f64(env.batch.m, 'written');
    for (let q = 0; q < out.length; q++) out[q] = monthsFrom(birth[q]!, at);
    return numColumn('P', out);
  }),
  p('person.sex', (env) => rawCodes(env, 'P', env.batch.sex, env.batch.dicts.sex.values)),
  p('person.nationality', (env) =>
    rawCodes(env, 'P', env.batch.nationality, env.batch.dicts.nationality.values),
  ),
  p('person.relation', (env) => rawCodes(env, 'P', env.batch.relation, env.batch.dicts.relation.values)),
  p('person.hasSpouse', (env) => {
    const s = spouseIndex(env);
    const codes = env.alloc.u8(env.batch.m, 'written');
    for (let q = 0; q < codes.length; q++) codes[q] = s[q]! >= 0 ? 2 : 1;
    return codeColumn('P', codes, [undefined, false, true]);
  }),
  p('person.maritalUnit', (env) => {
    const s = spouseIndex(env);
    const codes = env.alloc.u8(env.batch.m, 'written');
    for (let q = 0; q < codes.length; q++) codes[q] = s[q]! >= 0 ? 2 : 1;
    return codeColumn('P', codes, [undefined, 'single', 'couple']);
  }),
  p('person.monthlyIncome', (env) =>
    incomeWhereKnown(
      env,
      personIncome(env, 'all', () => true),
    ),
  ),
  p('person.earnedIncome', (env) =>
    incomeWhereKnown(
      env,
      personIncome(env, 'earned', (k) => k === 'earned'),
    ),
  ),
  p('person.earnedAndBusinessIncome', (env) =>
    incomeWhereKnown(
      env,
      personIncome(env, 'earnedBusiness', (k) => k === 'earned' || k === 'business'),
    ),
  ),
  p('person.pensionIncome', (env) =>
    incomeWhereKnown(
      env,
      personIncome(env, 'pension', (k) => k === 'pension'),
    ),
  ),
  p('person.childrenInHousehold', (env) => {
    const b = env.batch;
    const head = b.dicts.relation.find('head');
    const spouse = b.dicts.relation.find('spouse');
    const child = b.dicts.relation.find('child');
    const relation = b.relation;
    const hh = b.personHh;
    const perHh = env.alloc.f64(b.n);
    for (let q = 0; q < b.m; q++) if (relation[q] === child) perHh[hh[q]!]!++;
    const out = env.alloc.f64(b.m, 'written');
    for (let q = 0; q < out.length; q++)
      out[q] = relation[q] === head || relation[q] === spouse ? perHh[hh[q]!]! : Number.NaN;
    return numColumn('P', out);
  }),
  p('person.birthYear', (env) => {
    const birth = env.batch.birth;
    const out = env.alloc.f64(env.batch.m, 'written');
    for (let q = 0; q < out.length; q++) out[q] = Math.floor(birth[q]! / 10000);
    return numColumn('P', out);
  }),
  p('person.spouseAge', (env) => {
    const s = spouseIndex(env);
    const at = dateYmd(env.date);
    const birth = env.batch.birth;
    const out = env.alloc.f64(env.batch.m, 'written');
    for (let q = 0; q < out.length; q++) {
      const sq = s[q]!;
      out[q] = sq >= 0 ? ageFrom(birth[sq]!, at) : Number.NaN;
    }
    return numColumn('P', out);
  }),
  p('person.coupleOccupationalPension', (env) => {
    const s = spouseIndex(env);
    // A holder's fact is present (the batch keeps no undefined fact).
    const idx = env.factIndex('occupationalPension');
    const m = env.batch.m;
    const codes = env.alloc.u8(m, 'written');
    for (let q = 0; q < m; q++) {
      const sq = s[q]!;
      codes[q] = idx[q]! >= 0 || (sq >= 0 && idx[sq]! >= 0) ? 2 : 1;
    }
    return codeColumn('P', codes, [undefined, false, true]);
  }),
  p('person.monthsSinceLeftCare', (env) => {
    // Full months from fosterCare.leftCareOn to the date, as core's ageInMonths; NaN when absent or invalid.
    // Holder by holder (few people have the fact); everyone else is NaN.
    const at = dateYmd(env.date);
    return holderNumbers(env, 'fosterCare', 'leftCareOn', (on) =>
      typeof on === 'string' && IsoDate.safeParse(on).success ? monthsFrom(dateYmd(on), at) : Number.NaN,
    );
  }),
  p('person.parentHouseholdSize', (env) => {
    return holderNumbers(env, 'parentHousehold', 'size', (size) =>
      typeof size === 'number' ? size : Number.NaN,
    );
  }),
  p('person.incomeRecognized.basicPension', (env) => pension(env, 'basicPension.earnedIncomeBaseDeduction')),
  p('person.incomeRecognized.disabilityPension', (env) =>
    pension(env, 'disabilityPension.earnedIncomeBaseDeduction'),
  ),
];

export const nativeVariables: ReadonlyMap<string, ColumnarVariable> = new Map(list.map((v) => [v.id, v]));
