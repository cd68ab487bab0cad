import {
  type AssetKind,
  coreParameters,
  type FactKind,
  type FactValue,
  type IncomeKind,
  listRegions,
  type MembershipReason as MembershipReasonSchema,
  ParameterStore,
  type Region,
  type Relation,
  type Residence,
  type ResidencyStatus as ResidencyStatusSchema,
  type Tenure,
  type z,
} from '@bokji/core';
import { daysFromCivil, daysInMonth, isoFromDays, parseIsoDate } from './days.js';
import * as D from './distributions.js';
import { koreanGivenName, migrantName, SURNAMES } from './names.js';
import { hashSeed, KeyedPermutation, Rng, syntheticUuid, type WeightedTable, weighted } from './rng.js';
import { syntheticRrn } from './rrn.js';

export type ResidencyStatus = z.infer<typeof ResidencyStatusSchema>;
export type MembershipReason = z.infer<typeof MembershipReasonSchema>;

/** A person as stored (`PersonRow` plus the RRN). `rrn` is synthetic: see `isSyntheticRrn`. */
export interface SyntheticPerson {
  id: string;
  name: string;
  birthDate: string;
  sex: 'F' | 'M';
  nationality: string;
  residencyStatus: ResidencyStatus;
  deathDate: null;
  rrn: string;
}

/** A membership start (`MembershipStart`). */
export interface SyntheticMembership {
  personId: string;
  relation: Relation;
  effectiveFrom: string;
  reason: MembershipReason;
}

interface Provenance {
  personId: string;
  sourceAgency: string;
  dataType: string;
  periodFrom: string;
  periodTo?: string;
}
export interface SyntheticIncomeRecord extends Provenance {
  category: 'income';
  kind: IncomeKind;
  amountKrw: number;
}
export interface SyntheticAssetRecord extends Provenance {
  category: 'asset';
  kind: AssetKind;
  amountKrw: number;
}
export type SyntheticFactRecord = {
  [K in FactKind]: Provenance & { category: 'fact'; kind: K; value: FactValue<K> };
}[FactKind];
/** A `LinkedRecordInput` with the person it belongs to. */
export type SyntheticRecord = SyntheticIncomeRecord | SyntheticAssetRecord | SyntheticFactRecord;

export interface SyntheticHousehold {
  /** Position in the population: the same (seed, index) always gives the same household. */
  index: number;
  referenceDate: string;
  household: { id: string; residence: Residence };
  /** The head first. */
  people: SyntheticPerson[];
  memberships: SyntheticMembership[];
  records: SyntheticRecord[];
}

export interface PopulationOptions {
  seed: number | string;
  /** How many households to generate. */
  households: number;
  /** Index of the first household (default 0); lets a large population be generated in chunks. */
  startIndex?: number;
  /** The date the population describes: ages, tenure, records in force. */
  referenceDate: string;
}

type Sex = 'F' | 'M';
type StudentLevel = FactValue<'student'>['level'];

interface Member {
  relation: Relation;
  age: number;
  sex: Sex;
  id: string;
  birthDays: number;
  birthDate: string;
  surname: string;
  name: string;
  nationality: string;
  residencyStatus: ResidencyStatus;
  foreigner: boolean;
  disability: 'severe' | 'mild' | null;
  university: boolean;
  /** Monthly earned + business income. */
  work: number;
  /** All monthly income. */
  income: number;
  basicPension: boolean;
  rrnSerial: number;
  rrnCheckChoice: number;
}

/**
 * The delivering agency of a record: the catalogue's agency code, which is the data type's prefix
 * in upper case (`nts.earned-income` → `NTS`; `@bokji/linkage` checks both for every generated
 * record), as agency deliveries store it.
 */
const agencyOf = (dataType: string) => dataType.slice(0, dataType.indexOf('.')).toUpperCase();

const SIZE_TABLE = weighted<number>([
  [1, D.HOUSEHOLD_SIZE_SHARES[1]],
  [2, D.HOUSEHOLD_SIZE_SHARES[2]],
  [3, D.HOUSEHOLD_SIZE_SHARES[3]],
  [4, D.HOUSEHOLD_SIZE_SHARES[4]],
  ...D.LARGE_HOUSEHOLD_SPLIT.map(([n, w]) => [n, D.HOUSEHOLD_SIZE_SHARES['5+'] * w] as const),
]);
const COMPOSITION_TABLES = new Map(
  Object.entries(D.COMPOSITIONS_BY_SIZE).map(([size, rows]) => [Number(size), weighted(rows)]),
);
const SINGLE_AGE_TABLE = weighted(D.SINGLE_HEAD_AGE_BANDS);
const TENURE_TABLES = {
  base: weighted(D.TENURE.base),
  youngSingle: weighted(D.TENURE.youngSingle),
  elderly: weighted(D.TENURE.elderly),
  poor: weighted(D.TENURE.poor),
};
const MIGRANT_NATIONALITY_TABLE = weighted(D.MIGRANT_NATIONALITIES);
const DISABILITY_TYPE_TABLE = weighted(D.DISABILITY_TYPES);
const LTC_TABLE = weighted(D.LTC_GRADES);
const VETERAN_TABLES = {
  elderly: weighted(D.VETERAN_CATEGORIES.elderly),
  other: weighted(D.VETERAN_CATEGORIES.other),
};
const COUPLE_AGE_BANDS = weighted<readonly [number, number]>([
  [[25, 39], 0.25],
  [[40, 59], 0.25],
  [[60, 88], 0.5],
]);
const COUPLE_AGE_BANDS_WITH_PARENTS = weighted<readonly [number, number]>([
  [[28, 44], 0.5],
  [[45, 62], 0.5],
]);

/** Everything that is the same for every household of a population. */
class Context {
  readonly seed: readonly [number, number];
  readonly ref: { y: number; m: number; d: number; days: number };
  readonly referenceDate: string;
  /** Records of the current month (income, deposits, loans). */
  readonly monthFrom: string;
  /** Property-tax base date (재산세 과세기준일, 1 June) in force. */
  readonly propertyFrom: string;
  /** Vehicle values are set per calendar year. */
  readonly yearFrom: string;
  /** Start of the school year (1 March) in force. */
  readonly schoolYearFrom: string;
  readonly regions: WeightedTable<Region>;
  readonly medianIncome: number[];
  readonly rrnCodes: KeyedPermutation;

  constructor(seed: number | string, referenceDate: string) {
    this.seed = hashSeed(seed);
    this.rrnCodes = new KeyedPermutation(this.seed, RRN_CODE_SPACE);
    this.ref = parseIsoDate(referenceDate);
    this.referenceDate = referenceDate;
    const { y, m, d } = this.ref;
    const pad = (n: number) => String(n).padStart(2, '0');
    this.monthFrom = `${y}-${pad(m)}-01`;
    this.propertyFrom = `${m > 6 || (m === 6 && d >= 1) ? y : y - 1}-06-01`;
    this.yearFrom = `${y}-01-01`;
    this.schoolYearFrom = `${m >= 3 ? y : y - 1}-03-01`;

    const all = listRegions();
    const perProvince = new Map<string, number>();
    for (const r of all) perProvince.set(r.code.slice(0, 2), (perProvince.get(r.code.slice(0, 2)) ?? 0) + 1);
    this.regions = weighted(
      all.map((r) => {
        const p = r.code.slice(0, 2);
        return [r, (D.PROVINCE_POPULATION_SHARES[p] ?? 0.01) / perProvince.get(p)!] as const;
      }),
    );

    // 기준 중위소득 on the reference date (the earliest table before 2024).
    const store = new ParameterStore(coreParameters);
    this.medianIncome = [0];
    for (let size = 1; size <= 12; size++) {
      let found = store.lookup('median.income', referenceDate, size);
      if (!found.ok) found = store.lookup('median.income', '2024-01-01', size);
      this.medianIncome.push(found.ok ? found.use.value : 0);
    }
  }

  /**
   * The birth date `offset` (0–364) days before the latest birthday giving exactly `age` full
   * years on the reference date. Each age owns a disjoint one-year window of birth dates.
   */
  birthDays(age: number, offset: number): number {
    const { y, m, d } = this.ref;
    const by = y - age;
    const anchor = daysFromCivil(by, m, m === 2 && d === 29 ? daysInMonth(by, 2) : d);
    return anchor - offset;
  }

  /** A day in [from, reference date]. */
  dayBetween(rng: Rng, from: number): string {
    const to = this.ref.days;
    return isoFromDays(from >= to ? to : from + Math.floor(rng.next() * (to - from + 1)));
  }
}

/** Members per household are at most 7; person numbers are `index × 8 + position`. */
const MAX_MEMBERS = 8;
/**
 * 365 birth-day offsets × 100,000 serials × 8 check digits: RRNs are unique within a population
 * for the first RRN_CODE_SPACE / 8 = 36.5 million households.
 */
const RRN_CODE_SPACE = 365 * 100_000 * 8;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const krw1k = (x: number) => Math.max(0, Math.round(x / 1000) * 1000);
const krw10k = (x: number) => Math.max(0, Math.round(x / 10_000) * 10_000);
const YEAR = 365;

interface Draft {
  relation: Relation;
  age: number;
  sex: Sex;
}

/** Relations, ages and sexes consistent with the composition. The head comes first. */
function demographics(rng: Rng, comp: D.Composition): Draft[] {
  const out: Draft[] = [];
  const randomSex = (): Sex => (rng.chance(0.513) ? 'M' : 'F');
  const other = (s: Sex): Sex => (s === 'M' ? 'F' : 'M');

  if (comp.grandchildren > 0) {
    const ages = childAges(rng, comp.grandchildren, rng.int(3, 17));
    const eldest = ages[0]!;
    const headSex: Sex = rng.chance(comp.spouse ? D.MALE_HEAD_SHARE.couple : D.MALE_HEAD_SHARE.grandparent)
      ? 'M'
      : 'F';
    const headAge = Math.min(92, Math.max(rng.int(58, 82), eldest + 40));
    out.push({ relation: 'head', age: headAge, sex: headSex });
    if (comp.spouse) {
      const spouseAge = clamp(
        headAge + (headSex === 'M' ? -2 : 2) + Math.round(rng.normal() * 2),
        eldest + 38,
        95,
      );
      out.push({ relation: 'spouse', age: spouseAge, sex: other(headSex) });
    }
    for (const age of ages) out.push({ relation: 'grandchild', age, sex: randomSex() });
  } else if (comp.children > 0) {
    let eldest: number;
    if (comp.parents > 0) eldest = rng.int(0, 15);
    else eldest = rng.chance(0.72) ? rng.int(0, 18) : rng.int(19, 34);
    const ages = childAges(rng, comp.children, eldest);
    eldest = ages[0]!;
    const b = D.MOTHER_AGE_AT_FIRST_BIRTH;
    const motherAge = eldest + clamp(Math.round(b.mean + b.sd * rng.normal()), b.min, b.max);
    const fatherAge = Math.max(
      clamp(motherAge + Math.round(2.5 + 2.5 * rng.normal()), motherAge - 3, motherAge + 10),
      eldest + 19,
    );
    const headSex: Sex = rng.chance(comp.spouse ? D.MALE_HEAD_SHARE.couple : D.MALE_HEAD_SHARE.loneParent)
      ? 'M'
      : 'F';
    out.push({ relation: 'head', age: headSex === 'M' ? fatherAge : motherAge, sex: headSex });
    if (comp.spouse) {
      out.push({ relation: 'spouse', age: headSex === 'M' ? motherAge : fatherAge, sex: other(headSex) });
    }
    for (const age of ages) out.push({ relation: 'child', age, sex: randomSex() });
  } else if (comp.spouse) {
    const [lo, hi] = rng.weighted(comp.parents > 0 ? COUPLE_AGE_BANDS_WITH_PARENTS : COUPLE_AGE_BANDS);
    const headSex: Sex = rng.chance(0.8) ? 'M' : 'F';
    const headAge = rng.int(lo, hi);
    const spouseAge = clamp(headAge + (headSex === 'M' ? -2 : 2) + Math.round(rng.normal() * 2.5), 20, 95);
    out.push({ relation: 'head', age: headAge, sex: headSex });
    out.push({ relation: 'spouse', age: spouseAge, sex: other(headSex) });
  } else if (comp.siblings > 0) {
    const headAge = rng.int(20, 45);
    out.push({ relation: 'head', age: headAge, sex: randomSex() });
    for (let i = 0; i < comp.siblings; i++) {
      out.push({ relation: 'sibling', age: clamp(headAge + rng.int(-8, 8), 19, 60), sex: randomSex() });
    }
  } else if (comp.parents > 0) {
    out.push({ relation: 'head', age: rng.int(25, 60), sex: rng.chance(0.55) ? 'M' : 'F' });
  } else {
    const [lo, hi] = rng.weighted(SINGLE_AGE_TABLE);
    const age = rng.int(lo, hi);
    const male =
      age < 60
        ? D.SINGLE_MALE_SHARE.under60
        : age < 70
          ? D.SINGLE_MALE_SHARE.from60
          : D.SINGLE_MALE_SHARE.from70;
    out.push({ relation: 'head', age, sex: rng.chance(male) ? 'M' : 'F' });
  }

  if (comp.parents > 0) {
    const head = out[0]!;
    const spouse = out.find((m) => m.relation === 'spouse');
    const relation: Relation = spouse && rng.chance(0.25) ? 'parentInLaw' : 'parent';
    const base = Math.max(head.age, spouse?.age ?? 0);
    const first = Math.min(99, base + rng.int(22, 34));
    if (comp.parents === 1) {
      out.push({ relation, age: first, sex: rng.chance(0.7) ? 'F' : 'M' });
    } else {
      out.push({ relation, age: first, sex: 'M' });
      out.push({ relation, age: clamp(first - 2 + Math.round(rng.normal() * 2), base + 20, 99), sex: 'F' });
    }
  }
  return out;
}

/** Ages of `n` siblings, eldest first, 1–4 years apart, the youngest at least 0. */
function childAges(rng: Rng, n: number, eldest: number): number[] {
  const ages = [eldest];
  for (let i = 1; i < n; i++) ages.push(ages[i - 1]! - rng.int(1, 4));
  const youngest = ages[n - 1]!;
  if (youngest < 0) for (let i = 0; i < n; i++) ages[i] = ages[i]! - youngest;
  return ages;
}

function pushIncome(
  out: SyntheticRecord[],
  ctx: Context,
  personId: string,
  kind: IncomeKind,
  amountKrw: number,
  dataType: string,
): void {
  out.push({
    personId,
    category: 'income',
    kind,
    amountKrw,
    sourceAgency: agencyOf(dataType),
    dataType,
    periodFrom: ctx.monthFrom,
  });
}

function pushAsset(
  out: SyntheticRecord[],
  personId: string,
  kind: AssetKind,
  amountKrw: number,
  dataType: string,
  periodFrom: string,
): void {
  out.push({
    personId,
    category: 'asset',
    kind,
    amountKrw,
    sourceAgency: agencyOf(dataType),
    dataType,
    periodFrom,
  });
}

function pushFact<K extends FactKind>(
  out: SyntheticRecord[],
  personId: string,
  kind: K,
  value: FactValue<K>,
  dataType: string,
  periodFrom: string,
): void {
  out.push({
    personId,
    category: 'fact',
    kind,
    value,
    sourceAgency: agencyOf(dataType),
    dataType,
    periodFrom,
  } as SyntheticFactRecord);
}

function generate(ctx: Context, index: number): SyntheticHousehold {
  const rng = Rng.forHousehold(ctx.seed, index);
  const refDays = ctx.ref.days;

  // --- who lives here ---------------------------------------------------------------------
  const size = rng.weighted(SIZE_TABLE);
  const comp = rng.weighted(COMPOSITION_TABLES.get(size)!);
  const drafts = demographics(rng, comp);
  const region = rng.weighted(ctx.regions);
  const poor = rng.chance(D.LOW_INCOME_HOUSEHOLD_SHARE);
  const factor = Math.exp(D.HOUSEHOLD_FACTOR_SIGMA * rng.normal());

  const headDraft = drafts[0]!;
  const spouseDraft = drafts.find((m) => m.relation === 'spouse');
  const headSurname = rng.weighted(SURNAMES);
  const spouseSurname = rng.weighted(SURNAMES);
  const fatherSurname =
    headDraft.sex === 'M'
      ? headSurname
      : spouseDraft
        ? spouseSurname
        : rng.chance(0.8)
          ? rng.weighted(SURNAMES)
          : headSurname;
  const migrant =
    spouseDraft !== undefined &&
    Math.min(headDraft.age, spouseDraft.age) >= 20 &&
    rng.chance(D.MIGRANT_COUPLE_SHARE);
  const migrantRelation: Relation | null = migrant
    ? (headDraft.sex === 'F') === rng.chance(0.82)
      ? 'head'
      : 'spouse'
    : null;
  const defector = rng.chance(D.DEFECTOR_HOUSEHOLD_SHARE);

  const members: Member[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const dft = drafts[i]!;
    // Person number → (birth-day offset, RRN serial, check choice) through a keyed bijection, so
    // that no two people of a population share an RRN (same birth date ⇒ same age ⇒ same window).
    const code = ctx.rrnCodes.apply((index * MAX_MEMBERS + i) % RRN_CODE_SPACE);
    const rest = Math.floor(code / 365);
    const birthDays = ctx.birthDays(dft.age, code % 365);
    const birthDate = isoFromDays(birthDays);
    let surname: string;
    switch (dft.relation) {
      case 'head':
      case 'sibling':
        surname = headSurname;
        break;
      case 'spouse':
        surname = spouseSurname;
        break;
      case 'child':
        surname = fatherSurname;
        break;
      case 'grandchild':
        surname = rng.chance(0.7) ? fatherSurname : rng.weighted(SURNAMES);
        break;
      case 'parent':
        surname = dft.sex === 'M' ? headSurname : rng.weighted(SURNAMES);
        break;
      case 'parentInLaw':
        surname = dft.sex === 'M' ? spouseSurname : rng.weighted(SURNAMES);
        break;
      default:
        surname = rng.weighted(SURNAMES);
    }
    const by = Number(birthDate.slice(0, 4));
    let name = surname + koreanGivenName(rng, dft.sex, by);
    let nationality = 'KR';
    let residencyStatus: ResidencyStatus = 'citizen';
    let foreigner = false;
    if (dft.relation === migrantRelation) {
      const origin = rng.weighted(MIGRANT_NATIONALITY_TABLE);
      if (rng.chance(D.NATURALIZED_SHARE)) {
        surname = rng.weighted(SURNAMES);
        name = surname + koreanGivenName(rng, dft.sex, by);
      } else {
        nationality = origin;
        residencyStatus = 'marriageMigrant';
        foreigner = true;
        name = migrantName(rng, origin, dft.sex);
      }
    }
    members.push({
      relation: dft.relation,
      age: dft.age,
      sex: dft.sex,
      id: syntheticUuid(ctx.seed, index, i + 1),
      birthDays,
      birthDate,
      surname,
      name,
      nationality,
      residencyStatus,
      foreigner,
      disability: null,
      university: false,
      work: 0,
      income: 0,
      basicPension: false,
      rrnSerial: rest % 100_000,
      rrnCheckChoice: Math.floor(rest / 100_000),
    });
  }
  const head = members[0]!;
  const spouse = members.find((m) => m.relation === 'spouse');

  const records: SyntheticRecord[] = [];

  // --- disability (before income: it lowers employment) --------------------------------------
  for (const m of members) {
    if (!rng.chance(D.disabilityRate(m.age))) continue;
    const type = rng.weighted(DISABILITY_TYPE_TABLE);
    const severe = type === '지적' || type === '자폐성' || rng.chance(D.SEVERE_DISABILITY_SHARE);
    m.disability = severe ? 'severe' : 'mild';
    pushFact(
      records,
      m.id,
      'disability',
      { severity: m.disability, type },
      'mohw.disability',
      ctx.dayBetween(rng, m.birthDays),
    );
  }

  // --- income -------------------------------------------------------------------------------
  for (const m of members) {
    if (m.age < 19) {
      pushIncome(records, ctx, m.id, 'earned', 0, 'nts.earned-income');
      continue;
    }
    let earned = 0;
    let earnedType = 'nts.earned-income';
    let business = 0;
    const uni = D.UNIVERSITY_SHARE;
    if (m.age <= 24 && rng.chance(size === 1 ? uni.livingAlone : m.age <= 22 ? uni.to22 : uni.to24)) {
      m.university = true;
      if (rng.chance(uni.partTimeWork)) earned = rng.logNormal(uni.partTimeMedian, 0.5);
      if (size === 1 && rng.chance(D.STUDENT_SUPPORT.share)) {
        const support = krw1k(rng.logNormal(D.STUDENT_SUPPORT.median, D.STUDENT_SUPPORT.sigma));
        pushIncome(records, ctx, m.id, 'privateTransfer', support, 'local.private-transfer');
        m.income += support;
      }
    } else if (poor) {
      if (rng.chance(D.CASUAL_WORK.share * (m.age < 65 ? 1 : 0.5) * (m.disability === 'severe' ? 0.3 : 1))) {
        earned = rng.logNormal(D.CASUAL_WORK.median, D.CASUAL_WORK.sigma);
        earnedType = 'nts.daily-wage';
      }
    } else {
      const shares = D.employmentShares(m.age, m.sex, m === head ? spouse !== undefined : m === spouse);
      const k = m.disability === 'severe' ? 0.3 : m.disability === 'mild' ? 0.75 : 1;
      const u = rng.next();
      if (u < shares.earned * k) {
        const median = D.earnedMedian(m.age) * (m.sex === 'F' ? D.FEMALE_WAGE_FACTOR : 1) * factor;
        const s = rng.next();
        if (s >= D.WAGE_SOURCES.nts + D.WAGE_SOURCES.nhis) {
          earned = D.DAILY_WORK_FACTOR * rng.logNormal(median, D.EARNED_SIGMA);
          earnedType = 'nts.daily-wage';
        } else {
          earned = rng.chance(D.PART_TIME.share)
            ? rng.logNormal(D.PART_TIME.median, D.PART_TIME.sigma)
            : Math.max(D.MINIMUM_MONTHLY_WAGE, rng.logNormal(median, D.EARNED_SIGMA));
          if (s >= D.WAGE_SOURCES.nts) {
            earnedType = 'nhis.insured-wage';
          }
        }
      } else if (u < (shares.earned + shares.business) * k) {
        business = rng.logNormal(
          (m.age >= 65 ? D.BUSINESS_INCOME.elderlyMedian : D.BUSINESS_INCOME.median) * factor,
          D.BUSINESS_INCOME.sigma,
        );
      }
    }
    earned = krw1k(earned);
    business = krw1k(business);
    pushIncome(records, ctx, m.id, 'earned', earned, earnedType);
    if (business > 0) pushIncome(records, ctx, m.id, 'business', business, 'nts.business-income');
    m.work = earned + business;
    m.income += m.work;

    if (m.age >= 63) {
      if (!poor && rng.chance(D.OCCUPATIONAL_PENSION.share)) {
        const amount = krw1k(rng.logNormal(D.OCCUPATIONAL_PENSION.median, D.OCCUPATIONAL_PENSION.sigma));
        pushIncome(records, ctx, m.id, 'pension', amount, 'geps.pension');
        pushFact(
          records,
          m.id,
          'occupationalPension',
          true,
          'geps.occupational-pension',
          ctx.dayBetween(rng, refDays - 20 * YEAR),
        );
        m.income += amount;
      } else {
        const p = D.NATIONAL_PENSION;
        if (rng.chance(m.sex === 'M' ? p.shareMale : p.shareFemale)) {
          const amount = krw1k(
            rng.logNormal((m.sex === 'M' ? p.medianMale : p.medianFemale) * (poor ? 0.6 : 1), p.sigma),
          );
          pushIncome(records, ctx, m.id, 'pension', amount, 'nps.old-age-pension');
          m.income += amount;
        }
        if (m.age >= 65) m.basicPension = rng.chance(poor ? 0.97 : D.BASIC_PENSION.share);
      }
    }

    if (
      m.disability === 'severe' &&
      m.age < 65 &&
      m.work === 0 &&
      rng.chance(poor ? 0.9 : D.DISABILITY_PENSION.share)
    ) {
      pushIncome(records, ctx, m.id, 'publicTransfer', D.DISABILITY_PENSION.amount, 'ssis.public-transfer');
      m.income += D.DISABILITY_PENSION.amount;
    }

    if (m.age < 65 && m.work === 0 && !m.university && rng.chance(poor ? 0.3 : D.JOB_SEEKER.share)) {
      pushFact(records, m.id, 'jobSeeker', true, 'keis.job-seeker', ctx.dayBetween(rng, refDays - 180));
      if (rng.chance(D.JOB_SEEKER.benefitShare)) {
        const amount = krw1k(
          D.JOB_SEEKER.benefitMin + rng.next() * (D.JOB_SEEKER.benefitMax - D.JOB_SEEKER.benefitMin),
        );
        pushIncome(records, ctx, m.id, 'publicTransfer', amount, 'moel.unemployment-benefit-amount');
        pushFact(
          records,
          m.id,
          'unemploymentBenefit',
          true,
          'moel.unemployment-benefit',
          ctx.dayBetween(rng, refDays - 120),
        );
        m.income += amount;
      }
    }
  }
  // 기초연금: couples where both receive it get 80 % each.
  const bothBasic = spouse !== undefined && head.basicPension && spouse.basicPension;
  for (const m of members) {
    if (!m.basicPension) continue;
    const couple = bothBasic && (m === head || m === spouse);
    const amount = krw1k(D.BASIC_PENSION.amount * (couple ? D.BASIC_PENSION.coupleFactor : 1));
    pushIncome(records, ctx, m.id, 'publicTransfer', amount, 'ssis.public-transfer');
    m.income += amount;
  }
  let householdIncome = 0;
  for (const m of members) householdIncome += m.income;

  // --- residence ----------------------------------------------------------------------------
  const tenureTable = poor
    ? TENURE_TABLES.poor
    : size === 1 && head.age < 35
      ? TENURE_TABLES.youngSingle
      : head.age >= 65
        ? TENURE_TABLES.elderly
        : TENURE_TABLES.base;
  const tenure: Tenure = rng.weighted(tenureTable);
  const prices = D.HOUSING_BY_TIER[region.housingTier];
  const street = `${region.name.ko} 가상로 ${rng.int(1, 999)}`;
  const residence: Residence = {
    regionCode: region.code,
    address:
      tenure === 'homeless'
        ? `${street} (행정복지센터)`
        : tenure === 'facility'
          ? `${street} (가상복지시설)`
          : street,
    tenure,
  };
  const wealth = poor ? 0.4 : factor;
  if (tenure === 'monthlyRent') {
    residence.depositKrw = krw10k(rng.logNormal(prices.rentDeposit * wealth, D.ASSETS.depositSigma));
    residence.monthlyRentKrw = Math.max(
      100_000,
      krw10k(rng.logNormal(prices.monthlyRent * (poor ? 0.7 : 1), D.ASSETS.rentSigma)),
    );
  } else if (tenure === 'jeonse') {
    residence.depositKrw = krw10k(rng.logNormal(prices.jeonseDeposit * wealth, D.ASSETS.depositSigma));
  } else if (tenure === 'publicRental') {
    residence.depositKrw = krw10k(rng.logNormal(D.PUBLIC_RENTAL.deposit, D.ASSETS.depositSigma));
    residence.monthlyRentKrw = Math.max(
      30_000,
      krw10k(rng.logNormal(D.PUBLIC_RENTAL.monthlyRent, D.ASSETS.rentSigma)),
    );
  }

  // --- assets -------------------------------------------------------------------------------
  const adults = members.filter((m) => m.age >= 19);
  if (tenure === 'owner') {
    const holder = spouse && rng.chance(0.25) ? spouse : head;
    const value = krw10k(
      rng.logNormal(
        prices.homeValue * (region.cityClass === 'rural' ? D.ASSETS.ruralHomeFactor : 1) * wealth,
        D.ASSETS.homeSigma,
      ),
    );
    pushAsset(records, holder.id, 'residential', value, 'molit.building', ctx.propertyFrom);
    const since = Math.max(holder.birthDays + 19 * YEAR, refDays - 25 * YEAR);
    pushFact(records, holder.id, 'homeOwner', true, 'molit.home-ownership', ctx.dayBetween(rng, since));
  } else if (residence.depositKrw) {
    pushAsset(records, head.id, 'residential', residence.depositKrw, 'molit.lease-deposit', ctx.monthFrom);
  }
  const farmer =
    head.age >= 40 &&
    rng.chance(
      region.cityClass === 'rural'
        ? D.FARMER_FISHER.rural
        : region.nblssArea === 'other'
          ? D.FARMER_FISHER.smallCity
          : 0,
    );
  for (const m of adults) {
    if (
      m.age >= 40 &&
      rng.chance(
        poor ? D.ASSETS.general.poorShare : m === head && farmer ? 0.6 : D.ASSETS.general.share40plus,
      )
    ) {
      const value = krw10k(rng.logNormal(D.ASSETS.general.median * factor, D.ASSETS.general.sigma));
      pushAsset(records, m.id, 'general', value, 'mois.property-tax', ctx.propertyFrom);
    }
  }
  const car = D.ASSETS.car;
  const carShare = poor
    ? car.poor
    : size === 1 && head.age < 35
      ? car.youngSingle
      : head.age >= 75
        ? car.elderly75
        : car.base;
  if (adults.length > 0 && rng.chance(carShare)) {
    const owner = head.age >= 19 ? head : adults[0]!;
    const value = Math.max(300_000, krw10k(rng.logNormal(car.median * Math.sqrt(factor), car.sigma)));
    pushAsset(records, owner.id, 'car', value, 'ts.vehicle', ctx.yearFrom);
    if (!poor && spouse && spouse.age >= 19 && spouse.age < 75 && rng.chance(car.secondCar)) {
      const v2 = Math.max(300_000, krw10k(rng.logNormal(car.median * 0.6, car.sigma)));
      pushAsset(records, spouse.id, 'car', v2, 'ts.vehicle', ctx.yearFrom);
    }
  }
  const fin = D.ASSETS.financial;
  for (const m of members) {
    let value = 0;
    if (m.age < 19) {
      if (rng.chance(fin.childShare)) value = rng.logNormal(fin.childMedian, 1);
    } else if (poor) {
      if (rng.chance(fin.poorShare)) value = rng.logNormal(fin.poorMedian, 1);
    } else if (rng.chance(fin.share)) {
      value = rng.logNormal(D.financialMedian(m.age) * factor, fin.sigma);
    }
    pushAsset(records, m.id, 'financial', krw10k(value), 'fin.deposits', ctx.monthFrom);
  }
  const debt = D.ASSETS.debt;
  if (head.age >= 19 && rng.chance(poor ? debt.poor : head.age < 65 ? debt.workingAge : debt.elderly)) {
    const median = poor
      ? debt.poorMedian
      : (tenure === 'owner' ? debt.ownerMedian : debt.otherMedian) * factor;
    pushAsset(
      records,
      head.id,
      'debt',
      krw10k(rng.logNormal(median, debt.sigma)),
      'kcis.loans',
      ctx.monthFrom,
    );
  }

  // --- other facts --------------------------------------------------------------------------
  if (farmer) {
    const fisher = rng.chance(D.FARMER_FISHER.fisherShare);
    pushFact(
      records,
      head.id,
      'farmerFisher',
      { kind: fisher ? 'fisher' : 'farmer' },
      fisher ? 'mof.fisher' : 'naqs.farm-registration',
      ctx.dayBetween(rng, Math.max(head.birthDays + 20 * YEAR, refDays - 30 * YEAR)),
    );
  }
  if (tenure === 'facility')
    pushFact(
      records,
      head.id,
      'facilityResident',
      true,
      'mohw.facility',
      ctx.dayBetween(rng, refDays - 5 * YEAR),
    );

  const kids = members.filter((m) => m.relation === 'child');
  const grandkids = members.filter((m) => m.relation === 'grandchild');
  for (const group of [kids, grandkids]) {
    // Already eldest first: birth order within the household.
    group.forEach((m, i) => {
      pushFact(records, m.id, 'birthOrder', { order: i + 1 }, 'court.family-relation', m.birthDate);
    });
  }

  for (const m of members) {
    if (m.age >= 7 && m.age <= 18 && rng.chance(D.SCHOOL_ENROLMENT)) {
      const level: StudentLevel = m.age <= 12 ? 'elementary' : m.age <= 15 ? 'middle' : 'high';
      pushFact(records, m.id, 'student', { level }, 'moe.neis-enrolment', ctx.schoolYearFrom);
    } else if (m.university) {
      pushFact(records, m.id, 'student', { level: 'university' }, 'moe.neis-enrolment', ctx.schoolYearFrom);
    } else if (m.age <= 5) {
      const p = m.age === 0 ? D.CHILDCARE.under1 : m.age <= 2 ? D.CHILDCARE.toddler : D.CHILDCARE.preschool;
      if (rng.chance(p)) {
        const kind = m.age >= 3 && rng.chance(0.5) ? 'kindergarten' : 'daycare';
        pushFact(
          records,
          m.id,
          'daycareUse',
          { kind },
          'moe.childcare',
          ctx.dayBetween(rng, Math.max(m.birthDays, refDays - YEAR)),
        );
      }
    }
    if (m.sex === 'F' && m.age >= 20 && m.age <= 44) {
      const partnered = spouse !== undefined && (m === head || m === spouse);
      if (rng.chance(partnered ? D.PREGNANCY_RATE.partnered : D.PREGNANCY_RATE.other)) {
        const due = refDays + rng.int(1, 230);
        pushFact(
          records,
          m.id,
          'pregnancy',
          { dueDate: isoFromDays(due) },
          'nhis.pregnancy',
          isoFromDays(Math.min(refDays, due - 224)),
        );
      }
    }
    if (m.age >= 19 && rng.chance(D.veteranRate(m.age))) {
      const category = rng.weighted(m.age >= 65 ? VETERAN_TABLES.elderly : VETERAN_TABLES.other);
      const isFamily = rng.chance(m.age >= 65 ? 0.2 : 0.6);
      pushFact(
        records,
        m.id,
        'veteran',
        { category, isFamily },
        'mpva.veteran',
        ctx.dayBetween(rng, Math.max(m.birthDays + 19 * YEAR, refDays - 30 * YEAR)),
      );
    }
    if (rng.chance(D.longTermCareRate(m.age))) {
      pushFact(
        records,
        m.id,
        'longTermCareGrade',
        { grade: rng.weighted(LTC_TABLE) },
        'nhis.ltc-grade',
        ctx.dayBetween(rng, refDays - 3 * YEAR),
      );
    }
    if (defector && (m === head || m === spouse) && m.age >= 19) {
      pushFact(
        records,
        m.id,
        'northKoreanDefector',
        true,
        'mou.defector',
        ctx.dayBetween(rng, Math.max(m.birthDays + 15 * YEAR, refDays - 20 * YEAR)),
      );
    }
  }

  // 한부모가족 증명: no spouse, a minor (grand)child, income under 63 % of median.
  const minorDependant = [...kids, ...grandkids].some((m) => m.age < 18);
  if (
    !spouse &&
    minorDependant &&
    householdIncome < D.SINGLE_PARENT_CERTIFICATE.incomeRatio * ctx.medianIncome[Math.min(size, 12)]! &&
    rng.chance(D.SINGLE_PARENT_CERTIFICATE.share)
  ) {
    const kind = grandkids.length > 0 ? 'grandparent' : head.age < 25 ? 'teenSingleParent' : 'singleParent';
    pushFact(
      records,
      head.id,
      'singleParentFamily',
      { kind },
      'mogef.single-parent',
      ctx.dayBetween(rng, refDays - YEAR),
    );
  }

  // --- memberships --------------------------------------------------------------------------
  const adultSince = Math.max(head.birthDays, spouse?.birthDays ?? head.birthDays) + 19 * YEAR + 5;
  const span = Math.min(refDays - adultSince, 25 * YEAR);
  const formedDays = span > 0 ? refDays - Math.floor(rng.next() * (span + 1)) : refDays;
  const formed = isoFromDays(formedDays);
  const memberships: SyntheticMembership[] = members.map((m) => {
    if (m === head) return { personId: m.id, relation: m.relation, effectiveFrom: formed, reason: 'formed' };
    if (m === spouse) {
      return {
        personId: m.id,
        relation: m.relation,
        effectiveFrom: formed,
        reason: rng.chance(0.3) ? 'marriage' : 'formed',
      };
    }
    if (m.relation === 'child' && m.birthDays >= formedDays) {
      return { personId: m.id, relation: m.relation, effectiveFrom: m.birthDate, reason: 'birth' };
    }
    if (m.relation === 'child')
      return { personId: m.id, relation: m.relation, effectiveFrom: formed, reason: 'formed' };
    return {
      personId: m.id,
      relation: m.relation,
      effectiveFrom: ctx.dayBetween(rng, Math.max(formedDays, m.birthDays)),
      reason: 'moveIn',
    };
  });

  if (migrant) {
    for (const m of members) {
      pushFact(
        records,
        m.id,
        'multiculturalFamily',
        true,
        'moj.marriage-migrant',
        isoFromDays(Math.max(formedDays, m.birthDays)),
      );
    }
  }

  const people: SyntheticPerson[] = members.map((m) => ({
    id: m.id,
    name: m.name,
    birthDate: m.birthDate,
    sex: m.sex,
    nationality: m.nationality,
    residencyStatus: m.residencyStatus,
    deathDate: null,
    rrn: syntheticRrn(m.birthDate, m.sex, m.foreigner, m.rrnSerial, m.rrnCheckChoice),
  }));

  return {
    index,
    referenceDate: ctx.referenceDate,
    household: { id: syntheticUuid(ctx.seed, index, 0), residence },
    people,
    memberships,
    records,
  };
}

function checkOptions(o: PopulationOptions): { start: number; count: number } {
  const start = o.startIndex ?? 0;
  if (!Number.isSafeInteger(o.households) || o.households < 0)
    throw new Error('households must be a non-negative integer');
  if (!Number.isSafeInteger(start) || start < 0) throw new Error('startIndex must be a non-negative integer');
  if (typeof o.seed !== 'string' && !Number.isFinite(o.seed))
    throw new Error('seed must be a string or a finite number');
  return { start, count: o.households };
}

/**
 * Yields `households` synthetic households, one at a time, for indexes `startIndex`,
 * `startIndex + 1`, …. Each household depends only on (seed, index, referenceDate), so chunks can
 * be generated independently (in parallel workers) and concatenated.
 */
export function* generatePopulation(
  options: PopulationOptions,
): Generator<SyntheticHousehold, void, undefined> {
  const { start, count } = checkOptions(options);
  const ctx = new Context(options.seed, options.referenceDate);
  for (let i = 0; i < count; i++) yield generate(ctx, start + i);
}

/**
 * One household of the population, by index (random access). Builds the population context on
 * every call: use `generatePopulation` for more than a few.
 */
export function generateHousehold(options: {
  seed: number | string;
  index: number;
  referenceDate: string;
}): SyntheticHousehold {
  checkOptions({
    seed: options.seed,
    households: 1,
    startIndex: options.index,
    referenceDate: options.referenceDate,
  });
  return generate(new Context(options.seed, options.referenceDate), options.index);
}
