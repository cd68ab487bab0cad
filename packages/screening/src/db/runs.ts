import { BokjiError, type Outcome, type ProgramEvaluation, type Registry } from '@bokji/core';
import { type Db, loadSnapshot } from '@bokji/db';
import { BatchDicts, stringAt, stringList } from '../batch.js';
import { getBit, tailMask } from '../bits.js';
import { type BatchOutcomes, OUTCOMES, type ScreeningEngine } from '../engine.js';
import { type Conn, copyField } from './conn.js';
import { type HouseholdScope, loadBatch } from './load.js';

/**
 * The bits of one word whose outcome is kept: `keep` indexed by outcome code (0 ineligible,
 * 1 eligible, 2 undetermined); `valid` masks the bits past the end of the domain.
 */
function keptBits(t: number, f: number, valid: number, keep: ArrayLike<unknown>): number {
  let m = 0;
  if (keep[1]) m |= t;
  if (keep[0]) m |= f;
  if (keep[2]) m |= ~(t | f) & valid;
  return m;
}

/**
 * Population screening runs: a run is split into partitions (household id ranges); each partition
 * is screened and written in one transaction that first locks its partition row and skips it when
 * already done, so a partition's rows are written exactly once however often it is retried or by
 * however many workers. The outcomes the run keeps are stored one row per (run, household) in
 * `screening_outcomes` (per-program arrays; read as one row per run, household, program and person
 * through the `screening_results` view); every outcome is counted per partition and program.
 */

export interface RunInfo {
  id: string;
  /** running, done or cancelled */
  status: string;
  referenceDate: string;
  keep: Outcome[];
  partitions: number;
  programs: { id: string; version: string }[];
}

export interface CreateRunOptions {
  referenceDate: string;
  /** Households per partition (default 20,000). */
  partitionSize?: number;
  /** Outcomes stored as rows (default eligible and undetermined). */
  keep?: Outcome[];
  kind?: string;
  /**
   * Refuse (a conflict naming it) while a run of the same kind is running — decided under a
   * transaction-scoped advisory lock, so two requests at once cannot both start one.
   */
  exclusive?: boolean;
  /** Runs in the transaction that creates the run, after it (e.g. queueing its jobs with it). */
  inTransaction?: (c: Conn, run: RunInfo) => Promise<void>;
}

/** The oldest run of this kind still running, if any. */
export async function runningRun(conn: Conn, kind = 'population'): Promise<string | undefined> {
  const [r] = await conn.query<{ id: string }>(
    `SELECT id::text AS id FROM screening_runs WHERE kind = $1 AND status = 'running' ORDER BY created_at LIMIT 1`,
    [kind],
  );
  return r?.id;
}

/** Serialises the creation of exclusive runs (pg_advisory_xact_lock). */
const RUN_LOCK = 7_310_509_002;

/** Creates a run and its partitions (household id ranges of about `partitionSize`). */
export async function createRun(
  conn: Conn,
  engine: ScreeningEngine,
  opts: CreateRunOptions,
): Promise<RunInfo> {
  const size = opts.partitionSize ?? 20_000;
  const keep = opts.keep ?? ['eligible', 'undetermined'];
  const programs = engine.plan.programs.map((p) => ({ id: p.id, version: p.version }));
  const bounds = await conn.query<{ id: string }>(
    `SELECT id::text AS id FROM (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM households) s
     WHERE (rn - 1) % $1 = 0 AND rn > 1 ORDER BY id`,
    [size],
  );
  const cuts = bounds.map((b) => b.id);
  return conn.tx(async (c) => {
    if (opts.exclusive) {
      await c.query('SELECT pg_advisory_xact_lock($1)', [RUN_LOCK]);
      const other = await runningRun(c, opts.kind);
      if (other)
        throw new BokjiError('conflict', `population screening run ${other} is still running`, {
          runId: other,
        });
    }
    const [run] = await c.query<{ id: string }>(
      `INSERT INTO screening_runs (kind, reference_date, status, keep, programs, partitions)
       VALUES ($1, $2, 'running', $3, $4, $5) RETURNING id::text AS id`,
      [
        opts.kind ?? 'population',
        opts.referenceDate,
        JSON.stringify(keep),
        JSON.stringify(programs),
        cuts.length + 1,
      ],
    );
    const runId = run!.id;
    const values: string[] = [];
    const params: unknown[] = [runId];
    for (let i = 0; i <= cuts.length; i++) {
      params.push(i === 0 ? null : cuts[i - 1], i === cuts.length ? null : cuts[i]);
      values.push(`($1, ${i}, $${params.length - 1}::uuid, $${params.length}::uuid, 'pending')`);
    }
    await c.query(
      `INSERT INTO screening_partitions (run_id, partition, from_id, to_id, status) VALUES ${values.join(',')}`,
      params,
    );
    const info: RunInfo = {
      id: runId,
      status: 'running',
      referenceDate: opts.referenceDate,
      keep,
      partitions: cuts.length + 1,
      programs,
    };
    await opts.inTransaction?.(c, info);
    return info;
  });
}

export async function getRun(conn: Conn, runId: string): Promise<RunInfo> {
  const [r] = await conn.query<{
    id: string;
    status: string;
    reference_date: string;
    keep: Outcome[] | string;
    partitions: number;
    programs: RunInfo['programs'] | string;
  }>(
    'SELECT id::text AS id, status, reference_date::text AS reference_date, keep, partitions, programs FROM screening_runs WHERE id = $1',
    [runId],
  );
  if (!r) throw new BokjiError('not_found', `screening run ${runId} not found`, { id: runId });
  const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);
  return {
    id: r.id,
    status: r.status,
    referenceDate: r.reference_date,
    keep: json(r.keep),
    partitions: r.partitions,
    programs: json(r.programs),
  };
}

/** Per program: [eligible, ineligible, undetermined] counts. */
export type Counts = Record<string, [number, number, number]>;

export function countOutcomes(r: BatchOutcomes): Counts {
  const counts: Counts = {};
  r.programs.forEach((p, k) => {
    const len = p.target === 'household' ? r.batch.n : r.batch.m;
    const tri = r.tri[k]!;
    let e = 0;
    let i = 0;
    for (let w = 0; w < tri.t.length; w++) {
      e += popc(tri.t[w]!);
      i += popc(tri.f[w]!);
    }
    counts[p.id] = [e, i, len - e - i];
  });
  return counts;
}

function popc(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/**
 * Calls `fn(h, k, person, code)` for every kept outcome, household by household (the order of the
 * table's unique key, so a partition's index entries are inserted next to each other instead of
 * once per program all over the partition's key range); `person` is -1 for household programs.
 */
function forEachKept(
  r: BatchOutcomes,
  keep: readonly Outcome[],
  fn: (h: number, k: number, person: number, code: number) => void,
): void {
  const keepCode = [0, 1, 2].map((c) => keep.includes(OUTCOMES[c]!));
  const b = r.batch;
  const progs = r.programs;
  // Per program, a bitset of the households or members with a kept outcome; programs without any
  // are left out.
  const hhProgs: number[] = [];
  const personProgs: number[] = [];
  const masks: Uint32Array[] = [];
  for (let k = 0; k < progs.length; k++) {
    const p = progs[k]!;
    const { t, f } = r.tri[k]!;
    const len = p.target === 'household' ? b.n : b.m;
    const mask = new Uint32Array(t.length);
    let any = 0;
    for (let w = 0; w < t.length; w++) {
      const tw = t[w]!;
      const fw = f[w]!;
      const m = keptBits(tw, fw, w === t.length - 1 ? tailMask(len) : -1, keepCode);
      mask[w] = m;
      any |= m;
    }
    masks[k] = mask;
    if (any !== 0) (p.target === 'household' ? hhProgs : personProgs).push(k);
  }
  const code = (k: number, i: number) => (getBit(r.tri[k]!.t, i) ? 1 : getBit(r.tri[k]!.f, i) ? 0 : 2);
  for (let h = 0; h < b.n; h++) {
    for (const k of hhProgs) if (getBit(masks[k]!, h)) fn(h, k, -1, code(k, h));
    const p0 = b.hhStart[h]!;
    const p1 = b.hhStart[h + 1]!;
    for (const k of personProgs) {
      const mask = masks[k]!;
      for (let p = p0; p < p1; p++) if (getBit(mask, p)) fn(h, k, p, code(k, p));
    }
  }
}

/** COPY text lines (run, household, program, person, outcome) for the kept outcomes, household by household. */
export function* resultLines(runId: string, r: BatchOutcomes, keep: readonly Outcome[]): Generator<string> {
  const b = r.batch;
  const mids = r.programs.map((p) => `\t${copyField(p.id)}\t`);
  const lines: string[] = [];
  forEachKept(r, keep, (h, k, p, code) =>
    lines.push(
      `${runId}\t${stringAt(b.householdIds, h)}${mids[k]}${p < 0 ? '\\N' : stringAt(b.personIds, p)}\t${OUTCOMES[code]}\n`,
    ),
  );
  yield* lines;
}

const COPY_BINARY_HEADER = Buffer.concat([
  Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'),
  Buffer.alloc(8), // flags, header extension length
]);
const INT2_OID = 21;
const UUID_OID = 2950;

/** A run's program positions (the index into `screening_runs.programs`) for a batch's programs. */
function programPositions(run: Pick<RunInfo, 'id' | 'programs'>, r: BatchOutcomes): Int16Array {
  const pos = new Map(run.programs.map((p, i) => [p.id, i]));
  return Int16Array.from(r.programs, (p) => {
    const i = pos.get(p.id);
    if (i === undefined) throw new Error(`program ${p.id} is not one of run ${run.id}'s programs`);
    return i;
  });
}

/** A batch's kept outcomes grouped by household: household h's are entries start[h] .. start[h+1]-1. */
interface Grouped {
  start: Int32Array;
  /** The program's position in the run's programs. */
  programs: Int16Array;
  /** The member's index in the batch, -1 for a household program. */
  people: Int32Array;
  /** 0 ineligible, 1 eligible, 2 undetermined. */
  codes: Uint8Array;
}

/**
 * Groups the kept outcomes by household (a counting sort): per program, only the set bits of its
 * kept-outcome bitset are visited (word by word), not every (household, program) pair. Within a
 * household, entries are in program order, a person program's members in member order.
 */
function groupByHousehold(run: Pick<RunInfo, 'id' | 'programs' | 'keep'>, r: BatchOutcomes): Grouped {
  const position = programPositions(run, r);
  const b = r.batch;
  const keep = [0, 1, 2].map((c) => run.keep.includes(OUTCOMES[c]!));
  const owner = new Int32Array(b.m);
  for (let h = 0; h < b.n; h++) owner.fill(h, b.hhStart[h]!, b.hhStart[h + 1]!);
  const masks: (Uint32Array | null)[] = [];
  const count = new Int32Array(b.n + 1);
  for (let k = 0; k < r.programs.length; k++) {
    const hh = r.programs[k]!.target === 'household';
    const len = hh ? b.n : b.m;
    const { t, f } = r.tri[k]!;
    const mask = new Uint32Array(t.length);
    let any = 0;
    for (let w = 0; w < t.length; w++) {
      const tw = t[w]!;
      const fw = f[w]!;
      let m = keptBits(tw, fw, w === t.length - 1 ? tailMask(len) : -1, keep);
      mask[w] = m;
      any |= m;
      while (m !== 0) {
        const i = (w << 5) | (31 - Math.clz32(m & -m));
        count[hh ? i : owner[i]!]!++;
        m &= m - 1;
      }
    }
    masks[k] = any === 0 ? null : mask;
  }
  const start = new Int32Array(b.n + 1);
  for (let h = 0; h < b.n; h++) start[h + 1] = start[h]! + count[h]!;
  const total = start[b.n]!;
  const programs = new Int16Array(total);
  const people = new Int32Array(total);
  const codes = new Uint8Array(total);
  const at = start.slice(0, b.n);
  for (let k = 0; k < r.programs.length; k++) {
    const mask = masks[k];
    if (!mask) continue;
    const hh = r.programs[k]!.target === 'household';
    const pos = position[k]!;
    const { t, f } = r.tri[k]!;
    for (let w = 0; w < mask.length; w++) {
      let m = mask[w]!;
      const tw = t[w]!;
      const fw = f[w]!;
      while (m !== 0) {
        const bit = m & -m;
        const i = (w << 5) | (31 - Math.clz32(bit));
        const e = at[hh ? i : owner[i]!]!++;
        programs[e] = pos;
        people[e] = hh ? -1 : i;
        codes[e] = tw & bit ? 1 : fw & bit ? 0 : 2;
        m &= m - 1;
      }
    }
  }
  return { start, programs, people, codes };
}

/**
 * The kept outcomes as binary COPY data for `screening_outcomes` (run, household, programs,
 * people, outcomes), one row per household with kept outcomes, in chunks of about 1 MiB: uuids as
 * their 16 bytes (each member's converted once), arrays in PostgreSQL's binary array format.
 */
export function outcomeCopyBinary(
  run: Pick<RunInfo, 'id' | 'programs' | 'keep'>,
  r: BatchOutcomes,
): { chunks: Buffer[]; households: number; entries: number } {
  const b = r.batch;
  const g = groupByHousehold(run, r);
  // The exact size first: one buffer, no growing. A household row: field count (2), run and
  // household (4 + 16 each), three arrays (a 4-byte length, a 20-byte header) holding n int2
  // (4 + 2 each) and n uuids (4 + 16 each, a null 4).
  let size = COPY_BINARY_HEADER.length + 2;
  let households = 0;
  for (let h = 0; h < b.n; h++) {
    const n = g.start[h + 1]! - g.start[h]!;
    if (n === 0) continue;
    households++;
    size += 2 + 40 + 72 + 12 * n + 4 * n;
    for (let e = g.start[h]!; e < g.start[h + 1]!; e++) if (g.people[e]! >= 0) size += 16;
  }
  const buf = Buffer.allocUnsafe(size);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.length);
  // Every member's uuid as 16 bytes, converted once, read back as four 32-bit words.
  const person = new DataView(new ArrayBuffer(16 * b.m));
  for (let p = 0; p < b.m; p++) putUuid(person, 16 * p, stringAt(b.personIds, p));
  const run0 = new DataView(new ArrayBuffer(16));
  putUuid(run0, 0, run.id);
  COPY_BINARY_HEADER.copy(buf, 0);
  let pos = COPY_BINARY_HEADER.length;
  for (let h = 0; h < b.n; h++) {
    const e0 = g.start[h]!;
    const e1 = g.start[h + 1]!;
    const n = e1 - e0;
    if (n === 0) continue;
    view.setInt16(pos, 5);
    view.setInt32(pos + 2, 16);
    for (let j = 0; j < 16; j += 4) view.setInt32(pos + 6 + j, run0.getInt32(j));
    view.setInt32(pos + 22, 16);
    putUuid(view, pos + 26, stringAt(b.householdIds, h));
    pos += 42;
    pos = arrayHeader(view, pos, 20 + 6 * n, n, INT2_OID, false);
    for (let e = e0; e < e1; e++) {
      view.setInt32(pos, 2);
      view.setInt16(pos + 4, g.programs[e]!);
      pos += 6;
    }
    let nulls = 0;
    for (let e = e0; e < e1; e++) if (g.people[e]! < 0) nulls++;
    // A null element takes 4 bytes (its length, -1), a uuid 4 + 16.
    pos = arrayHeader(view, pos, 20 + 20 * n - 16 * nulls, n, UUID_OID, nulls > 0);
    for (let e = e0; e < e1; e++) {
      const p = g.people[e]!;
      if (p < 0) {
        view.setInt32(pos, -1);
        pos += 4;
      } else {
        const q = 16 * p;
        view.setInt32(pos, 16);
        view.setInt32(pos + 4, person.getInt32(q));
        view.setInt32(pos + 8, person.getInt32(q + 4));
        view.setInt32(pos + 12, person.getInt32(q + 8));
        view.setInt32(pos + 16, person.getInt32(q + 12));
        pos += 20;
      }
    }
    pos = arrayHeader(view, pos, 20 + 6 * n, n, INT2_OID, false);
    for (let e = e0; e < e1; e++) {
      view.setInt32(pos, 2);
      view.setInt16(pos + 4, g.codes[e]!);
      pos += 6;
    }
  }
  view.setInt16(pos, -1);
  pos += 2;
  if (pos !== size) throw new Error(`outcome COPY data: ${pos} bytes written, ${size} expected`);
  // Views of about 1 MiB each (no copy): the COPY stream writes them one at a time.
  const chunks: Buffer[] = [];
  for (let at = 0; at < size; at += 1 << 20) chunks.push(buf.subarray(at, Math.min(size, at + (1 << 20))));
  return { chunks, households, entries: g.start[b.n]! };
}

/** A one-dimensional array's header (after its 4-byte length) at `pos`; returns the position after it. */
function arrayHeader(
  view: DataView,
  pos: number,
  bytes: number,
  n: number,
  oid: number,
  nulls: boolean,
): number {
  view.setInt32(pos, bytes);
  view.setInt32(pos + 4, 1); // dimensions
  view.setInt32(pos + 8, nulls ? 1 : 0);
  view.setInt32(pos + 12, oid);
  view.setInt32(pos + 16, n);
  view.setInt32(pos + 20, 1); // lower bound
  return pos + 24;
}

const HEX = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) {
  HEX['0123456789abcdef'.charCodeAt(i)] = i;
  HEX['0123456789ABCDEF'.charCodeAt(i)] = i;
}

/** A uuid's 16 bytes at `pos`, read from its text form (hyphens anywhere, as PostgreSQL accepts). */
function putUuid(view: DataView, pos: number, id: string): void {
  let k = 0;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c === 45) continue; // '-'
    const v = c < 128 ? HEX[c]! : -1;
    if (v < 0 || k === 32) throw new Error(`not a uuid: ${JSON.stringify(id)}`);
    if (k & 1) view.setUint8(pos + (k >> 1), (view.getUint8(pos + (k >> 1)) << 4) | v);
    else view.setUint8(pos + (k >> 1), v);
    k++;
  }
  if (k !== 32) throw new Error(`not a uuid: ${JSON.stringify(id)}`);
}

export interface WriteOptions {
  /**
   * 'upsert': COPY into a temporary table, then INSERT … ON CONFLICT DO NOTHING; 'copy': COPY
   * straight into the table (a duplicate fails the transaction on the primary key); 'auto'
   * (default): 'copy' when the run has no row yet in the batch's household id range (always so
   * for a partition not yet done: its rows commit with its done mark), 'upsert' otherwise.
   */
  write?: 'upsert' | 'copy' | 'auto';
}

/** Whether the run already has outcomes for households in the batch's id range (one index probe). */
async function hasRowsInRange(c: Conn, runId: string, ids: readonly string[]): Promise<boolean> {
  if (ids.length === 0) return false;
  let lo = ids[0]!;
  let hi = lo;
  for (const id of ids) {
    if (id < lo) lo = id;
    if (id > hi) hi = id;
  }
  const [r] = await c.query<{ any: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM screening_outcomes WHERE run_id = $1 AND household_id BETWEEN $2::uuid AND $3::uuid) AS any`,
    [runId, lo.toLowerCase(), hi.toLowerCase()],
  );
  return r?.any === true;
}

const OUTCOME_COLUMNS = 'run_id, household_id, programs, people, outcomes';

/**
 * Writes the kept outcomes of a screened batch (inside the caller's transaction), one
 * `screening_outcomes` row per household with any; returns the outcomes written (the number of
 * `screening_results` rows).
 */
export async function writeRows(
  c: Conn,
  run: Pick<RunInfo, 'id' | 'programs' | 'keep'>,
  r: BatchOutcomes,
  opts: WriteOptions = {},
): Promise<number> {
  if (c.copyIn) {
    const write =
      opts.write === 'upsert' || opts.write === 'copy'
        ? opts.write
        : (await hasRowsInRange(c, run.id, stringList(r.batch.householdIds)))
          ? 'upsert'
          : 'copy';
    const bin = outcomeCopyBinary(run, r);
    if (write === 'copy') {
      await c.copyIn(`COPY screening_outcomes (${OUTCOME_COLUMNS}) FROM STDIN (FORMAT binary)`, bin.chunks);
      return bin.entries;
    }
    await c.query(
      'CREATE TEMP TABLE IF NOT EXISTS screening_outcomes_stage (LIKE screening_outcomes) ON COMMIT DELETE ROWS',
    );
    await c.copyIn(
      `COPY screening_outcomes_stage (${OUTCOME_COLUMNS}) FROM STDIN (FORMAT binary)`,
      bin.chunks,
    );
    await c.query(
      'INSERT INTO screening_outcomes SELECT * FROM screening_outcomes_stage ON CONFLICT DO NOTHING',
    );
    return bin.entries;
  }
  // PGlite: multi-row INSERT … ON CONFLICT DO NOTHING, arrays as literals.
  const b = r.batch;
  let entries = 0;
  let batch: string[][] = [];
  const flush = async () => {
    if (!batch.length) return;
    const params: unknown[] = [];
    const values = batch.map((row) => {
      params.push(...row);
      const n = params.length;
      return `($${n - 4}::uuid, $${n - 3}::uuid, $${n - 2}::smallint[], $${n - 1}::uuid[], $${n}::smallint[])`;
    });
    await c.query(
      `INSERT INTO screening_outcomes (${OUTCOME_COLUMNS}) VALUES ${values.join(',')} ON CONFLICT DO NOTHING`,
      params,
    );
    batch = [];
  };
  const rows: string[][] = [];
  const g = groupByHousehold(run, r);
  for (let h = 0; h < b.n; h++) {
    const ps: string[] = [];
    const ids: string[] = [];
    const cs: string[] = [];
    for (let e = g.start[h]!; e < g.start[h + 1]!; e++) {
      ps.push(String(g.programs[e]));
      ids.push(g.people[e]! < 0 ? 'NULL' : stringAt(b.personIds, g.people[e]!));
      cs.push(String(g.codes[e]));
    }
    if (ps.length) rows.push([run.id, stringAt(b.householdIds, h), `{${ps}}`, `{${ids}}`, `{${cs}}`]);
  }
  entries = g.start[b.n]!;
  for (const row of rows) {
    batch.push(row);
    if (batch.length >= 500) await flush();
  }
  await flush();
  return entries;
}

/** A uuid[] column as node-postgres (an array) or PGlite (an array, or its text form) returns it. */
function uuidList(v: string[] | string | null): string[] {
  if (!v) return [];
  if (Array.isArray(v)) return v;
  const inner = v.replace(/^\{|\}$/g, '');
  return inner ? inner.split(',') : [];
}

export interface PartitionResult {
  partition: number;
  status: 'done' | 'skipped';
  households: number;
  rows?: number;
  ms: { load: number; screen: number; write: number };
}

/**
 * Screens one partition of a run and writes it in one transaction; a partition already done is
 * skipped (the row lock serialises workers that got the same partition).
 */
export async function screenPartition(
  conn: Conn,
  engine: ScreeningEngine,
  runId: string,
  partition: number,
  opts: WriteOptions & {
    worker?: string;
    run?: RunInfo;
    dicts?: BatchDicts;
    /** Test hook: runs inside the transaction after the rows are written, before the commit. */
    beforeCommit?: () => Promise<void>;
    /** Test hook: runs after the partition is loaded and screened, before its transaction. */
    afterScreen?: () => Promise<void>;
  } = {},
): Promise<PartitionResult> {
  const run = opts.run ?? (await getRun(conn, runId));
  const [part] = await conn.query<{ from_id: string | null; to_id: string | null; status: string }>(
    'SELECT from_id::text AS from_id, to_id::text AS to_id, status FROM screening_partitions WHERE run_id = $1 AND partition = $2',
    [runId, partition],
  );
  if (!part) throw new Error(`run ${runId} has no partition ${partition}`);
  const ms = { load: 0, screen: 0, write: 0 };
  // Done, or cancelled with its run: nothing to screen.
  if (part.status !== 'pending') return { partition, status: 'skipped', households: 0, ms };
  let t0 = performance.now();
  const batch = await loadBatch(
    conn,
    { from: part.from_id, to: part.to_id },
    run.referenceDate,
    opts.dicts ?? new BatchDicts(),
  );
  ms.load = performance.now() - t0;
  t0 = performance.now();
  const r = engine.screen(batch);
  const counts = countOutcomes(r);
  ms.screen = performance.now() - t0;
  t0 = performance.now();
  const status = await (opts.afterScreen ? opts.afterScreen() : Promise.resolve())
    .then(() =>
      conn.tx(async (c) => {
        const [locked] = await c.query<{ status: string; rescreen: string[] | string | null }>(
          'SELECT status, rescreen FROM screening_partitions WHERE run_id = $1 AND partition = $2 FOR UPDATE',
          [runId, partition],
        );
        if (locked?.status !== 'pending') return 'skipped' as const;
        // The partition is re-run if this commit is lost (its rows and done mark go together).
        await c.query('SET LOCAL synchronous_commit = off');
        await writeRows(c, run, r, opts);
        // Households whose data changed while this partition was in hand: loaded again, now.
        await replaceHouseholds(c, engine, run, uuidList(locked.rescreen));
        await opts.beforeCommit?.();
        await c.query(
          `UPDATE screening_partitions SET status = 'done', households = $3, counts = $4, worker = $5, finished_at = now(),
           rescreen = NULL
       WHERE run_id = $1 AND partition = $2`,
          [runId, partition, batch.n, JSON.stringify(counts), opts.worker ?? null],
        );
        return 'done' as const;
      }),
    )
    // The outcomes are written (or the partition runs again): their bitsets serve the next partition.
    .finally(() => engine.recycle(r));
  ms.write = performance.now() - t0;
  return { partition, status, households: batch.n, ms };
}

/**
 * Cancels a run that is still running: its partitions not yet done are marked cancelled (workers
 * that take their jobs skip them) and the run no longer blocks another. The rows of the partitions
 * already done stay. Cancelling a cancelled run changes nothing; a finished run is a conflict.
 */
export async function cancelRun(
  conn: Conn,
  runId: string,
  opts: {
    /** Runs in the cancelling transaction with the partitions it cancelled (their queued jobs). */
    inTransaction?: (c: Conn, partitions: number[]) => Promise<void>;
  } = {},
): Promise<'cancelled' | 'already'> {
  return conn.tx(async (c) => {
    const [run] = await c.query<{ status: string }>(
      'SELECT status FROM screening_runs WHERE id = $1 FOR UPDATE',
      [runId],
    );
    if (!run) throw new BokjiError('not_found', `screening run ${runId} not found`, { id: runId });
    if (run.status === 'cancelled') return 'already' as const;
    if (run.status !== 'running')
      throw new BokjiError(
        'conflict',
        `screening run ${runId} is ${run.status}: only a running run can be cancelled`,
        {
          status: run.status,
        },
      );
    const cancelled = await c.query<{ partition: number }>(
      `UPDATE screening_partitions SET status = 'cancelled' WHERE run_id = $1 AND status = 'pending'
       RETURNING partition`,
      [runId],
    );
    await c.query(`UPDATE screening_runs SET status = 'cancelled', finished_at = now() WHERE id = $1`, [
      runId,
    ]);
    await opts.inTransaction?.(
      c,
      cancelled.map((p) => p.partition),
    );
    return 'cancelled' as const;
  });
}

/** Marks the run done (with totals) when every partition is; returns whether it is. */
export async function finishRunIfComplete(conn: Conn, runId: string): Promise<boolean> {
  return conn.tx(async (c) => {
    const [run] = await c.query<{ status: string }>(
      'SELECT status FROM screening_runs WHERE id = $1 FOR UPDATE',
      [runId],
    );
    if (run?.status !== 'running' && run?.status !== 'done') return false;
    const parts = await c.query<{
      status: string;
      counts: Counts | string | null;
      households: number | null;
    }>('SELECT status, counts, households FROM screening_partitions WHERE run_id = $1', [runId]);
    if (parts.some((p) => p.status !== 'done')) return false;
    const total: Counts = {};
    let households = 0;
    for (const p of parts) {
      households += p.households ?? 0;
      const counts = (typeof p.counts === 'string' ? JSON.parse(p.counts) : p.counts) as Counts | null;
      for (const [id, [e, i, u]] of Object.entries(counts ?? {})) {
        total[id] ??= [0, 0, 0];
        const t = total[id];
        t[0] += e;
        t[1] += i;
        t[2] += u;
      }
    }
    await c.query(
      // Merged: what re-screens recorded meanwhile (rescreened, adjust) stays.
      `UPDATE screening_runs SET status = 'done', counts = coalesce(counts, '{}'::jsonb) || $2::jsonb,
         finished_at = coalesce(finished_at, now()) WHERE id = $1`,
      [runId, JSON.stringify({ households, programs: total })],
    );
    return true;
  });
}

/** Runs every pending partition in this process (the embedded database's way; also works on PostgreSQL). */
export async function runInProcess(
  conn: Conn,
  engine: ScreeningEngine,
  runId: string,
  opts: WriteOptions & { onPartition?: (r: PartitionResult) => void } = {},
): Promise<PartitionResult[]> {
  const run = await getRun(conn, runId);
  const pending = await conn.query<{ partition: number }>(
    `SELECT partition FROM screening_partitions WHERE run_id = $1 AND status <> 'done' ORDER BY partition`,
    [runId],
  );
  const dicts = new BatchDicts();
  const out: PartitionResult[] = [];
  for (const { partition } of pending) {
    const r = await screenPartition(conn, engine, runId, partition, {
      ...opts,
      run,
      dicts,
      worker: `pid:${process.pid}`,
    });
    opts.onPartition?.(r);
    out.push(r);
  }
  await finishRunIfComplete(conn, runId);
  return out;
}

/**
 * Screens these households of a run again on its date and replaces their rows (inside the
 * caller's transaction). The run counts them as re-screened and keeps its per-program counts in
 * step (`counts.adjust`, added to the partitions' counts when read): eligible and undetermined
 * move by what the stored rows held before and the new screening gives; ineligible by the
 * opposite of their sum, which is exact while the households' members stay the same (ineligible
 * outcomes are not stored unless the run keeps them, so the households' earlier subjects are not
 * known). Returns the outcomes written.
 */
async function replaceHouseholds(
  c: Conn,
  engine: ScreeningEngine,
  run: RunInfo,
  ids: readonly string[],
): Promise<number> {
  if (ids.length === 0) return 0;
  const r = engine.screen(await loadBatch(c, { ids }, run.referenceDate));
  try {
    const before = await c.query<{ program_id: string; outcome: string; n: number }>(
      `SELECT program_id, outcome, count(*)::int AS n FROM screening_results
       WHERE run_id = $1 AND household_id = ANY($2::uuid[]) GROUP BY 1, 2`,
      [run.id, ids],
    );
    await c.query('DELETE FROM screening_outcomes WHERE run_id = $1 AND household_id = ANY($2::uuid[])', [
      run.id,
      ids,
    ]);
    const rows = await writeRows(c, run, r, { write: 'copy' });
    const delta: Counts = {};
    for (const [id, [e, i, u]] of Object.entries(countOutcomes(r))) {
      const d: [number, number, number] = [e, 0, u];
      // Without ineligible rows, the new ineligible count stands against the same subjects.
      if (run.keep.includes('ineligible')) d[1] = i;
      else d[1] = -(e + u);
      delta[id] = d;
    }
    for (const b of before) {
      delta[b.program_id] ??= [0, 0, 0];
      const d = delta[b.program_id]!;
      const k = b.outcome === 'eligible' ? 0 : b.outcome === 'ineligible' ? 1 : 2;
      d[k] -= b.n;
      if (!run.keep.includes('ineligible') && k !== 1) d[1] += b.n;
    }
    const [locked] = await c.query<{ counts: Record<string, unknown> | string | null }>(
      'SELECT counts FROM screening_runs WHERE id = $1 FOR UPDATE',
      [run.id],
    );
    const counts = (typeof locked?.counts === 'string' ? JSON.parse(locked.counts) : locked?.counts) ?? {};
    const adjust = addCounts((counts.adjust ?? {}) as Counts, delta);
    await c.query('UPDATE screening_runs SET counts = $2 WHERE id = $1', [
      run.id,
      JSON.stringify({ ...counts, adjust, rescreened: Number(counts.rescreened ?? 0) + ids.length }),
    ]);
    return rows;
  } finally {
    engine.recycle(r);
  }
}

/** Per program, the sum of two sets of counts (programs in either); zero deltas are left out. */
export function addCounts(a: Counts, b: Counts): Counts {
  const out: Counts = {};
  for (const [id, [e, i, u]] of [...Object.entries(a), ...Object.entries(b)]) {
    out[id] ??= [0, 0, 0];
    const t = out[id]!;
    t[0] += e;
    t[1] += i;
    t[2] += u;
  }
  for (const [id, t] of Object.entries(out)) if (t[0] === 0 && t[1] === 0 && t[2] === 0) delete out[id];
  return out;
}

/**
 * Incremental screening: the households whose members' linked records changed (found through
 * memberships in force on the run's date) are screened again in the run. In a partition already
 * done their rows are replaced now. A partition not yet done may be in a worker's hands with its
 * households loaded before the change: they are listed on it (`rescreen`), and the partition
 * screens them again before it is marked done. The partitions' rows are locked first, so a
 * partition finishing at the same moment is either done before this looks or finds the list.
 * Returns the households re-screened now and those left to their partition.
 */
export async function rescreenPeople(
  conn: Conn,
  engine: ScreeningEngine,
  runId: string,
  personIds: readonly string[],
): Promise<{ households: string[]; queued: string[]; rows: number }> {
  const run = await getRun(conn, runId);
  if (personIds.length === 0) return { households: [], queued: [], rows: 0 };
  const hh = await conn.query<{ household_id: string; partition: number }>(
    `SELECT DISTINCT m.household_id::text AS household_id, p.partition FROM memberships m
     JOIN screening_partitions p ON p.run_id = $3
       AND (p.from_id IS NULL OR m.household_id >= p.from_id) AND (p.to_id IS NULL OR m.household_id < p.to_id)
     WHERE m.person_id = ANY($1::uuid[]) AND m.effective_from <= $2 AND (m.effective_to IS NULL OR m.effective_to > $2)
     ORDER BY 1`,
    [personIds, run.referenceDate, runId],
  );
  if (hh.length === 0) return { households: [], queued: [], rows: 0 };
  return conn.tx(async (c) => {
    const parts = await c.query<{ partition: number; status: string }>(
      `SELECT partition, status FROM screening_partitions WHERE run_id = $1 AND partition = ANY($2::int[])
       ORDER BY partition FOR UPDATE`,
      [runId, [...new Set(hh.map((h) => h.partition))]],
    );
    const status = new Map(parts.map((p) => [p.partition, p.status]));
    const now = hh.filter((h) => status.get(h.partition) === 'done').map((h) => h.household_id);
    const later = hh.filter((h) => status.get(h.partition) === 'pending');
    for (const partition of new Set(later.map((h) => h.partition)))
      await c.query(
        `UPDATE screening_partitions SET rescreen = ARRAY(
           SELECT DISTINCT x FROM unnest(coalesce(rescreen, '{}'::uuid[]) || $3::uuid[]) AS x ORDER BY 1)
         WHERE run_id = $1 AND partition = $2`,
        [runId, partition, later.filter((h) => h.partition === partition).map((h) => h.household_id)],
      );
    const rows = await replaceHouseholds(c, engine, run, now);
    return { households: now, queued: later.map((h) => h.household_id), rows };
  });
}

/** Rebuilds a household's full explanation for a run: its snapshot on the run's date through `registry.evaluate`. */
export async function explainHousehold(
  db: Db,
  conn: Conn,
  registry: Pick<Registry, 'evaluate'>,
  runId: string,
  householdId: string,
): Promise<ProgramEvaluation[]> {
  const run = await getRun(conn, runId);
  const snapshot = await loadSnapshot(db, householdId, run.referenceDate);
  return registry.evaluate(
    snapshot,
    run.programs.map((p) => p.id),
  );
}

export type { HouseholdScope };
