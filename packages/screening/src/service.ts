import { BokjiError, type Outcome, type Registry } from '@bokji/core';
import type { Hold } from '@bokji/db';
import PgBoss from 'pg-boss';
import { BatchDicts } from './batch.js';
import { ensureQueue, insertJobs, partitionJobId, QUEUE } from './cli/queue.js';
import type { Conn } from './db/conn.js';
import { latestFinishedRun } from './db/discover.js';
import { eligiblePrograms } from './db/eligible.js';
import {
  cancelRun,
  createRun,
  finishRunIfComplete,
  getRun,
  type RunInfo,
  rescreenPeople,
  runningRun,
  screenPartition,
} from './db/runs.js';
import { ScreeningEngine } from './engine.js';

/**
 * Population screening as a service of the API (issue 5): starts runs, has them executed, and
 * keeps the standing run current when linked data changes.
 *
 * - **In process** (the embedded database's way, the default on PGlite): one runner in this process
 *   screens the run's partitions one after the other, in the background. A partition that fails is
 *   tried again (three times, a second apart); a run left unfinished — by a failure or by a process
 *   that stopped — is resumed by `resume()` (the API calls it at start) or by the next start request.
 * - **Queued** (the default on PostgreSQL): one pg-boss job per partition, taken by screening workers
 *   (`npm run worker -w @bokji/screening`) on this machine or others.
 *
 * One population run at a time: starting one while another is running is a conflict naming it.
 * The standing runs follow changed data (incremental screening): `rescreen` for people known to have
 * changed, `drainChanges`/`watchChanges` for the marks the database writes with every change.
 */
export interface ScreeningServiceOptions {
  /** On PostgreSQL, run partitions here rather than queue them for workers (always so on PGlite). */
  inProcess?: boolean;
  /** Households per partition (default 20,000; 1,000 on the embedded database). */
  partitionSize?: number;
  /** Called with what the background runner did or could not do (for the app's log). */
  log?: (level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>) => void;
  /**
   * Exclusive holds across the processes on the database (`Database.hold`): one drain of the change
   * marks at a time among all instances (the others skip their turn). Without it, instances
   * draining at once re-screen the same households twice (harmless, wasted).
   */
  hold?: Hold;
}

export interface StartRunOptions {
  referenceDate: string;
  keep?: Outcome[];
  partitionSize?: number;
}

/** What incremental screening re-screened: in the latest finished run, and in a running one. */
export interface RescreenResult {
  runId: string | null;
  households: number;
  /** In a running run: re-screened now (partitions done), and left to partitions not yet done. */
  running?: { runId: string; households: number; queued?: number };
}

const ATTEMPTS = 3;
/** Households per partition on the embedded database (its queries hold this thread; see #execute). */
const EMBEDDED_PARTITION = 1_000;

export class ScreeningService {
  readonly inProcess: boolean;
  #engine: ScreeningEngine | undefined;
  #boss: Promise<PgBoss> | undefined;
  #running: Promise<void> = Promise.resolve();
  /** Runs scheduled and not yet finished here (a counter: a chain may hold several). */
  #scheduled = 0;
  #stopped = false;
  #watch: ReturnType<typeof setInterval> | undefined;
  #draining: Promise<number> | undefined;

  constructor(
    readonly conn: Conn,
    readonly registry: Registry,
    readonly opts: ScreeningServiceOptions = {},
  ) {
    // The embedded database has no other process to take jobs: it always runs them here.
    this.inProcess = conn.kind === 'pglite' || (opts.inProcess ?? false);
  }

  /** The compiled engine, made on first use (≈ 15 ms; the registry is the API's). */
  get engine(): ScreeningEngine {
    this.#engine ??= new ScreeningEngine(this.registry);
    return this.#engine;
  }

  /**
   * Every program each household, or its members, is eligible for on a date (the engine over the
   * households as one batch): a re-investigation's search for programs not received.
   */
  eligible = (householdIds: readonly string[], date: string) =>
    eligiblePrograms(this.conn, this.engine, householdIds, date);

  /** The population run now running, if any. */
  running(): Promise<string | undefined> {
    return runningRun(this.conn);
  }

  /**
   * Creates a run over every household and has it executed (in process, or queued for workers).
   * A conflict while another population run is running (in process, an interrupted one is resumed).
   */
  async start(opts: StartRunOptions): Promise<RunInfo> {
    if (this.#stopped) throw new BokjiError('unavailable', 'screening is shutting down');
    const current = await this.running();
    // In process, a run still running here but not being screened was interrupted: it goes on.
    if (current && this.inProcess && this.#scheduled === 0) this.#schedule([current]);
    const boss = this.inProcess ? undefined : await this.#queue();
    // createRun's default (20,000) unless the caller or this service says otherwise; on the
    // embedded database 1,000, so that a request waits at most a partition (≈ 0.35 s).
    const partitionSize =
      opts.partitionSize ??
      this.opts.partitionSize ??
      (this.conn.kind === 'pglite' ? EMBEDDED_PARTITION : undefined);
    // Queued, the run and its jobs commit together: no run without its jobs, no jobs without a run.
    const run = await createRun(this.conn, this.engine, {
      referenceDate: opts.referenceDate,
      ...(partitionSize ? { partitionSize } : {}),
      ...(opts.keep ? { keep: opts.keep } : {}),
      exclusive: true,
      ...(boss
        ? {
            inTransaction: (c, info) => insertJobs(boss, info.id, info.partitions, { db: txDb(c) }),
          }
        : {}),
    });
    if (this.inProcess) this.#schedule([run.id]);
    return run;
  }

  /**
   * Cancels a running run: its partitions not yet screened, and, queued, their pg-boss jobs in the
   * same transaction (a worker no longer takes them; one already screening a partition finds it
   * cancelled at its commit and writes nothing). Cancelling a cancelled run answers 'already'.
   */
  async cancel(runId: string): Promise<'cancelled' | 'already'> {
    const boss = this.inProcess ? undefined : await this.#queue();
    return cancelRun(
      this.conn,
      runId,
      boss
        ? {
            inTransaction: async (c, partitions) => {
              if (partitions.length)
                await boss.cancel(
                  QUEUE,
                  partitions.map((p) => partitionJobId(runId, p)),
                  { db: txDb(c) },
                );
            },
          }
        : {},
    );
  }

  /** Resumes every unfinished population run in this process (in-process mode only). */
  async resume(): Promise<string[]> {
    if (!this.inProcess) return [];
    const ids = (
      await this.conn.query<{ id: string }>(
        `SELECT id::text AS id FROM screening_runs WHERE status = 'running' ORDER BY created_at`,
      )
    ).map((r) => r.id);
    if (ids.length && this.#scheduled === 0) this.#schedule(ids);
    return ids;
  }

  /**
   * Incremental screening: the households of these people are screened again in the latest
   * finished population run (on its reference date), their stored outcomes replaced — and in a
   * running run: now in the partitions it has screened, and by their own partition before it is
   * marked done in the others (a worker may have loaded them before the change). Earlier runs stay
   * as they were: a run is the record of what was found on its date.
   */
  async rescreen(personIds: readonly string[]): Promise<RescreenResult | null> {
    if (personIds.length === 0) return null;
    const finished = await latestFinishedRun(this.conn);
    const running = await this.running();
    const again = async (runId: string) => {
      const r = await rescreenPeople(this.conn, this.engine, runId, personIds);
      return {
        runId,
        households: r.households.length,
        ...(r.queued.length ? { queued: r.queued.length } : {}),
      };
    };
    const out = finished ? await again(finished.id) : null;
    if (!running) return out;
    return { ...(out ?? { runId: null, households: 0 }), running: await again(running) };
  }

  /**
   * Incremental screening of changes made anywhere — hand-entered records, members joining or
   * leaving, moves, deaths: the marks the database writes with them (`screening_changes`). The
   * marked people's households are screened again (`rescreen`), then the marks handled are
   * removed; a person marked again meanwhile stays marked for the next drain. One drain at a time
   * here, and with `hold` one among all instances (the others answer 0 at once); returns how many
   * people it handled.
   */
  drainChanges(limit = 5000): Promise<number> {
    this.#draining ??= this.#drain(limit).finally(() => {
      this.#draining = undefined;
    });
    return this.#draining;
  }

  async #drain(limit: number): Promise<number> {
    const held = this.opts.hold ? await this.opts.hold('screening-changes') : undefined;
    if (held === null) return 0; // another instance is draining
    try {
      const marks = await this.#marks('ORDER BY changed_at LIMIT $1', [limit]);
      if (marks.length === 0) return 0;
      await this.rescreen(marks.map((m) => m.person_id));
      await this.#unmark(marks);
      return marks.length;
    } finally {
      await held?.release();
    }
  }

  /**
   * `rescreen` for people whose change is known now (an agency batch's answer): their marks are
   * removed too, so the next drain does not screen them again (a mark newer than the re-screen
   * stays).
   */
  async rescreenChanged(personIds: readonly string[]): Promise<RescreenResult | null> {
    if (personIds.length === 0) return null;
    const marks = await this.#marks('WHERE person_id = ANY($1::uuid[])', [personIds]);
    const result = await this.rescreen(personIds);
    await this.#unmark(marks);
    return result;
  }

  /** Change marks as read (`changed_at` as text, so that `#unmark` matches them exactly). */
  #marks(rest: string, params: unknown[]): Promise<{ person_id: string; changed_at: string }[]> {
    return this.conn.query(
      `SELECT person_id::text AS person_id, changed_at::text AS changed_at FROM screening_changes ${rest}`,
      params,
    );
  }

  /** Removes the marks handled, exactly as read: a person marked again since keeps the new mark. */
  async #unmark(marks: { person_id: string; changed_at: string }[]): Promise<void> {
    if (marks.length === 0) return;
    await this.conn.query(
      `DELETE FROM screening_changes s USING unnest($1::uuid[], $2::timestamptz[]) AS d(p, t)
       WHERE s.person_id = d.p AND s.changed_at = d.t`,
      [marks.map((m) => m.person_id), marks.map((m) => m.changed_at)],
    );
  }

  /** Drains the marks every `intervalMs` in the background (the API process does); `stop()` ends it. */
  watchChanges(intervalMs = 5_000): void {
    if (this.#watch || this.#stopped) return;
    this.#watch = setInterval(() => {
      if (this.#stopped) return;
      this.drainChanges().catch((e: unknown) =>
        this.opts.log?.('warn', 'changed households not re-screened yet; trying again', {
          err: e instanceof Error ? e.message : String(e),
        }),
      );
    }, intervalMs);
    this.#watch.unref();
  }

  /** Resolves when the in-process runner has nothing left to do. */
  idle(): Promise<void> {
    return this.#running;
  }

  /** Stops taking work and waits for the partition in hand (call before the database closes). */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#watch);
    await this.#draining?.catch(() => 0);
    await this.#running;
    const boss = this.#boss;
    this.#boss = undefined;
    if (boss)
      await (await boss.catch(() => undefined))?.stop({ graceful: false, wait: true }).catch(() => {});
  }

  #schedule(runIds: string[]): void {
    this.#scheduled++;
    this.#running = this.#running
      .then(async () => {
        for (const id of runIds) if (!this.#stopped) await this.#execute(id);
      })
      .catch((e: unknown) =>
        this.opts.log?.('error', 'screening run stopped; it resumes at the next start', {
          err: (e as Error).message,
        }),
      )
      .finally(() => {
        this.#scheduled--;
      });
  }

  async #execute(runId: string): Promise<void> {
    const run = await getRun(this.conn, runId);
    const pending = await this.conn.query<{ partition: number }>(
      `SELECT partition FROM screening_partitions WHERE run_id = $1 AND status <> 'done' ORDER BY partition`,
      [runId],
    );
    const dicts = new BatchDicts();
    const t0 = performance.now();
    for (const { partition } of pending) {
      // The embedded database runs its queries on this thread, and their promises settle without
      // giving the event loop a turn: without this, no request was answered until the whole run
      // was done (7.5 s at 20,000 households). Now one is between partitions.
      await new Promise((r) => setImmediate(r));
      if ((await getRun(this.conn, runId)).status !== 'running') break; // cancelled meanwhile
      for (let attempt = 1; ; attempt++) {
        if (this.#stopped) return;
        try {
          await screenPartition(this.conn, this.engine, runId, partition, {
            run,
            dicts,
            worker: `in-process:${process.pid}`,
          });
          break;
        } catch (e) {
          if (attempt >= ATTEMPTS) throw e;
          this.opts.log?.('warn', 'screening partition failed; trying again', {
            runId,
            partition,
            attempt,
            err: (e as Error).message,
          });
          await new Promise((r) => setTimeout(r, 1000));
        }
      }
    }
    if (!(await finishRunIfComplete(this.conn, runId))) {
      this.opts.log?.('info', 'screening run ended unfinished (cancelled)', { runId });
      return;
    }
    this.opts.log?.('info', 'screening run done', {
      runId,
      partitions: pending.length,
      ms: Math.round(performance.now() - t0),
    });
  }

  /** pg-boss over this service's own connections (PostgreSQL), started on first use. */
  #queue(): Promise<PgBoss> {
    this.#boss ??= (async () => {
      const boss = new PgBoss({
        // Without values a text goes as a simple query: pg-boss sends several statements in one.
        db: {
          executeSql: async (text, values) => ({
            rows: await this.conn.query(text, values?.length ? values : undefined),
          }),
        },
        schema: 'pgboss',
        supervise: false,
        schedule: false,
      });
      boss.on('error', (e) => this.opts.log?.('error', 'pg-boss', { err: (e as Error).message }));
      await boss.start();
      await ensureQueue(boss);
      return boss;
    })();
    this.#boss.catch(() => {
      this.#boss = undefined;
    });
    return this.#boss;
  }
}

/** pg-boss statements through a transaction's connection (so that they commit with it). */
const txDb = (c: Conn): PgBoss.Db => ({
  executeSql: async (text, values) => ({ rows: await c.query(text, values) }),
});

export { QUEUE };
