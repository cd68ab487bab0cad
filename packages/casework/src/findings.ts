import {
  BokjiError,
  diffExplanations,
  type Explanation,
  notFound,
  type ProgramEvaluation,
} from '@bokji/core';
import {
  type Held,
  jsonRecords,
  loadSnapshot,
  loadSnapshots,
  namedStatement,
  reportProgress,
  schema,
  type Tx,
} from '@bokji/db';
import { and, asc, desc, eq, getTableColumns, gt, gte, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import { createCase, getCaseRow, sendCaseEvent } from './cases.js';
import type { Actor, CaseworkDeps, EligibleProgram } from './deps.js';
import { conflictKind, type Entitlement } from './entitlements.js';

const { entitlements, findings, households, runs, runSlices, evaluations } = schema;
export type Finding = typeof findings.$inferSelect;
export type Run = typeof runs.$inferSelect;

async function insertFinding(tx: Tx | CaseworkDeps['db'], f: typeof findings.$inferInsert): Promise<boolean> {
  const rows = await tx.insert(findings).values(f).onConflictDoNothing().returning({ id: findings.id });
  return rows.length > 0;
}

/**
 * Sweeps all live entitlements for duplicate or prohibited provision: the same program twice for
 * one person, or two programs one declares exclusive (or reducing). Each conflict becomes an open
 * finding for the caseworkers of the household's region; a conflict already open is not repeated.
 * Household by household in batches (`batchSize` households, in id order): their live entitlements
 * and regions read in two statements, their findings inserted in one — the whole benefit history
 * is never held in memory.
 */
export async function sweepDuplicates(
  deps: CaseworkDeps,
  opts: { batchSize?: number } = {},
): Promise<{ checked: number; findings: number }> {
  const live = inArray(entitlements.status, ['active', 'suspended']);
  let after: string | undefined;
  let checked = 0;
  let created = 0;
  for (;;) {
    const ids = (
      await deps.db
        .selectDistinct({ id: entitlements.householdId })
        .from(entitlements)
        .where(after ? and(live, gt(entitlements.householdId, after)) : live)
        .orderBy(asc(entitlements.householdId))
        .limit(opts.batchSize ?? 1000)
    ).map((h) => h.id);
    if (ids.length === 0) break;
    after = ids[ids.length - 1];
    const list = await deps.db
      .select()
      .from(entitlements)
      .where(and(live, sql`${entitlements.householdId} = any(${sql.param(ids)}::uuid[])`))
      .orderBy(asc(entitlements.id));
    const regionOf = new Map(
      (
        await deps.db
          .select({ id: households.id, regionCode: households.regionCode })
          .from(households)
          .where(sql`${households.id} = any(${sql.param(ids)}::uuid[])`)
      ).map((h) => [h.id, h.regionCode]),
    );
    const byHousehold = new Map<string, Entitlement[]>();
    for (const e of list) byHousehold.set(e.householdId, [...(byHousehold.get(e.householdId) ?? []), e]);
    const rows: FindingRow[] = [];
    for (const [householdId, own] of byHousehold) {
      for (let i = 0; i < own.length; i++) {
        for (let j = i + 1; j < own.length; j++) {
          const [a, b] = [own[i]!, own[j]!];
          if (a.personId && b.personId && a.personId !== b.personId) continue;
          const pa = deps.registry.get(a.programId);
          const pb = deps.registry.get(b.programId);
          const kind = a.programId === b.programId ? 'exclusive' : pa && pb ? conflictKind(pa, pb) : null;
          if (!kind) continue;
          const [x, y] = [a.id, b.id].sort();
          rows.push({
            runId: null,
            kind: 'duplicate',
            key: `dup:${x}:${y}`,
            status: 'open',
            householdId,
            personId: a.personId ?? b.personId,
            programId: a.programId,
            entitlementId: a.id,
            regionCode: regionOf.get(householdId)!,
            detail: {
              kind,
              entitlements: [a, b].map((e) => ({
                id: e.id,
                programId: e.programId,
                personId: e.personId,
                startDate: e.startDate,
                source: e.source,
              })),
            },
          });
        }
      }
    }
    created += (await storeFindings(deps.db, rows)).length;
    checked += list.length;
  }
  return { checked, findings: created };
}

/**
 * A re-investigation run over live entitlements (all, or one program, or one region): each is
 * re-evaluated with current linked data and compared with the evaluation it was granted on.
 * Findings: amountChanged, noLongerEligible, and newlyEligible for programs the household does
 * not receive. The cursor moves in the same transaction as the findings of each batch, so a run
 * resumes after a crash; an open finding is never created twice.
 */
export interface ReinvestigationInput {
  runId?: string;
  programId?: string;
  regionCode?: string;
  /** Only these households (re-screening after linked data changed). */
  householdIds?: string[];
  kind?: 'reinvestigation' | 'linkage';
  cause?: Record<string, unknown>;
  referenceDate?: string;
  actor?: Actor;
  /** Households a batch takes, with all their entitlements in scope (500; entitlements for runs started before). */
  batchSize?: number;
  /** Client and Idempotency-Key of the request that starts the run: the same request resumes it. */
  requestKey?: string;
  /** Stops the run between batches (a shutting-down server): it stays `running`, resumable. */
  signal?: AbortSignal;
  /**
   * Households per slice of a new run (default 50,000): a larger run is cut into slices by
   * household id, each carried on by one runner at a time, so several runners share one run.
   */
  sliceSize?: number;
  /** Slices this call carries on at once, each on a connection of its own (default 1). */
  parallel?: number;
}

/** The scope of a re-investigation run as stored. */
interface RunScope {
  programId: string | null;
  regionCode: string | null;
  householdIds: string[] | null;
  /** Slices of the run (runs before slices have one). */
  slices?: number;
  /** Live entitlements in scope when the run started (what `counts.processed` grows to). */
  total?: number;
  /**
   * What slices, cursors and batches range over: `household` ids (runs since it was stored: each
   * household's entitlements in one batch) or, absent, entitlement ids (runs started before).
   */
  walk?: 'household';
}

/** The walks this release carries on (absent: entitlement ids, the runs before `walk`). */
const knownWalks: readonly (RunScope['walk'] | undefined)[] = [undefined, 'household'];

/** The column a run's slices, cursors and batches range over. */
const walkKey = (scope: RunScope) =>
  scope.walk === 'household' ? entitlements.householdId : entitlements.id;

/**
 * Live entitlements in a run's scope, its region's in SQL (a district's run reads its district's
 * entitlements, not the nation's). With the run's start, only those granted before it: the run
 * re-investigates what was live when it started (its `scope.total`), and an entitlement granted while
 * it goes on — just investigated for its grant — waits for the next run, wherever it would fall
 * among the slices.
 */
function liveInScope(scope: RunScope, startedAt?: string) {
  const conds = [inArray(entitlements.status, ['active', 'suspended'])];
  if (startedAt) conds.push(lte(entitlements.createdAt, startedAt));
  if (scope.regionCode)
    conds.push(
      sql`${entitlements.householdId} in (select ${households.id} from ${households} where ${households.regionCode} = ${scope.regionCode})`,
    );
  if (scope.programId) conds.push(eq(entitlements.programId, scope.programId));
  // One array parameter, whatever the number of households (a list of parameters stops at 65,535).
  if (scope.householdIds)
    conds.push(sql`${entitlements.householdId} = any(${sql.param(scope.householdIds)}::uuid[])`);
  return conds;
}

const NEW_COUNTS = {
  processed: 0,
  unchanged: 0,
  amountChanged: 0,
  noLongerEligible: 0,
  newlyEligible: 0,
  undetermined: 0,
};

/** The run a request (client and Idempotency-Key, or a scheduled date) started, if any. */
export async function runStartedBy(deps: CaseworkDeps, requestKey: string): Promise<string | undefined> {
  const [started] = await deps.db
    .select({ id: runs.id })
    .from(runs)
    .where(sql`${runs.scope}->>'requestKey' = ${requestKey}`)
    .limit(1);
  return started?.id;
}

/**
 * The run a re-investigation request stands for: the one named by `runId` (404 when unknown), the
 * one the same request (`requestKey`) started before, or a new one (status `running`, nothing
 * processed yet) with its slices: the households with live entitlements in its scope cut by id
 * every `sliceSize`.
 */
export async function openReinvestigation(deps: CaseworkDeps, input: ReinvestigationInput): Promise<Run> {
  // The same request again (its server died mid-run): resume the run it started.
  const runId = input.runId ?? (input.requestKey ? await runStartedBy(deps, input.requestKey) : undefined);
  if (runId) {
    const [existing] = await deps.db.select().from(runs).where(eq(runs.id, runId));
    if (!existing) throw notFound('run', runId);
    return existing;
  }
  if (input.programId && !deps.registry.get(input.programId))
    throw new BokjiError('validation', 'unknown program', {
      issues: [{ path: 'programId', message: `no program ${input.programId}` }],
    });
  const scope: RunScope = {
    programId: input.programId ?? null,
    regionCode: input.regionCode ?? null,
    householdIds: input.householdIds ?? null,
    walk: 'household',
  };
  const sliceSize = Math.max(1, input.sliceSize ?? 50_000);
  return deps.db.transaction(async (tx) => {
    const live = and(...liveInScope(scope));
    const keys = tx
      .selectDistinct({ id: entitlements.householdId })
      .from(entitlements)
      .where(live)
      .as('keys');
    const ranked = tx
      .select({ id: keys.id, rn: sql<number>`row_number() over (order by ${keys.id})`.as('rn') })
      .from(keys)
      .as('ranked');
    // Every slice's first household (the first is the run's).
    const firsts = await tx
      .select({ id: ranked.id })
      .from(ranked)
      .where(sql`(${ranked.rn} - 1) % ${sliceSize} = 0`)
      .orderBy(ranked.id);
    const [total] = await tx.select({ n: sql<number>`count(*)::int` }).from(entitlements).where(live);
    const cuts = firsts.slice(1).map((r) => r.id);
    const [created] = await tx
      .insert(runs)
      .values({
        kind: input.kind ?? 'reinvestigation',
        scope: {
          ...scope,
          cause: input.cause ?? null,
          slices: cuts.length + 1,
          total: total!.n,
          ...(input.requestKey ? { requestKey: input.requestKey } : {}),
        },
        referenceDate: input.referenceDate ?? deps.today(),
        status: 'running',
        counts: NEW_COUNTS,
        startedBy: input.actor?.id ?? null,
      })
      .returning();
    await tx.insert(runSlices).values(
      Array.from({ length: cuts.length + 1 }, (_, i) => ({
        runId: created!.id,
        slice: i,
        fromId: i === 0 ? null : cuts[i - 1]!,
        toId: i === cuts.length ? null : cuts[i]!,
        counts: NEW_COUNTS,
        status: 'running',
      })),
    );
    return created!;
  });
}

/** A run with the progress of each of its slices. */
export interface RunDetail extends Run {
  slices: { slice: number; status: string; processed: number }[];
}

/** A re-investigation run with its slices' progress; 404 when unknown. */
export async function getReinvestigation(deps: CaseworkDeps, id: string): Promise<RunDetail> {
  const [run] = await deps.db.select().from(runs).where(eq(runs.id, id));
  if (!run) throw notFound('run', id);
  const slices = await deps.db
    .select({
      slice: runSlices.slice,
      status: runSlices.status,
      processed: sql<number>`coalesce((${runSlices.counts} ->> 'processed')::int, 0)`,
    })
    .from(runSlices)
    .where(eq(runSlices.runId, id))
    .orderBy(asc(runSlices.slice));
  return { ...run, slices };
}

/**
 * Re-investigation runs, newest first: of one status, and for a region those over it (its own
 * and national ones). A run's household list (a linkage re-screen's) is left out, its size kept.
 */
export async function listReinvestigations(
  deps: CaseworkDeps,
  q: { status?: 'running' | 'completed'; regionCode?: string | null; limit?: number },
): Promise<Run[]> {
  const conds = [];
  if (q.status) conds.push(eq(runs.status, q.status));
  if (q.regionCode)
    conds.push(sql`coalesce(${runs.scope} ->> 'regionCode', ${q.regionCode}) = ${q.regionCode}`);
  const list = await deps.db
    .select()
    .from(runs)
    .where(and(...conds))
    .orderBy(desc(runs.startedAt), desc(runs.id))
    .limit(q.limit ?? 20);
  return list.map((r) => {
    const { householdIds, ...scope } = r.scope as RunScope & Record<string, unknown>;
    return { ...r, scope: householdIds ? { ...scope, households: householdIds.length } : scope };
  });
}

/** The run is going on elsewhere (another API instance, or another call in this process). */
export const runHeldElsewhere = (runId: string) =>
  new BokjiError('conflict', `re-investigation run ${runId} is being carried on by another runner`, {
    runId,
    heldElsewhere: true,
  });

/** Whether an error is `runHeldElsewhere`'s. */
export const isHeldElsewhere = (e: unknown): boolean =>
  e instanceof BokjiError && e.code === 'conflict' && e.details.heldElsewhere === true;

/**
 * Runs (or continues) a re-investigation to its end. Slice by slice (`parallel` at once): each
 * slice is held (`deps.hold`, across every process on the database) while this carries it on, and
 * each batch moves the slice's cursor only from where it read it, so even a runner without the
 * hold never counts a batch twice. Slices other runners hold are left to them; when they are not
 * all done at the end, this throws `runHeldElsewhere` (409) — the run goes on there.
 */
export async function runReinvestigation(deps: CaseworkDeps, input: ReinvestigationInput): Promise<Run> {
  const run = await openReinvestigation(deps, input);
  if (run.status === 'completed') return run;
  // A run a newer release started walks something this one does not know: its instances carry it
  // on (during a rolling upgrade); this one leaves it to them, as to any other runner.
  if (!knownWalks.includes((run.scope as RunScope).walk)) throw runHeldElsewhere(run.id);
  // A run an instance of the release before slices started (during a rolling upgrade): one slice,
  // from the run's own cursor and counts.
  await deps.db.execute(sql`insert into ${runSlices} (run_id, slice, cursor, counts, status)
    select id, 0, cursor::uuid, counts, status from ${runs} where id = ${run.id}
    on conflict do nothing`);
  const tried = new Set<number>();
  const carryOn = async () => {
    for (;;) {
      if (input.signal?.aborted) return;
      const open = await deps.db
        .select({ slice: runSlices.slice })
        .from(runSlices)
        .where(and(eq(runSlices.runId, run.id), eq(runSlices.status, 'running')))
        .orderBy(asc(runSlices.slice));
      const next = open.find((s) => !tried.has(s.slice));
      if (!next) return;
      tried.add(next.slice);
      const held = deps.hold ? await deps.hold(`reinvestigation:${run.id}:${next.slice}`) : undefined;
      if (held === null) continue; // another runner has it
      try {
        await carryOnSlice(deps, run, next.slice, input, held);
      } catch (e) {
        if (!isHeldElsewhere(e)) throw e;
      } finally {
        await held?.release();
      }
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.max(1, input.parallel ?? 1) }, carryOn));
  for (const r of settled) if (r.status === 'rejected') throw r.reason;
  if (input.signal?.aborted) {
    const [now] = await deps.db.select().from(runs).where(eq(runs.id, run.id));
    return now!;
  }
  return completeRun(deps, run.id);
}

/** Completes a run whose slices are all done; `runHeldElsewhere` while one is not. */
async function completeRun(deps: CaseworkDeps, runId: string): Promise<Run> {
  const [open] = await deps.db
    .select({ n: sql<number>`count(*)::int` })
    .from(runSlices)
    .where(and(eq(runSlices.runId, runId), eq(runSlices.status, 'running')));
  if (open!.n > 0) throw runHeldElsewhere(runId);
  const [done] = await deps.db
    .update(runs)
    .set({ status: 'completed', finishedAt: new Date().toISOString() })
    .where(and(eq(runs.id, runId), eq(runs.status, 'running')))
    .returning();
  // Another runner finished its last slice and completed the run a moment before.
  const run = done ?? (await deps.db.select().from(runs).where(eq(runs.id, runId)))[0]!;
  const c = run.counts as Record<string, number>;
  if (done)
    reportProgress({
      kind: 'reinvestigation',
      id: run.id,
      done: c.processed ?? 0,
      finished: true,
      counts: c,
    });
  return run;
}

/** `counts` plus `delta`, key by key, in SQL (concurrent batches of other slices add up too). */
const plusCounts = (column: typeof runs.counts | typeof runSlices.counts, delta: Record<string, number>) =>
  sql`(select jsonb_object_agg(k, coalesce((${column} ->> k)::bigint, 0) + coalesce((d.v ->> k)::bigint, 0))
       from (select ${JSON.stringify(delta)}::jsonb as v) d, jsonb_object_keys(${column} || d.v) as k)`;

/** Carries one slice of a run on from its cursor to its end, batch by batch. */
async function carryOnSlice(
  deps: CaseworkDeps,
  run: Run,
  slice: number,
  input: ReinvestigationInput,
  held: Held | undefined,
): Promise<void> {
  const scope = run.scope as RunScope;
  const one = (scope.slices ?? 1) === 1;
  const batchSize = input.batchSize ?? 500;
  const key = walkKey(scope);
  const where = and(eq(runSlices.runId, run.id), eq(runSlices.slice, slice));
  // Read under the hold: the last holder may have moved it on, or finished it.
  let [state] = await deps.db.select().from(runSlices).where(where);
  for (;;) {
    if (state!.status !== 'running') return;
    // A turn of the event loop between batches: the embedded database settles its queries without
    // one, and a run in the API's background would hold every request until it was done.
    await new Promise((r) => setImmediate(r));
    if (input.signal?.aborted) return;
    if (held?.lost) throw runHeldElsewhere(run.id);
    // The next batchSize keys of the slice (households: all their entitlements in the batch), then
    // their live entitlements in scope.
    const live = liveInScope(scope, run.startedAt);
    const range = [];
    if (state!.cursor) range.push(gt(key, state!.cursor));
    else if (state!.fromId) range.push(gte(key, state!.fromId));
    if (state!.toId) range.push(lt(key, state!.toId));
    const keys = (
      await deps.db
        .selectDistinct({ key })
        .from(entitlements)
        .where(and(...live, ...range))
        .orderBy(asc(key))
        .limit(batchSize)
    ).map((r) => r.key);
    // By the keys read (not a subquery, which the planner may turn into a scan of the table).
    const batch = keys.length
      ? await deps.db
          .select()
          .from(entitlements)
          .where(and(...live, sql`${key} = any(${sql.param(keys)}::uuid[])`))
          .orderBy(asc(key), asc(entitlements.id))
      : [];
    const from = state!.cursor;
    // Only from the cursor this runner read: one that lost its hold (or never had one) and met
    // another one rolls its batch back instead of counting it twice.
    const fromHere = and(
      where,
      eq(runSlices.status, 'running'),
      from ? eq(runSlices.cursor, from) : isNull(runSlices.cursor),
    );
    if (batch.length === 0) {
      const [ended] = await deps.db
        .update(runSlices)
        .set({ status: 'completed' })
        .where(fromHere)
        .returning();
      if (!ended) throw runHeldElsewhere(run.id);
      return;
    }
    const regionOf = new Map(
      (
        await deps.db
          .select({ id: households.id, regionCode: households.regionCode })
          .from(households)
          .where(inArray(households.id, [...new Set(batch.map((e) => e.householdId))]))
      ).map((h) => [h.id, h.regionCode]),
    );
    const householdIds = [...new Set(batch.map((e) => e.householdId))];
    // Programs not received: every program for every household of the batch at once (the batch
    // engine), before the transaction — on the embedded database its one connection is the
    // transaction's until it commits.
    const screened =
      deps.screenHouseholds && householdIds.length
        ? await deps.screenHouseholds(householdIds, run.referenceDate)
        : undefined;
    const lastRow = batch[batch.length - 1]!;
    const last = scope.walk === 'household' ? lastRow.householdId : lastRow.id;
    const counted = await deps.db.transaction(async (tx) => {
      const found = await reinvestBatch(deps, tx, run, batch, householdIds, regionOf, screened);
      const [moved] = await tx
        .update(runSlices)
        .set({ cursor: last, counts: plusCounts(runSlices.counts, found) })
        .where(fromHere)
        .returning();
      if (!moved) throw runHeldElsewhere(run.id);
      // Last, so that the run's row is locked only until this commits.
      const [total] = await tx
        .update(runs)
        .set({ counts: plusCounts(runs.counts, found), ...(one ? { cursor: last } : {}) })
        .where(eq(runs.id, run.id))
        .returning({ counts: runs.counts });
      return { slice: moved, run: total!.counts as Record<string, number> };
    });
    state = counted.slice;
    reportProgress({
      kind: 'reinvestigation',
      id: run.id,
      done: counted.run.processed ?? 0,
      counts: counted.run,
    });
  }
}

type FindingRow = typeof findings.$inferInsert;

/**
 * Inserts findings, 5,000 a statement; an open finding with the same key stays as it is. Returns
 * the kinds of those inserted.
 */
async function storeFindings(db: CaseworkDeps['db'] | Tx, rows: FindingRow[]): Promise<{ kind: string }[]> {
  const out: { kind: string }[] = [];
  for (let i = 0; i < rows.length; i += 5000)
    out.push(...(await insertFindings(db, { rows: JSON.stringify(rows.slice(i, i + 5000)) })));
  return out;
}

const FINDING_KEYS = [
  'runId',
  'kind',
  'key',
  'status',
  'householdId',
  'personId',
  'programId',
  'entitlementId',
  'regionCode',
  'detail',
] as const;

/**
 * Findings inserted as one JSON parameter, one text for any number of rows: drizzle built and
 * node-postgres sent eleven parameters a finding (≈ 60 µs a finding in a re-investigation, most of
 * its time).
 */
const insertFindings = namedStatement<{ kind: string }>('bokji_insert_findings', () => {
  const rows = jsonRecords(findings, FINDING_KEYS, sql`${sql.placeholder('rows')}`, 'f');
  const names = FINDING_KEYS.map((k) => `"${getTableColumns(findings)[k].name}"`);
  return sql`insert into ${findings} (${sql.raw(names.join(', '))})
    select ${sql.raw(names.map((n) => `f.${n}`).join(', '))} from ${rows} order by f.ord
    on conflict do nothing returning kind`;
});

/** A program's result for the entitlement's subject: its person, or the household. */
function subjectResult(results: ProgramEvaluation[], programId: string, personId: string | null) {
  return results.find((r) => r.programId === programId && (!personId || r.personId === personId));
}

/**
 * One batch of a re-investigation, in its transaction: each household's snapshot is read once and
 * its entitled programs evaluated together; the granted evaluations and the live entitlements are
 * read for the whole batch; the findings are inserted together (an open finding with the same key
 * is left as it is and not counted). Returns what to add to the run's counts.
 */
async function reinvestBatch(
  deps: CaseworkDeps,
  tx: Tx,
  run: Run,
  batch: Entitlement[],
  householdIds: string[],
  regionOf: ReadonlyMap<string, string>,
  screened: ReadonlyMap<string, readonly EligibleProgram[]> | undefined,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = { processed: batch.length, unchanged: 0, undetermined: 0 };
  if (batch.length === 0) return counts;
  const evaluationIds = batch.flatMap((e) => (e.evaluationId ? [e.evaluationId] : []));
  const granted = new Map(
    evaluationIds.length
      ? (
          await tx
            .select({ id: evaluations.id, explanation: evaluations.explanation })
            .from(evaluations)
            .where(inArray(evaluations.id, evaluationIds))
        ).map((e) => [e.id, e.explanation as Explanation])
      : [],
  );
  const received = new Map<string, Set<string>>();
  for (const e of await tx
    .select({
      householdId: entitlements.householdId,
      programId: entitlements.programId,
      personId: entitlements.personId,
    })
    .from(entitlements)
    .where(
      and(
        inArray(entitlements.householdId, householdIds),
        inArray(entitlements.status, ['active', 'suspended']),
      ),
    )) {
    const set = received.get(e.householdId) ?? new Set<string>();
    set.add(`${e.programId}:${e.personId ?? ''}`);
    received.set(e.householdId, set);
  }
  const rows: FindingRow[] = [];
  const snapshots = await loadSnapshots(tx, householdIds, run.referenceDate);
  for (const householdId of householdIds) {
    const snapshot = snapshots.get(householdId)!;
    const regionCode = regionOf.get(householdId)!;
    const own = batch.filter((e) => e.householdId === householdId);
    const results = deps.registry.evaluate(snapshot, [...new Set(own.map((e) => e.programId))]);
    for (const ent of own) {
      const now = subjectResult(results, ent.programId, ent.personId);
      const before = ent.evaluationId ? granted.get(ent.evaluationId) : undefined;
      const base = {
        runId: run.id,
        status: 'open',
        householdId,
        personId: ent.personId,
        programId: ent.programId,
        entitlementId: ent.id,
        regionCode,
      };
      const diff = before && now ? diffExplanations(before, now.explanation) : [];
      const newAmount = now?.benefit?.status === 'determined' ? now.benefit.amountKrw : null;
      if (!now || now.outcome === 'undetermined') counts.undetermined!++;
      else if (now.outcome === 'ineligible')
        rows.push({
          ...base,
          kind: 'noLongerEligible',
          key: `nle:${ent.id}`,
          detail: { diff, outcome: now.outcome, previousAmountKrw: ent.amountKrw },
        });
      else if (newAmount !== null && ent.amountKrw !== null && newAmount !== ent.amountKrw)
        rows.push({
          ...base,
          kind: 'amountChanged',
          key: `amt:${ent.id}:${newAmount}`,
          detail: { diff, previousAmountKrw: ent.amountKrw, newAmountKrw: newAmount },
        });
      else counts.unchanged!++;
    }
    const eligible =
      screened?.get(householdId) ??
      deps.registry
        .screen(snapshot)
        .filter((r) => r.outcome === 'eligible')
        .map((r) => ({
          programId: r.programId,
          personId: deps.registry.get(r.programId)!.target === 'person' ? (r.personId ?? null) : null,
        }));
    const has = received.get(householdId);
    for (const { programId, personId } of eligible) {
      if (has?.has(`${programId}:${personId ?? ''}`)) continue;
      rows.push({
        runId: run.id,
        kind: 'newlyEligible',
        key: `new:${householdId}:${personId ?? ''}:${programId}`,
        status: 'open',
        householdId,
        personId,
        programId,
        entitlementId: null,
        regionCode,
        detail: { programName: deps.registry.get(programId)!.name },
      });
    }
  }
  for (const { kind } of await storeFindings(tx, rows)) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

/**
 * The queue's order, most urgent first: a benefit paid without entitlement (no longer eligible),
 * then prohibited double provision, then a wrong amount, then people to invite — so that a page of
 * the queue never hides the first behind hundreds of the last; within a kind newest first, and a
 * household's findings of one moment side by side (the same order on every read).
 */
const URGENCY = ['noLongerEligible', 'duplicate', 'amountChanged', 'newlyEligible'];
const urgency = sql`case ${findings.kind} ${sql.raw(URGENCY.map((k, i) => `when '${k}' then ${i}`).join(' '))} else ${sql.raw(String(URGENCY.length))} end`;
const rankOf = (kind: string) => (URGENCY.includes(kind) ? URGENCY.indexOf(kind) : URGENCY.length);

export interface FindingsQuery {
  regionCode?: string | null;
  kind?: string;
  status?: string;
  runId?: string;
  householdId?: string;
  /** Only findings of these programs (e.g. those whose rules come from the statute). */
  programIds?: readonly string[];
  /** The last finding of the previous page: the page goes on after it in the queue's order. */
  after?: string;
  limit: number;
}

/** A page of the queue in its order (most urgent first); `after` names the last one read. */
export async function listFindings(deps: CaseworkDeps, q: FindingsQuery) {
  const where = [];
  if (q.regionCode) where.push(eq(findings.regionCode, q.regionCode));
  if (q.kind) where.push(eq(findings.kind, q.kind));
  if (q.status) where.push(eq(findings.status, q.status));
  if (q.runId) where.push(eq(findings.runId, q.runId));
  if (q.householdId) where.push(eq(findings.householdId, q.householdId));
  if (q.programIds) where.push(sql`${findings.programId} = any(${sql.param([...q.programIds])}::text[])`);
  if (q.after) where.push(await afterFinding(deps, q.after));
  return deps.db
    .select()
    .from(findings)
    .where(where.length ? and(...where) : undefined)
    .orderBy(
      urgency,
      desc(findings.createdAt),
      asc(findings.householdId),
      asc(findings.programId),
      asc(findings.id),
    )
    .limit(q.limit);
}

/**
 * The findings after `id` in the queue's order (a keyset: a finding resolved meanwhile keeps its
 * place, so no page skips or repeats one). Its time is compared in SQL, at the database's precision.
 */
async function afterFinding(deps: CaseworkDeps, id: string) {
  const [anchor] = await deps.db
    .select({ kind: findings.kind, householdId: findings.householdId, programId: findings.programId })
    .from(findings)
    .where(eq(findings.id, id));
  if (!anchor)
    throw new BokjiError('validation', 'unknown cursor', {
      issues: [{ path: 'query.after', message: `no finding ${id}: pass the previous page's \`next\`` }],
    });
  const r = rankOf(anchor.kind);
  const at = sql`(select ${findings.createdAt} from ${findings} where ${findings.id} = ${id})`;
  return sql`(${urgency} > ${r} or (${urgency} = ${r} and (${findings.createdAt} < ${at}
    or (${findings.createdAt} = ${at} and (${findings.householdId}, ${findings.programId}, ${findings.id})
      > (${anchor.householdId}::uuid, ${anchor.programId}, ${id}::uuid)))))`;
}

export async function getFinding(deps: CaseworkDeps, id: string): Promise<Finding> {
  const [row] = await deps.db.select().from(findings).where(eq(findings.id, id));
  if (!row) throw notFound('finding', id);
  return row;
}

export type FindingAction = 'terminate' | 'suspend' | 'changeAmount' | 'openApplication';

/**
 * Confirms a finding into a case event (terminate, suspend, change the amount — each a decision
 * record — or open an application), or dismisses it with a reason. Entitlements change only
 * through the case, never directly.
 */
export async function resolveFinding(
  deps: CaseworkDeps,
  input: {
    findingId: string;
    actor: Actor;
    action: FindingAction | 'dismiss';
    reason: string;
    entitlementId?: string;
    amountKrw?: number;
  },
) {
  const finding = await getFinding(deps, input.findingId);
  if (finding.status !== 'open')
    throw new BokjiError('conflict', `finding ${finding.id} is already ${finding.status}`);
  let resolution: Record<string, unknown> = { action: input.action, reason: input.reason };
  if (input.action === 'openApplication') {
    const created = await createCase(deps, {
      householdId: finding.householdId,
      programId: finding.programId,
      personId: finding.personId,
      application: {},
      actor: input.actor,
    }).catch((e) => {
      if (e instanceof BokjiError && e.code === 'validation') {
        // The program's form needs the applicant's answers: open the draft with none and let intake fill it.
        throw new BokjiError(
          'validation',
          'this program’s application form needs the applicant’s answers; open it through intake',
          e.details,
        );
      }
      throw e;
    });
    resolution = { ...resolution, caseId: created.id };
  } else if (input.action !== 'dismiss') {
    const entitlementId = input.entitlementId ?? finding.entitlementId;
    if (!entitlementId)
      throw new BokjiError('validation', 'which entitlement?', {
        issues: [{ path: 'entitlementId', message: 'required for this finding' }],
      });
    const [ent] = await deps.db.select().from(entitlements).where(eq(entitlements.id, entitlementId));
    if (!ent?.caseId)
      throw new BokjiError(
        'conflict',
        'this entitlement was recorded from another ministry; its own ministry must change it',
      );
    const c = await getCaseRow(deps.db, ent.caseId);
    const type =
      input.action === 'terminate' ? 'TERMINATE' : input.action === 'suspend' ? 'SUSPEND' : 'CHANGE_AMOUNT';
    const amountKrw =
      input.amountKrw ?? (finding.detail as { newAmountKrw?: number }).newAmountKrw ?? undefined;
    await sendCaseEvent(deps, {
      caseId: c.id,
      expectedVersion: c.version,
      actor: input.actor,
      event: {
        type,
        reason: input.reason,
        findingId: finding.id,
        ...(type === 'CHANGE_AMOUNT' && amountKrw !== undefined ? { amountKrw } : {}),
      },
    });
    resolution = { ...resolution, caseId: c.id, entitlementId };
  }
  const [updated] = await deps.db
    .update(findings)
    .set({
      status: input.action === 'dismiss' ? 'dismissed' : 'confirmed',
      resolution,
      resolvedAt: new Date().toISOString(),
      resolvedBy: input.actor.id,
    })
    .where(and(eq(findings.id, finding.id), eq(findings.status, 'open')))
    .returning();
  if (!updated) throw new BokjiError('conflict', `finding ${finding.id} was resolved by someone else`);
  return updated;
}

/**
 * Re-evaluates the open cases (investigation, guarantee, decision) of households whose linked data
 * changed; a changed outcome becomes an `openCaseChanged` finding for the caseworker.
 */
export async function rescreenOpenCases(
  deps: CaseworkDeps,
  householdIds: string[],
  runId: string | null,
): Promise<number> {
  if (householdIds.length === 0) return 0;
  const open = await deps.db
    .select()
    .from(schema.cases)
    .where(
      and(
        inArray(schema.cases.householdId, householdIds),
        inArray(schema.cases.stage, ['investigation', 'guarantee', 'decision']),
      ),
    );
  let created = 0;
  for (const c of open) {
    const before = (c.snapshot as { context: { outcome: string | null } }).context.outcome;
    if (!before) continue;
    const snapshot = await loadSnapshot(deps.db, c.householdId, deps.today());
    const now = subjectResult(deps.registry.evaluate(snapshot, [c.programId]), c.programId, c.personId);
    if (!now || now.outcome === before) continue;
    if (
      await insertFinding(deps.db, {
        runId,
        kind: 'openCaseChanged',
        key: `case:${c.id}:${now.outcome}`,
        status: 'open',
        householdId: c.householdId,
        personId: c.personId,
        programId: c.programId,
        entitlementId: null,
        regionCode: c.regionCode,
        detail: { caseId: c.id, before, after: now.outcome, missing: now.missing },
      })
    ) {
      created++;
    }
  }
  return created;
}
