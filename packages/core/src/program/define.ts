import type { z } from 'zod';
import type { Criterion, DetailLine, Outcome } from '../criteria/types.js';
import type { FactKind, FactMap } from '../domain/facts.js';
import type { Relation, Tenure } from '../domain/household.js';
import type { AssetKind, IncomeKind } from '../domain/records.js';
import type { ParameterDefinition, Source } from '../parameters/types.js';
import type { Text } from '../text.js';

/** Life-cycle tags of the Bokjiro catalogue (생애주기). */
export type LifeCycleTag = 'pregnancy' | 'infant' | 'child' | 'teen' | 'youth' | 'middleAge' | 'senior';
/** Household-situation tags of the Bokjiro catalogue (가구상황). */
export type SituationTag =
  | 'lowIncome'
  | 'disability'
  | 'singleParent'
  | 'multiChild'
  | 'multicultural'
  | 'veteran';
export type Provision =
  | 'cash'
  | 'voucher'
  | 'inKind'
  | 'service'
  | 'loan'
  | 'reduction'
  | 'facility'
  | 'other';
export type Cycle =
  | 'weekly'
  | 'monthly'
  | 'quarterly'
  | 'semiannual'
  | 'annual'
  | 'once'
  | 'asNeeded'
  | 'other';
export type ReviewCycle = 'semiannual' | 'annual' | 'onChange' | 'none';

/** A fact's value as an amount function sees it: `true` for flags, a field's value, or a list. */
export type FactReading = number | string | boolean | string[];

/** One household member as an amount function sees it (to count children, dependents, …). */
export interface MemberBenefitView {
  readonly personId: string;
  get(varId: string): number | string | boolean;
  /** Same semantics as the `fact` operand: absence follows the fact's `whenAbsent` (unknown → missing data). */
  fact(kind: FactKind, field?: string): FactReading;
}

/** What a benefit-amount function may ask for. Missing data throws and makes the amount undetermined. */
export interface BenefitContext {
  readonly date: string;
  readonly subjectId: string | undefined;
  get(varId: string): number | string | boolean;
  param(id: string, key?: string | number): number;
  /** A fact of the subject (person programs only). */
  fact(kind: FactKind, field?: string): FactReading;
  /** Every member of the household, in order. */
  members(): MemberBenefitView[];
}

export interface AmountResult {
  amountKrw: number;
  lines: DetailLine[];
}

export interface Exclusion {
  programId: string;
  /** exclusive: cannot be received together; reduces: received together, this one is reduced. */
  kind: 'exclusive' | 'reduces';
  reason: Text;
  source?: Source;
}

export interface EvidenceItem {
  id: string;
  label: Text;
  required: boolean;
}

/** A test case as data: an inline household, the date, and what must come out. */
export interface CaseMember {
  relation?: Relation;
  /** Age in full years on the case date, or `ageMonths`, or an explicit `birthDate`. */
  age?: number;
  ageMonths?: number;
  birthDate?: string;
  sex?: 'F' | 'M';
  nationality?: string;
  /** Monthly income by kind; `null` = no income data at all (unknown). Default: known, none. */
  income?: Partial<Record<IncomeKind, number>> | null;
  /** Asset values by kind; `null` = no asset data (unknown). Default: known, none. */
  assets?: Partial<Record<AssetKind, number>> | null;
  facts?: FactMap;
}

export interface ProgramCase {
  name: string;
  date: string;
  household: {
    regionCode?: string;
    tenure?: Tenure;
    monthlyRentKrw?: number;
    depositKrw?: number;
    members: CaseMember[];
  };
  /** For person-targeted programs: the index of the member evaluated (default 0). */
  subject?: number;
  expect: {
    outcome: Outcome;
    amountKrw?: number;
    /** Data types that must be named missing (e.g. `income`, `fact:crisis`). */
    missing?: string[];
  };
}

export interface ProgramDefinition {
  /** Stable id: the Bokjiro service id (`WLF…`) where one exists. */
  id: string;
  /** Rules version; bump when criteria or amounts change. */
  version: string;
  name: Text;
  /** Ministry (2026 Korean name) and bureau. */
  ministry: string;
  bureau?: string;
  legalBasis: Text[];
  target: 'household' | 'person';
  lifeCycle: LifeCycleTag[];
  situations: SituationTag[];
  provision: Provision;
  cycle: Cycle;
  summary: Text;
  criteria: Criterion;
  benefit: {
    description: Text;
    /** Pure amount calculation from variables and parameters; omitted where the sources state none. */
    amount?: (ctx: BenefitContext) => AmountResult;
  };
  /** Application form (신청서): a zod object whose fields carry `.meta({ label: {ko, en} })`. */
  form: { schema: z.ZodObject; evidence: EvidenceItem[] };
  exclusions: Exclusion[];
  reviewCycle: ReviewCycle;
  effective: { from: string; to?: string };
  sources: Source[];
  /** statutory: rules and amounts checked against an official source for the year; summary: catalogue text only. */
  fidelity: 'statutory' | 'summary';
  /**
   * Set when the official texts restrict no one (e.g. "every resident of the area", a counselling
   * line): the reason, in both languages. The kit then does not ask for an ineligible case.
   */
  openToAll?: Text;
  /** Programs whose receipt this program's criteria read (derived statuses), never imported. */
  dependsOn?: string[];
  /** Parameters owned by this program (amounts, age limits), merged into the store at startup. */
  parameters?: ParameterDefinition[];
  cases: ProgramCase[];
}

/**
 * The plug-in contract. A program is data plus small pure functions; the registry validates it at
 * startup. Typed so that a malformed program fails to compile.
 */
export function defineProgram<const P extends ProgramDefinition>(program: P): P {
  return program;
}
