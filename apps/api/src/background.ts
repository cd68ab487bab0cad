import type { Database } from '@bokji/db';
import type { AppDeps } from './context.js';

/**
 * Long work a request starts and does not wait for (a re-investigation run asked for with
 * `Prefer: respond-async`). It runs in this process, one piece after the other, on the app's own
 * database (never a request's transaction), each under a key: the same work is never run twice at
 * once. A failure is logged; the work's own record (a run still `running`, its cursor) says where
 * it stopped, and asking for it again continues it. Shutting down aborts between steps.
 */
interface Runner {
  tail: Promise<void>;
  /** Work queued or running, by key: settles when it is done. */
  active: Map<string, Promise<void>>;
  abort: AbortController;
}

const runners = new WeakMap<Database, Runner>();

function runnerOf(deps: AppDeps): Runner {
  const root = deps.root ?? deps;
  let r = runners.get(root.database);
  if (!r) {
    r = { tail: Promise.resolve(), active: new Map(), abort: new AbortController() };
    runners.set(root.database, r);
  }
  return r;
}

/** Whether work under this key is queued or running here. */
export function inBackground(deps: AppDeps, key: string): boolean {
  return runnerOf(deps).active.has(key);
}

/** Resolves when the work under this key here is done (at once when there is none). */
export function backgroundDone(deps: AppDeps, key: string): Promise<void> {
  return runnerOf(deps).active.get(key) ?? Promise.resolve();
}

/**
 * Queues `work` with the app's own deps; does nothing when the same key is already queued or
 * running. Returns whether it was queued now.
 */
export function runInBackground(
  deps: AppDeps,
  key: string,
  work: (root: AppDeps, signal: AbortSignal) => Promise<unknown>,
): boolean {
  const r = runnerOf(deps);
  if (r.active.has(key) || r.abort.signal.aborted) return false;
  const root = deps.root ?? deps;
  const done = r.tail
    .then(() => work(root, r.abort.signal))
    .then(
      () => undefined,
      (err: unknown) => {
        root.ops?.logger?.error(
          { work: key, err: err instanceof Error ? err.message : String(err) },
          'background work failed; asking for it again continues it',
        );
      },
    )
    .finally(() => r.active.delete(key));
  r.active.set(key, done);
  r.tail = done;
  return true;
}

/** Resolves when this app's background work is done (tests, the fuzzer). */
export function backgroundIdle(database: Database): Promise<void> {
  return runners.get(database)?.tail ?? Promise.resolve();
}

/** Stops taking work, asks the work in hand to stop at its next step, and waits for it. */
export async function stopBackground(database: Database): Promise<void> {
  const r = runners.get(database);
  if (!r) return;
  r.abort.abort();
  await r.tail;
  runners.delete(database);
}
