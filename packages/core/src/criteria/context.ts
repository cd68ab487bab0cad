import type { HouseholdSnapshot, MemberSnapshot } from '../domain/snapshot.js';
import type { ParameterStore } from '../parameters/store.js';
import type { ParameterUse } from '../parameters/types.js';
import type { Text } from '../text.js';
import type { DetailLine, Missing, Scalar } from './types.js';

/** Thrown inside a computation when data is missing; caught at the node that asked. */
export class MissingData extends Error {
  constructor(readonly missing: Missing[]) {
    super('missing data');
  }
}

export interface Resolved {
  value: Scalar;
  detail?: DetailLine[];
  params: ParameterUse[];
}
export type Resolution = ({ ok: true } & Resolved) | { ok: false; missing: Missing[] };

export type VariableUnit = 'krw/month' | 'krw' | 'years' | 'months' | 'count' | 'boolean' | 'code' | 'ratio';

export interface VariableDefinition {
  id: string;
  entity: 'household' | 'person';
  label: Text;
  unit: VariableUnit;
  compute: (ctx: ComputeContext) => Scalar | { value: Scalar; detail: DetailLine[] };
}

/** What a variable's computation can ask for. Missing values throw `MissingData`. */
export interface ComputeContext {
  readonly snapshot: HouseholdSnapshot;
  readonly date: string;
  readonly subject?: MemberSnapshot | undefined;
  requireSubject(): MemberSnapshot;
  get(varId: string): Scalar;
  param(id: string, key?: string | number): number;
}

/**
 * Evaluation context for one household (and optionally one subject member) on one date. Caches
 * variables so the explainer and the compiled evaluator do the same work once.
 */
export class EvalContext implements ComputeContext {
  readonly #cache = new Map<string, Resolution>();
  #used: ParameterUse[] | undefined;

  constructor(
    readonly snapshot: HouseholdSnapshot,
    readonly params: ParameterStore,
    readonly variables: ReadonlyMap<string, VariableDefinition>,
    readonly subject?: MemberSnapshot,
    readonly householdCache: Map<string, Resolution> = new Map(),
  ) {}

  get date(): string {
    return this.snapshot.referenceDate;
  }

  withSubject(member: MemberSnapshot): EvalContext {
    return new EvalContext(this.snapshot, this.params, this.variables, member, this.householdCache);
  }

  requireSubject(): MemberSnapshot {
    if (!this.subject) throw new Error('a person variable was used without a subject');
    return this.subject;
  }

  /** Resolves a variable to a value or the data it misses. */
  resolve(varId: string): Resolution {
    const def = this.variables.get(varId);
    if (!def) throw new Error(`unknown variable ${varId}`);
    const cache = def.entity === 'household' ? this.householdCache : this.#cache;
    const hit = cache.get(varId);
    if (hit) return hit;
    const outer = this.#used;
    const used: ParameterUse[] = [];
    this.#used = used;
    let result: Resolution;
    try {
      const out = def.compute(this);
      result =
        typeof out === 'object'
          ? { ok: true, value: out.value, detail: out.detail, params: used }
          : { ok: true, value: out, params: used };
    } catch (e) {
      if (!(e instanceof MissingData)) throw e;
      result = { ok: false, missing: e.missing };
    } finally {
      this.#used = outer;
    }
    if (outer && result.ok) outer.push(...result.params);
    cache.set(varId, result);
    return result;
  }

  get(varId: string): Scalar {
    const r = this.resolve(varId);
    if (!r.ok) throw new MissingData(r.missing);
    return r.value;
  }

  param(id: string, key?: string | number): number {
    const found = this.params.lookup(id, this.date, key);
    if (!found.ok) {
      const def = this.params.definition(id);
      throw new MissingData([
        {
          dataType: `parameter:${id}`,
          what: {
            ko: `${def?.label.ko ?? id} (${this.date} 기준${key === undefined ? '' : `, ${key}`}) 값이 출처에 없음`,
            en: `${def?.label.en ?? id} at ${this.date}${key === undefined ? '' : ` for ${key}`}: no sourced value`,
          },
        },
      ]);
    }
    this.#used?.push(found.use);
    return found.use.value;
  }
}
