import {
  EvalContext,
  type FactKind,
  factKinds,
  type HouseholdSnapshot,
  type ParameterStore,
  type Value,
  type VariableDefinition,
} from '@bokji/core';
import { type HouseholdBatch, itemOwners, snapshotOf } from './batch.js';
import {
  Arena,
  broadcast,
  type Column,
  ColumnBuilder,
  DictBuilder,
  type Domain,
  SparseCodeColumn,
} from './columns.js';
import { Memory } from './memory.js';
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
  /** Where this batch's columns live (given back to `memory` by `release`). */
  readonly alloc: Arena;

  constructor(
    readonly batch: HouseholdBatch,
    readonly source: ColumnSource,
    readonly natives: ReadonlyMap<string, ColumnarVariable> = nativeVariables,
    /** Memory reused across batches (the engine's); a private one by default. */
    readonly memory: Memory = new Memory(),
  ) {
    this.alloc = Arena.forElements(batch.m, memory);
  }

  /**
   * Gives this batch's columns back to `memory` for the next batch. Nothing computed from the
   * environment may be read afterwards except outcomes (they live in their own bitsets).
   */
  release(): void {
    this.#cache.clear();
    this.scratch.clear();
    this.#contexts = undefined;
    this.alloc.release();
  }

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
    return this.#cached(`var:${id}:P`, () => broadcast(base, this.batch.personHh, this.alloc));
  }

  /** Broadcasts any household column to members (cached by key). */
  toMembers(key: string, c: Column): Column {
    if (c.domain === 'P') return c;
    return this.#cached(`bc:${key}`, () => broadcast(c, this.batch.personHh, this.alloc, this.batch.hhStart));
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

  /**
   * Every fact item of the batch grouped by kind in one pass over the items: for each kind code,
   * the persons holding it (ascending) and the index of their item (the last one, as a record
   * would be).
   */
  #factPositions(): Map<number, { persons: Int32Array; items: Int32Array }> {
    return this.memo('factPositions', () => {
      const b = this.batch;
      const fk = b.factKind;
      const owner = itemOwners(b.factStart, b.m);
      const counts = new Int32Array(b.dicts.factKind.size);
      for (let k = 0; k < fk.length; k++) counts[fk[k]!]!++;
      const persons = Array.from(counts, (c) => new Int32Array(c));
      const items = Array.from(counts, (c) => new Int32Array(c));
      const fill = new Int32Array(counts.length);
      for (let k = 0; k < fk.length; k++) {
        const c = fk[k]!;
        const p = owner[k]!;
        const j = fill[c]!;
        // The same kind twice on one person: the later item wins, as in factIndex.
        if (j > 0 && persons[c]![j - 1] === p) items[c]![j - 1] = k;
        else {
          persons[c]![j] = p;
          items[c]![j] = k;
          fill[c] = j + 1;
        }
      }
      const out = new Map<number, { persons: Int32Array; items: Int32Array }>();
      for (let c = 1; c < counts.length; c++)
        out.set(c, { persons: persons[c]!.subarray(0, fill[c]), items: items[c]!.subarray(0, fill[c]) });
      return out;
    });
  }

  /** The persons holding fact `kind` (ascending) and the index of their item. */
  factHolders(kind: string): { persons: Int32Array; items: Int32Array } {
    const code = this.batch.dicts.factKind.find(kind);
    return (code === undefined ? undefined : this.#factPositions().get(code)) ?? EMPTY_HOLDERS;
  }

  /** For each person, the index of its item of fact `kind` (-1 when absent). */
  factIndex(kind: string): Int32Array {
    return this.memo(`factIndex:${kind}`, () => {
      const idx = this.alloc.i32(this.batch.m, -1);
      const { persons, items } = this.factHolders(kind);
      for (let j = 0; j < persons.length; j++) idx[persons[j]!] = items[j]!;
      return idx;
    });
  }

  /**
   * Field `field` of fact `kind`, holder by holder (the holders of `factHolders`): its value code
   * in `dicts.factFieldValue`, 0 where the holder's fact has no such field (core reads `undefined`).
   */
  factField(kind: string, field: string): Int32Array {
    return this.memo(`factField:${kind}:${field}`, () => {
      const b = this.batch;
      const { items } = this.factHolders(kind);
      const out = new Int32Array(items.length);
      const name = b.dicts.factField.find(field);
      if (name === undefined) return out;
      const { fieldStart, fieldName, fieldValue } = b;
      for (let j = 0; j < items.length; j++) {
        const k = items[j]!;
        for (let f = fieldStart[k]!; f < fieldStart[k + 1]!; f++)
          if (fieldName[f] === name) {
            out[j] = fieldValue[f]!;
            break;
          }
      }
      return out;
    });
  }

  /** The `fact` operand as a member column, with its absence semantics (`whenAbsent`). */
  fact(kind: FactKind, field?: string): Column {
    return this.#cached(`fact:${kind}:${field ?? ''}`, () => {
      const b = this.batch;
      const def = factKinds[kind];
      if (!def) throw new Error(`unknown fact ${kind}`);
      const { persons } = this.factHolders(kind);
      const absent: Value | undefined =
        def.whenAbsent === 'unknown' ? undefined : field ? (field === 'programs' ? [] : 'none') : false;
      const dict = new DictBuilder();
      const absentCode = absent === undefined ? 0 : dict.code(absent);
      // Each holder's code: `true` without a field; with one, its value (a field it lacks reads
      // 'none'), through a table from the batch's value codes to this column's.
      const raw = new Int32Array(persons.length);
      if (!field) raw.fill(dict.code(true));
      else {
        const values = this.factField(kind, field);
        const fieldValues = b.dicts.factFieldValue.values;
        const lut = new Int32Array(fieldValues.length).fill(-1);
        for (let j = 0; j < values.length; j++) {
          const v = values[j]!;
          let c = lut[v]!;
          if (c < 0) {
            c = dict.code(v === 0 ? 'none' : (fieldValues[v] as Value));
            lut[v] = c;
          }
          raw[j] = c;
        }
      }
      let nAt = 0;
      for (let j = 0; j < raw.length; j++) if (raw[j] !== absentCode) nAt++;
      // Holders whose code is not the absent one, in order, and their codes.
      const positions = new Int32Array(nAt);
      const codes = new Int32Array(nAt);
      for (let j = 0, i = 0; j < raw.length; j++) {
        const c = raw[j]!;
        if (c === absentCode) continue;
        positions[i] = persons[j]!;
        codes[i++] = c;
      }
      return new SparseCodeColumn(
        'P',
        b.m,
        dict.dict,
        { base: absentCode, at: positions, codes },
        this.alloc,
      );
    });
  }

  /** Per program id: the persons (ascending) whose `programRecipient` fact names it. */
  #recipients(): Map<string, number[]> {
    return this.memo('recipients', () => {
      const out = new Map<string, number[]>();
      const { persons } = this.factHolders('programRecipient');
      const values = this.factField('programRecipient', 'programs');
      const fieldValues = this.batch.dicts.factFieldValue.values;
      for (let j = 0; j < persons.length; j++) {
        const programs = fieldValues[values[j]!];
        if (!Array.isArray(programs)) continue;
        for (const id of new Set(programs)) {
          const list = out.get(id);
          if (list) list.push(persons[j]!);
          else out.set(id, [persons[j]!]);
        }
      }
      return out;
    });
  }

  /** The `receives` operand: the subject (P) or any member (H) has a `programRecipient` fact naming the program. */
  receives(programId: string, scope: 'person' | 'household', domain: Domain): Column {
    const b = this.batch;
    const list = this.#recipients().get(programId) ?? [];
    // Code 2 (true) at the recipients, 1 (false) elsewhere.
    if (scope === 'person') {
      if (domain === 'H') throw new Error('a person-scoped receipt read at household level');
      return this.#cached(`recv:${programId}`, () => {
        const at = Int32Array.from(list);
        return new SparseCodeColumn(
          'P',
          b.m,
          BOOL_DICT,
          { base: 1, at, codes: new Int32Array(at.length).fill(2) },
          this.alloc,
        );
      });
    }
    const hh = this.#cached(`recvH:${programId}`, () => {
      const at: number[] = [];
      // Recipients ascending, so their households too: each household once.
      for (const p of list) {
        const h = b.personHh[p]!;
        if (at[at.length - 1] !== h) at.push(h);
      }
      return new SparseCodeColumn(
        'H',
        b.n,
        BOOL_DICT,
        { base: 1, at: Int32Array.from(at), codes: new Int32Array(at.length).fill(2) },
        this.alloc,
      );
    });
    return domain === 'H' ? hh : this.toMembers(`recvH:${programId}`, hh);
  }
}

const EMPTY_HOLDERS = { persons: new Int32Array(0), items: new Int32Array(0) };

/** Dictionary for booleans: code 1 = false, 2 = true. */
export const BOOL_DICT: readonly (Value | undefined)[] = [undefined, false, true];
