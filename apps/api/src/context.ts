import type { Registry } from '@bokji/core';
import type { AccessEntry, Database, RrnVault, User } from '@bokji/db';
import type { Logger } from 'pino';
import type { OpsOverrides } from './middleware/options.js';

export interface AppDeps {
  database: Database;
  registry: Registry;
  vault: RrnVault;
  sessionTtlSeconds: number;
  /** Idle timeout of a session (default `BOKJI_SESSION_IDLE_SECONDS` or 30 minutes). */
  sessionIdleSeconds?: number;
  /** The clock's date; tests pin it. */
  today: () => string;
  /** Logger, metrics, limits and timeouts (issue 9); defaults when absent (tests). */
  ops?: OpsOverrides;
  /**
   * The app's own deps, when these are a request's: a keyed request runs with its transaction as
   * `database`. Per-app services (DCI) key on, and run their background work in, the root.
   */
  root?: AppDeps;
  /**
   * In a keyed request: runs `start` once its transaction has committed (never, if it rolls
   * back). Work that must see what the request wrote, outside its transaction, waits on this.
   */
  afterCommit?: (start: () => void) => void;
}

export type Env = {
  Variables: {
    deps: AppDeps;
    user: User;
    requestId: string;
    /** The request's logger (carries the request id). */
    log: Logger;
    /** The bearer token's session as resolved earlier in this request (checked once per request). */
    session: { token: string; user: User | undefined };
    /** Access-log rows this request wrote (kept by the idempotency middleware when it records an answer). */
    auditTrail: AccessEntry[];
  };
};
