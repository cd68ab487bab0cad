import {
  EvalContext,
  type FactKind,
  factKinds,
  type HouseholdSnapshot,
  type ParameterStore,
  type Value,
  type VariableDefinition,
} from '@bokji/core';
import { type HouseholdBatch, snapshotOf } from './batch.js';
import {
  broadcast,
  type CodeColumn,
  type Column,
  ColumnBuilder,
  codeArray,
  codeColumn,
  type Domain,
} from './columns.js';
import { nativeVariables } from './variables.js';

/** What the column stage needs from a registry. */
export interface ColumnSource {
  params: ParameterStore;
  variables: ReadonlyMap<string, VariableDefinition>;
}

/** A variable with a columnar implementation: computes the whole column of a batch at once. */
export interface ColumnarVariable {
  id: string;
  entity: 'household' | 'person';
  compute(env: ColumnEnv): Column;
}

export interface ColumnStats {
  /** Variables computed by their columnar implementation. */
  native: string[];
  /** Variables computed per household from rebuilt snapshots (no columnar implementation). */
  generic: string[];
}

/**
 * The columns of one batch, computed on demand and cached: variables (columnar implementation
 * when there is one, else per household through the variable's own `compute` on the rebuilt
 * snapshot), facts, receipts, parameters at the batch's date. Household columns are broadcast to
 * members when a member-level rule reads them.
 */
export class ColumnEnv {
  readonly #cache = new Map<string, Column>();
  readonly #params = new Map<string, number>();
  #contexts: EvalContext[] | undefined;
  readonly stats: ColumnStats = { native: [], generic: [] };
  readonly scratch = new Map<string, unknown>();

  constructor(
    readonly batch: HouseholdBatch,
    readonly source: ColumnSource,
    readonly natives: ReadonlyMap<string, ColumnarVariable> = nativeVariables,
  ) {}

  get date(): string {
    return this.batch.date;
  }

  /** A parameter at the batch's date; NaN when it has no value (the rule is undetermined). */
  param(id: string, key?: string | number): number {
    const k = `${id}\u0000${typeof key}:${String(key)}`;
    let v = this.#params.get(k);
    if (v === undefined) {
      const found = this.source.params.lookup(id, this.batch.date, key);
      v = found.ok ? found.use.value : Number.NaN;
      this.#params.set(k, v);
    }
    return v;
  }

  memo<T>(key: string, make: () => T): T {
    let v = this.scratch.get(key) as T | undefined;
    if (v === undefined) {
      v = make();
      this.scratch.set(key, v);
    }
    return v;
  }

  #cached(key: string, make: () => Column): Column {
    let c = this.#cache.get(key);
    if (!c) {
      c = make();
      this.#cache.set(key, c);
    }
    return c;
  }

  /** A variable's column in its own domain, or broadcast to members when `domain` is P. */
  variable(id: string, domain?: Domain): Column {
    const def = this.source.variables.get(id);
    if (!def) throw new Error(`unknown variable ${id}`);
    const own: Domain = def.entity === 'household' ? 'H' : 'P';
    const base = this.#cached(`var:${id}`, () => {
      const native = this.natives.get(id);
      if (native && native.entity === def.entity) {
        this.stats.native.push(id);
        return native.compute(this);
      }
      this.stats.generic.push(id);
      return this.genericColumn(def);
    });
    if (!domain || domain === own) return base;
    if (own === 'P') throw new Error(`person variable ${id} read at household level`);
    return this.#cached(`var:${id}:P`, () => broadcast(base, this.batch.personHh));
  }

  /** Broadcasts any household column to members (cached by key). */
  toMembers(key: string, c: Column): Column {
    if (c.domain === 'P') return c;
    return this.#cached(`bc:${key}`, () => broadcast(c, this.batch.personHh));
  }

  /** Per-household evaluation contexts on rebuilt snapshots (shared by generic variables). */
  contexts(): EvalContext[] {
    if (!this.#contexts) {
      const b = this.batch;
      this.#contexts = new Array(b.n);
      for (let h = 0; h < b.n; h++) this.#contexts[h] = this.contextFor(snapshotOf(b, h));
    }
    return this.#contexts;
  }

  contextFor(snapshot: HouseholdSnapshot): EvalContext {
    return new EvalContext(snapshot, this.source.params, this.source.variables);
  }

  /** The first pass for a variable without a columnar implementation: its `compute`, household by household. */
  genericColumn(def: VariableDefinition): Column {
    const b = this.batch;
    const ctxs = this.contexts();
    if (def.entity === 'household') {
      const col = new ColumnBuilder('H', b.n);
      for (let h = 0; h < b.n; h++) {
        const r = ctxs[h]!.resolve(def.id);
        col.set(h, r.ok ? (r.value as Value | undefined) : undefined);
      }
      return col.build();
    }
    const col = new ColumnBuilder('P', b.m);
    for (let h = 0; h < b.n; h++) {
      const ctx = ctxs[h]!;
      const members = ctx.snapshot.members;
      const first = b.hhStart[h]!;
      for (let i = 0; i < members.length; i++) {
        const r = ctx.withSubject(members[i]!).resolve(def.id);
        col.set(first + i, r.ok ? (r.value as Value | undefined) : undefined);
      }
    }
    return col.build();
  }

  /** For each person, the index of its item of fact `kind` (-1 when absent). */
  factIndex(kind: string): Int32Array {
    return this.memo(`factIndex:${kind}`, () => {
      const b = this.batch;
      const idx = new Int32Array(b.m).fill(-1);
      const code = b.dicts.factKind.find(kind);
      if (code === undefined) return idx;
      const fk = b.factKind;
      for (let p = 0; p < b.m; p++)
        for (let k = b.factStart[p]!; k < b.factStart[p + 1]!; k++) if (fk[k] === code) idx[p] = k;
      return idx;
    });
  }

  /** The value of fact `kind` of person p, or undefined when absent. */
  factOf(p: number, kind: string): unknown {
    const k = this.factIndex(kind)[p]!;
    return k < 0 ? undefined : this.batch.factValue[k];
  }

  /** The `fact` operand as a member column, with its absence semantics (`whenAbsent`). */
  fact(kind: FactKind, field?: string): Column {
    return this.#cached(`fact:${kind}:${field ?? ''}`, () => {
      const b = this.batch;
      const def = factKinds[kind];
      if (!def) throw new Error(`unknown fact ${kind}`);
      const idx = this.factIndex(kind);
      const absent: Value | undefined =
        def.whenAbsent === 'unknown' ? undefined : field ? (field === 'programs' ? [] : 'none') : false;
      const dict = new DictBuilder();
      const absentCode = absent === undefined ? 0 : dict.code(absent);
      const raw = new Int32Array(b.m).fill(absentCode);
      const trueCode = field ? 0 : dict.code(true);
      for (let p = 0; p < b.m; p++) {
        const k = idx[p]!;
        // A fact stored as JSON null is present (core tests `!== undefined`).
        if (k < 0 || b.factValue[k] === undefined) continue;
        if (!field) {
          raw[p] = trueCode;
          continue;
        }
        const present = b.factValue[k];
        const v = present === true ? undefined : (present as Record<string, unknown>)[field];
        raw[p] = dict.code(
          Array.isArray(v) ? v.map(String) : v === undefined ? 'none' : (v as string | number | boolean),
        );
      }
      return dict.column('P', raw);
    });
  }

  /** The `receives` operand: the subject (P) or any member (H) has a `programRecipient` fact naming the program. */
  receives(programId: string, scope: 'person' | 'household', domain: Domain): Column {
    const b = this.batch;
    const person = this.#cached(`recv:${programId}`, () => {
      const idx = this.factIndex('programRecipient');
      const codes = new Uint8Array(b.m).fill(1);
      for (let p = 0; p < b.m; p++) {
        const k = idx[p]!;
        if (k < 0) continue;
        const f = b.factValue[k] as { programs?: string[] } | undefined;
        if ((f?.programs ?? []).includes(programId)) codes[p] = 2;
      }
      return codeColumn('P', codes, BOOL_DICT);
    });
    if (scope === 'person') {
      if (domain === 'H') throw new Error('a person-scoped receipt read at household level');
      return person;
    }
    const hh = this.#cached(`recvH:${programId}`, () => {
      const pc = (person as CodeColumn).codes;
      const codes = new Uint8Array(b.n).fill(1);
      for (let h = 0; h < b.n; h++)
        for (let p = b.hhStart[h]!; p < b.hhStart[h + 1]!; p++)
          if (pc[p] === 2) {
            codes[h] = 2;
            break;
          }
      return codeColumn('H', codes, BOOL_DICT);
    });
    return domain === 'H' ? hh : this.toMembers(`recvH:${programId}`, hh);
  }
}

/** Dictionary for booleans: code 1 = false, 2 = true. */
export const BOOL_DICT: readonly (Value | undefined)[] = [undefined, false, true];

/** Interns values (by type and value; lists by content) into a categorical column's dictionary. */
export class DictBuilder {
  readonly dict: (Value | undefined)[] = [undefined];
  readonly #index = new Map<string, number>();

  code(v: Value): number {
    const k = Array.isArray(v) ? `a:${JSON.stringify(v)}` : `${typeof v}:${String(v)}`;
    let c = this.#index.get(k);
    if (c === undefined) {
      c = this.dict.length;
      this.dict.push(v);
      this.#index.set(k, c);
    }
    return c;
  }

  column(domain: Domain, raw: Int32Array): CodeColumn {
    const codes = codeArray(raw.length, this.dict.length);
    codes.set(raw);
    return codeColumn(domain, codes, this.dict);
  }
}
