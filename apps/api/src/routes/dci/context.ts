import type { Database } from '@bokji/db';
import { type Caller, type DciOptions, DciService, loadOrCreateSigningKey } from '@bokji/dci';
import type { Context } from 'hono';
import { loadConfig } from '../../config.js';
import type { AppDeps, Env } from '../../context.js';

/**
 * One DCI service per database (one per app). Tests configure it with an in-memory key and a
 * short retry policy before the first request; otherwise it starts on the first DCI request with
 * the key kept in `<data dir>/keys/dci-signing-key.json` (or `BOKJI_DCI_SIGNING_KEY`) and a
 * notification run every `BOKJI_DCI_NOTIFY_INTERVAL_SECONDS` (60; 0 turns it off).
 */
export type DciEnv = {
  Variables: Env['Variables'] & { dciCaller: Caller; dciMode: 'sync' | 'async'; dciAction: string };
};

interface Configured {
  options: DciOptions;
  notifyIntervalMs?: number;
}

const configured = new WeakMap<Database, Configured>();
const services = new WeakMap<Database, DciService>();

export function configureDci(database: Database, options: DciOptions, notifyIntervalMs = 0): void {
  if (services.has(database)) throw new Error('the DCI service has already started for this database');
  configured.set(database, { options, notifyIntervalMs });
}

/**
 * The app's DCI service, for this request: a keyed request runs in its transaction (its deps carry
 * it as `database`), so it gets a view whose queries run there and whose background jobs start
 * after the commit. (The service itself, with its notifier, is one per app: built on a
 * transaction it would be one per request, bound to a transaction that ends with it; and its
 * queries on the app's database while the request's transaction is open would wait for that
 * transaction — on the embedded database, forever.)
 */
export function dciFor(requestDeps: AppDeps): DciService {
  const service = appService(requestDeps.root ?? requestDeps);
  return requestDeps.root ? service.within(requestDeps.database.db, requestDeps.afterCommit) : service;
}

function appService(deps: AppDeps): DciService {
  let service = services.get(deps.database);
  if (service) return service;
  let conf = configured.get(deps.database);
  if (!conf) {
    const env = process.env;
    conf = {
      options: { signingKey: loadOrCreateSigningKey(loadConfig().dataDir) },
      notifyIntervalMs: Number(env.BOKJI_DCI_NOTIFY_INTERVAL_SECONDS ?? 60) * 1000,
    };
  }
  service = new DciService(
    { db: deps.database.db, vault: deps.vault, registry: deps.registry, today: deps.today },
    conf.options,
  );
  services.set(deps.database, service);
  if (conf.notifyIntervalMs && conf.notifyIntervalMs > 0)
    notifiers.set(deps.database, startNotifier(service, conf.notifyIntervalMs));
  return service;
}

interface Notifier {
  timer: NodeJS.Timeout;
  /** The notification run in progress, if any. */
  current?: Promise<unknown> | undefined;
}
const notifiers = new WeakMap<Database, Notifier>();

/**
 * Stops this database's notification runs and waits for the one in progress and the DCI
 * background jobs: call it before the database closes (a run against a closed database fails
 * and logs an error for nothing).
 */
export async function stopDci(database: Database): Promise<void> {
  const n = notifiers.get(database);
  if (n) {
    clearInterval(n.timer);
    notifiers.delete(database);
    await n.current;
  }
  await dciIdle(database);
}

/** Waits for the DCI background jobs (async replies) of this database's app, if it has started. */
export async function dciIdle(database: Database): Promise<void> {
  await services.get(database)?.idle();
}

function startNotifier(service: DciService, everyMs: number): Notifier {
  const n: Notifier = {
    timer: setInterval(() => {
      if (n.current) return;
      n.current = service
        .runNotifications()
        .catch((e) =>
          console.error(
            JSON.stringify({ level: 'error', msg: 'dci notification run failed', error: (e as Error).name }),
          ),
        )
        .finally(() => {
          n.current = undefined;
        });
    }, everyMs),
  };
  n.timer.unref();
  return n;
}

/** Control characters never reach the access log. */
const clean = (s: string) => [...s].map((ch) => (/[\p{Cc}\u2028\u2029]/u.test(ch) ? ' ' : ch)).join('');

/**
 * The client address as the API's audit() records it: the first `X-Forwarded-For` hop only behind
 * a trusted proxy (`deps.ops.trustProxy`), otherwise the socket's address.
 */
export function clientIp(c: Context): string | null {
  const trustProxy = (c.get('deps' as never) as { ops?: { trustProxy?: boolean } } | undefined)?.ops
    ?.trustProxy;
  const fwd = trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  if (fwd) return clean(fwd).slice(0, 64);
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? null;
}

/** `X-Bokji-Purpose`, percent-encoded UTF-8, as the API's audit() reads it. */
export function purposeHeader(c: Context): string | null {
  const raw = c.req.header('x-bokji-purpose');
  if (!raw) return null;
  let text: string;
  try {
    text = decodeURIComponent(raw);
  } catch {
    text = raw;
  }
  return clean(text).trim().slice(0, 200) || null;
}
