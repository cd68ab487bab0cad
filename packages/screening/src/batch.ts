import type { HouseholdSnapshot, MemberSnapshot, Residence } from '@bokji/core';

/**
 * Interns strings (or any scalar) to small integer codes, 1-based: code 0 always means "missing".
 * Codes are stable for the life of the dictionary, so a dictionary can be shared by many batches.
 */
export class Dict<T = string> {
  readonly values: (T | undefined)[] = [undefined];
  readonly #index = new Map<unknown, number>();

  constructor(
    initial: readonly T[] = [],
    readonly keyOf: (v: T) => unknown = (v) => v,
  ) {
    for (const v of initial) this.code(v);
  }

  code(v: T): number {
    const key = this.keyOf(v);
    let c = this.#index.get(key);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(v);
      this.#index.set(key, c);
    }
    return c;
  }

  find(v: T): number | undefined {
    return this.#index.get(this.keyOf(v));
  }

  get size(): number {
    return this.values.length;
  }
}

export const INCOME_KINDS = [
  'earned',
  'business',
  'property',
  'publicTransfer',
  'privateTransfer',
  'pension',
  'other',
] as const;
export const ASSET_KINDS = ['residential', 'general', 'financial', 'car', 'debt'] as const;

/**
 * A fact field's value as core's `fact` operand reads it (`present[field]`): lists become lists
 * of strings; everything else is kept as it is.
 */
export type FieldValue = string | number | boolean | null | string[];

/**
 * Dictionary key of a field value: scalars as themselves (a Map tells 1 from '1' and true from
 * 'true'), lists by content, behind a NUL no stored text holds (the API refuses NUL in JSON).
 */
export const fieldValueKey = (v: FieldValue): unknown =>
  Array.isArray(v) ? `\u0000${JSON.stringify(v)}` : v;

/** Dictionaries for the raw categorical columns; one set per run, shared by its batches. */
export class BatchDicts {
  readonly region = new Dict<string>();
  readonly tenure = new Dict<string>();
  readonly relation = new Dict<string>();
  readonly sex = new Dict<string>();
  readonly nationality = new Dict<string>(['KR']);
  readonly residency = new Dict<string>();
  readonly incomeKind = new Dict<string>(INCOME_KINDS);
  readonly assetKind = new Dict<string>(ASSET_KINDS);
  readonly factKind = new Dict<string>();
  readonly factField = new Dict<string>();
  readonly factFieldValue = new Dict<FieldValue>([], fieldValueKey);
}

/**
 * One batch of households on one reference date, as flat typed arrays: the raw input of the
 * columnar engine. Members of household h are persons `hhStart[h] .. hhStart[h+1]-1`, in snapshot
 * order. Income, asset and fact items of person p are `xStart[p] .. xStart[p+1]-1`. Everything a
 * `HouseholdSnapshot` holds except names and addresses is here, so a snapshot can be rebuilt for
 * any household (`snapshotOf`).
 */
export interface HouseholdBatch {
  date: string;
  dicts: BatchDicts;
  /** Households. */
  n: number;
  /** Household ids, packed (`stringAt`); empty in a batch cut for a thread (see `sliceBatch`). */
  householdIds: Strings;
  hhStart: Int32Array;
  region: Int32Array;
  tenure: Int32Array;
  /** NaN when absent. */
  rent: Float64Array;
  deposit: Float64Array;
  /** Persons (members in force on the date). */
  m: number;
  /** Person ids, packed, as household ids. */
  personIds: Strings;
  personHh: Int32Array;
  relation: Int32Array;
  sex: Int32Array;
  nationality: Int32Array;
  /** 0 when absent. */
  residency: Int32Array;
  /** Birth date as yyyymmdd. */
  birth: Int32Array;
  /** 1 when some income record covers the date (incomes known, possibly none); 0: unknown. */
  incomeKnown: Uint8Array;
  assetKnown: Uint8Array;
  incomeStart: Int32Array;
  incomeKind: Int32Array;
  incomeAmount: Float64Array;
  assetStart: Int32Array;
  assetKind: Int32Array;
  assetAmount: Float64Array;
  factStart: Int32Array;
  factKind: Int32Array;
  /**
   * Fields of fact item k: `fieldStart[k] .. fieldStart[k+1]-1`, each a field name code
   * (`dicts.factField`) and a value code (`dicts.factFieldValue`). The columns read facts from
   * these alone; a fact that is `true` (no fields) has none.
   */
  fieldStart: Int32Array;
  fieldName: Int32Array;
  fieldValue: Int32Array;
  /**
   * The facts as delivered, for rebuilt snapshots (`factsOf`, `snapshotOf`): each member's facts
   * as JSON text, packed. Text, not objects: a million households' facts as objects are millions
   * of small objects that every full garbage collection visits while the batch lives (≈ 0.1 s a
   * collection at 300,000 households), and no column reads them. Empty in a batch cut for a
   * worker thread that rebuilds no snapshot (see `sliceBatch`).
   */
  facts: Strings;
}

/**
 * A batch object with its properties in one fixed order, from one object literal: every batch of
 * a process then has the same hidden class, and the compiled column code reads any batch at full
 * speed. A batch made by spreading another object (`{ ...fields, dicts }`) got a hidden class of
 * its own each time, so code optimised for the previous batch was thrown away on the next
 * ("wrong map" deoptimisations in most column functions): ≈ 90 ms more for the first screening
 * of each new batch of 300,000 households, every batch a worker thread received.
 */
export function householdBatch(b: HouseholdBatch): HouseholdBatch {
  return {
    date: b.date,
    dicts: b.dicts,
    n: b.n,
    householdIds: b.householdIds,
    hhStart: b.hhStart,
    region: b.region,
    tenure: b.tenure,
    rent: b.rent,
    deposit: b.deposit,
    m: b.m,
    personIds: b.personIds,
    personHh: b.personHh,
    relation: b.relation,
    sex: b.sex,
    nationality: b.nationality,
    residency: b.residency,
    birth: b.birth,
    incomeKnown: b.incomeKnown,
    assetKnown: b.assetKnown,
    incomeStart: b.incomeStart,
    incomeKind: b.incomeKind,
    incomeAmount: b.incomeAmount,
    assetStart: b.assetStart,
    assetKind: b.assetKind,
    assetAmount: b.assetAmount,
    factStart: b.factStart,
    factKind: b.factKind,
    fieldStart: b.fieldStart,
    fieldName: b.fieldName,
    fieldValue: b.fieldValue,
    facts: b.facts,
  };
}

/** Strings of a packed list that make one string of `Strings.chunks`. */
export const STRINGS_PER_CHUNK = 4096;

/**
 * Many short strings (ids, facts as JSON text) packed into few: the strings of
 * STRINGS_PER_CHUNK entries concatenated into one, and `end[i]` where entry i ends in its chunk (it
 * starts where the entry before ends, or at 0). Millions of separate strings are millions of heap
 * objects that every full garbage collection visits while the batch lives; these are a few
 * hundred. Plain data, so it crosses a thread boundary as it is.
 */
export interface Strings {
  chunks: string[];
  end: Int32Array;
}

/** Appends strings one by one into a `Strings`. */
export class StringsBuilder {
  readonly #chunks: string[] = [];
  #parts: string[] = [];
  #length = 0;
  readonly #end = new GrowI32();

  get length(): number {
    return this.#end.n;
  }

  push(text: string): void {
    if (this.#end.n > 0 && this.#end.n % STRINGS_PER_CHUNK === 0) this.#flush();
    this.#parts.push(text);
    this.#length += text.length;
    this.#end.push(this.#length);
  }

  #flush(): void {
    this.#chunks.push(this.#parts.join(''));
    this.#parts = [];
    this.#length = 0;
  }

  done(): Strings {
    if (this.#end.n > 0) this.#flush();
    return { chunks: this.#chunks, end: this.#end.done() };
  }
}

/** Entry i of a packed list. */
export function stringAt(s: Strings, i: number): string {
  const end = s.end[i]!;
  const start = i % STRINGS_PER_CHUNK === 0 ? 0 : s.end[i - 1]!;
  return start === end ? '' : s.chunks[Math.floor(i / STRINGS_PER_CHUNK)]!.slice(start, end);
}

/** Entries a .. b-1 of a packed list, packed afresh. */
export function stringsSlice(s: Strings, a: number, b: number): Strings {
  const out = new StringsBuilder();
  for (let i = a; i < b; i++) out.push(stringAt(s, i));
  return out.done();
}

/** A list of strings, packed. */
export function stringsOf(list: Iterable<string>): Strings {
  const out = new StringsBuilder();
  for (const x of list) out.push(x);
  return out.done();
}

/** Every entry of a packed list, as an array. */
export function stringList(s: Strings): string[] {
  return Array.from(s.end, (_, i) => stringAt(s, i));
}

export const NO_STRINGS: Strings = { chunks: [], end: new Int32Array(0) };

/** Member p's facts as JSON text ('' when it has none). */
export function factText(b: HouseholdBatch, p: number): string {
  if (b.facts.end.length !== b.m)
    throw new Error('this batch was cut without its facts as delivered: no snapshot can be rebuilt from it');
  return stringAt(b.facts, p);
}

/** Member p's facts as delivered (a new object each call). */
export function factsOf(b: HouseholdBatch, p: number): Record<string, unknown> {
  const text = factText(b, p);
  return text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
}

/**
 * A copy of `a` in shared memory. Every batch array this package allocates lives there, so the
 * threads of a `ScreeningPool` read them where they are: each thread cuts its own range (offsets
 * rebased, values viewed in place) instead of the calling thread copying every range first.
 */
export function inShared<A extends Int32Array | Float64Array | Uint8Array>(a: A): A {
  const Ctor = a.constructor as new (b: SharedArrayBuffer) => A;
  const out = new Ctor(new SharedArrayBuffer(a.byteLength));
  out.set(a as never);
  return out;
}

class GrowI32 {
  a = new Int32Array(1024);
  n = 0;
  push(v: number) {
    if (this.n === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
  done(): Int32Array {
    return inShared(this.a.subarray(0, this.n));
  }
}
class GrowF64 {
  a = new Float64Array(1024);
  n = 0;
  push(v: number) {
    if (this.n === this.a.length) {
      const b = new Float64Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
  done(): Float64Array {
    return inShared(this.a.subarray(0, this.n));
  }
}
class GrowU8 {
  a = new Uint8Array(1024);
  n = 0;
  push(v: number) {
    if (this.n === this.a.length) {
      const b = new Uint8Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
  done(): Uint8Array {
    return inShared(this.a.subarray(0, this.n));
  }
}

/**
 * Per item: the person it belongs to (items grouped by person, `start` their offsets). Branch-free:
 * mark how many persons after the first start at each item (several when persons have no items);
 * an item's owner is the number of them starting at or before it.
 */
export function itemOwners(start: Int32Array, m: number, out?: Int32Array): Int32Array {
  const items = start[m]!;
  const owner = out ?? new Int32Array(items);
  const starts = new Int32Array(items + 1);
  for (let p = 1; p < m; p++) starts[start[p]!]!++;
  let running = 0;
  for (let k = 0; k < items; k++) {
    running += starts[k]!;
    owner[k] = running;
  }
  return owner;
}

export const ymd = (iso: string): number =>
  Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
const pad = (n: number, w: number) => String(n).padStart(w, '0');
export const isoOf = (v: number): string =>
  `${pad(Math.floor(v / 10000), 4)}-${pad(Math.floor(v / 100) % 100, 2)}-${pad(v % 100, 2)}`;

export interface MemberInput {
  personId: string;
  relation: string;
  birthDate: string;
  sex: string;
  nationality: string;
  residencyStatus?: string | undefined;
  incomes: { kind: string; monthlyKrw: number }[] | null;
  assets: { kind: string; valueKrw: number }[] | null;
  facts: Record<string, unknown>;
}

type MemberPerson = Omit<MemberInput, 'incomes' | 'assets' | 'facts'>;

/**
 * A member as a database sends it: incomes and assets as `kind:amount` lists joined by commas
 * (`…Known` false: none known; true with '' or null: known, none above zero), facts as one JSON
 * object's text (null: none).
 */
export interface MemberText extends MemberPerson {
  incomesKnown: boolean;
  incomes: string | null;
  assetsKnown: boolean;
  assets: string | null;
  facts: string | null;
}

/** Appends the items of a `kind:amount,kind:amount` list (the kind is what precedes an item's last colon). */
function pushItems(list: string, kinds: Dict, kind: GrowI32, amount: GrowF64): void {
  for (let at = 0; at <= list.length; ) {
    let end = list.indexOf(',', at);
    if (end < 0) end = list.length;
    const colon = list.lastIndexOf(':', end - 1);
    if (colon < at) throw new Error(`not a kind:amount list: ${JSON.stringify(list)}`);
    kind.push(kinds.code(list.slice(at, colon)));
    amount.push(Number(list.slice(colon + 1, end)));
    at = end + 1;
  }
}

/** Appends households one at a time (streaming): only typed arrays and packed strings (ids, facts as JSON text) are kept. */
export class BatchBuilder {
  readonly dicts: BatchDicts;
  #ids = new StringsBuilder();
  #hhStart = new GrowI32();
  #region = new GrowI32();
  #tenure = new GrowI32();
  #rent = new GrowF64();
  #deposit = new GrowF64();
  #personIds = new StringsBuilder();
  #personHh = new GrowI32();
  #relation = new GrowI32();
  #sex = new GrowI32();
  #nat = new GrowI32();
  #res = new GrowI32();
  #birth = new GrowI32();
  #incKnown = new GrowU8();
  #astKnown = new GrowU8();
  #incStart = new GrowI32();
  #incKind = new GrowI32();
  #incAmt = new GrowF64();
  #astStart = new GrowI32();
  #astKind = new GrowI32();
  #astAmt = new GrowF64();
  #factStart = new GrowI32();
  #factKind = new GrowI32();
  #fieldStart = new GrowI32();
  #fieldName = new GrowI32();
  #fieldValue = new GrowI32();
  #facts = new StringsBuilder();

  constructor(
    readonly date: string,
    dicts?: BatchDicts,
  ) {
    this.dicts = dicts ?? new BatchDicts();
  }

  get households(): number {
    return this.#ids.length;
  }

  addHousehold(householdId: string, residence: Residence, members: Iterable<MemberInput>): void {
    this.beginHousehold(householdId, residence);
    for (const m of members) this.addMember(m);
  }

  /** Starts a household; the members added next (`addMember`, `addMemberText`) are its members. */
  beginHousehold(householdId: string, residence: Residence): void {
    const d = this.dicts;
    this.#ids.push(householdId);
    this.#hhStart.push(this.#personIds.length);
    this.#region.push(d.region.code(residence.regionCode));
    this.#tenure.push(d.tenure.code(residence.tenure));
    this.#rent.push(residence.monthlyRentKrw ?? Number.NaN);
    this.#deposit.push(residence.depositKrw ?? Number.NaN);
  }

  /** Appends a member of the household begun last. */
  addMember(m: MemberInput): void {
    const d = this.dicts;
    this.#person(m);
    this.#incKnown.push(m.incomes === null ? 0 : 1);
    this.#astKnown.push(m.assets === null ? 0 : 1);
    this.#incStart.push(this.#incKind.n);
    for (const i of m.incomes ?? []) {
      this.#incKind.push(d.incomeKind.code(i.kind));
      this.#incAmt.push(i.monthlyKrw);
    }
    this.#astStart.push(this.#astKind.n);
    for (const a of m.assets ?? []) {
      this.#astKind.push(d.assetKind.code(a.kind));
      this.#astAmt.push(a.valueKrw);
    }
    // JSON.stringify leaves out the undefined kinds, as #facts does.
    this.#facts.push(this.#factsOf(m.facts) ? JSON.stringify(m.facts) : '');
  }

  /**
   * Appends a member of the household begun last from text as a database sends it, without
   * building a `MemberInput`'s lists and objects: the same member as `addMember` with the lists
   * parsed and the facts parsed (see `MemberText`).
   */
  addMemberText(m: MemberText): void {
    const d = this.dicts;
    this.#person(m);
    this.#incKnown.push(m.incomesKnown ? 1 : 0);
    this.#astKnown.push(m.assetsKnown ? 1 : 0);
    this.#incStart.push(this.#incKind.n);
    if (m.incomesKnown && m.incomes) pushItems(m.incomes, d.incomeKind, this.#incKind, this.#incAmt);
    this.#astStart.push(this.#astKind.n);
    if (m.assetsKnown && m.assets) pushItems(m.assets, d.assetKind, this.#astKind, this.#astAmt);
    // The text as delivered: JSON.parse gives the same object as JSON.stringify of its parse would.
    const any = this.#factsOf(m.facts ? (JSON.parse(m.facts) as Record<string, unknown>) : {});
    this.#facts.push(any ? m.facts! : '');
  }

  #person(m: MemberPerson): void {
    if (this.#ids.length === 0) throw new Error(`member ${m.personId} added before any household`);
    const d = this.dicts;
    this.#personIds.push(m.personId);
    this.#personHh.push(this.#ids.length - 1);
    this.#relation.push(d.relation.code(m.relation));
    this.#sex.push(d.sex.code(m.sex));
    this.#nat.push(d.nationality.code(m.nationality));
    this.#res.push(m.residencyStatus === undefined ? 0 : d.residency.code(m.residencyStatus));
    this.#birth.push(ymd(m.birthDate));
  }

  /** Codes a member's facts (kinds, and each object fact's fields); whether it has any. */
  #factsOf(facts: Record<string, unknown>): boolean {
    const d = this.dicts;
    this.#factStart.push(this.#factKind.n);
    const firstFact = this.#factKind.n;
    for (const kind in facts) {
      const value = facts[kind];
      if (value === undefined) continue;
      this.#factKind.push(d.factKind.code(kind));
      this.#fieldStart.push(this.#fieldName.n);
      if (value !== null && typeof value === 'object' && !Array.isArray(value))
        for (const field in value) {
          const v = (value as Record<string, unknown>)[field];
          // An undefined field reads as absent, as no field at all.
          if (v === undefined) continue;
          this.#fieldName.push(d.factField.code(field));
          this.#fieldValue.push(
            d.factFieldValue.code(Array.isArray(v) ? v.map(String) : (v as Exclude<FieldValue, string[]>)),
          );
        }
    }
    return this.#factKind.n > firstFact;
  }

  addSnapshot(s: HouseholdSnapshot): void {
    if (s.referenceDate !== this.date)
      throw new Error(`snapshot of ${s.referenceDate} in a batch of ${this.date}`);
    this.addHousehold(s.householdId, s.residence, s.members as MemberInput[]);
  }

  build(): HouseholdBatch {
    this.#hhStart.push(this.#personIds.length);
    this.#incStart.push(this.#incKind.n);
    this.#astStart.push(this.#astKind.n);
    this.#factStart.push(this.#factKind.n);
    this.#fieldStart.push(this.#fieldName.n);
    return householdBatch({
      date: this.date,
      dicts: this.dicts,
      n: this.#ids.length,
      householdIds: this.#ids.done(),
      hhStart: this.#hhStart.done(),
      region: this.#region.done(),
      tenure: this.#tenure.done(),
      rent: this.#rent.done(),
      deposit: this.#deposit.done(),
      m: this.#personIds.length,
      personIds: this.#personIds.done(),
      personHh: this.#personHh.done(),
      relation: this.#relation.done(),
      sex: this.#sex.done(),
      nationality: this.#nat.done(),
      residency: this.#res.done(),
      birth: this.#birth.done(),
      incomeKnown: this.#incKnown.done(),
      assetKnown: this.#astKnown.done(),
      incomeStart: this.#incStart.done(),
      incomeKind: this.#incKind.done(),
      incomeAmount: this.#incAmt.done(),
      assetStart: this.#astStart.done(),
      assetKind: this.#astKind.done(),
      assetAmount: this.#astAmt.done(),
      factStart: this.#factStart.done(),
      factKind: this.#factKind.done(),
      fieldStart: this.#fieldStart.done(),
      fieldName: this.#fieldName.done(),
      fieldValue: this.#fieldValue.done(),
      facts: this.#facts.done(),
    });
  }
}

export function batchFromSnapshots(snapshots: Iterable<HouseholdSnapshot>, date: string): HouseholdBatch {
  const b = new BatchBuilder(date);
  for (const s of snapshots) b.addSnapshot(s);
  return b.build();
}

/**
 * Rebuilds household `h` as a `HouseholdSnapshot` (without names and addresses, which no rule
 * reads): what the per-household path and variables without a columnar implementation evaluate.
 */
export function snapshotOf(b: HouseholdBatch, h: number): HouseholdSnapshot {
  const d = b.dicts;
  const residence: Residence = {
    regionCode: d.region.values[b.region[h]!]!,
    address: '-',
    tenure: d.tenure.values[b.tenure[h]!] as Residence['tenure'],
  };
  if (!Number.isNaN(b.rent[h]!)) residence.monthlyRentKrw = b.rent[h]!;
  if (!Number.isNaN(b.deposit[h]!)) residence.depositKrw = b.deposit[h]!;
  const members: MemberSnapshot[] = [];
  for (let p = b.hhStart[h]!; p < b.hhStart[h + 1]!; p++) {
    const facts = factsOf(b, p);
    const incomes = [];
    for (let k = b.incomeStart[p]!; k < b.incomeStart[p + 1]!; k++)
      incomes.push({ kind: d.incomeKind.values[b.incomeKind[k]!]!, monthlyKrw: b.incomeAmount[k]! });
    const assets = [];
    for (let k = b.assetStart[p]!; k < b.assetStart[p + 1]!; k++)
      assets.push({ kind: d.assetKind.values[b.assetKind[k]!]!, valueKrw: b.assetAmount[k]! });
    const member = {
      personId: stringAt(b.personIds, p),
      relation: d.relation.values[b.relation[p]!]!,
      birthDate: isoOf(b.birth[p]!),
      sex: d.sex.values[b.sex[p]!]!,
      nationality: d.nationality.values[b.nationality[p]!]!,
      incomes: b.incomeKnown[p] ? incomes : null,
      assets: b.assetKnown[p] ? assets : null,
      facts,
    } as MemberSnapshot;
    if (b.residency[p]) member.residencyStatus = d.residency.values[b.residency[p]!]!;
    members.push(member);
  }
  return { householdId: stringAt(b.householdIds, h), referenceDate: b.date, residence, members };
}
