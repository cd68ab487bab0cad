import pg from 'pg';

/**
 * Exclusive hold on a piece of long work (a re-investigation run, the drain of change marks)
 * across every process on the database, so two API instances never do the same work at once and a
 * process that dies lets another take it at once. On PostgreSQL it is a session-level advisory lock
 * on a connection of its own: PostgreSQL releases it when the holder releases it or when its
 * connection ends (the process exited, was killed, or lost the network — the connection's
 * keepalives end it within a minute). On the embedded database, which one process owns, it is held
 * in that process's memory.
 */
export interface Held {
  /** True once the hold is gone without `release` (its connection ended): stop the work. */
  readonly lost: boolean;
  release(): Promise<void>;
}

/** Takes the hold on `key`, or answers null when another holder has it. */
export type Hold = (key: string) => Promise<Held | null>;

/** Holds of one process on the embedded database (keys held). */
export function memoryHold(): Hold {
  const held = new Set<string>();
  return async (key) => {
    if (held.has(key)) return null;
    held.add(key);
    let released = false;
    return {
      lost: false,
      release: async () => {
        if (released) return;
        released = true;
        held.delete(key);
      },
    };
  };
}

/**
 * Holds as advisory locks on PostgreSQL, one connection per hold (long work is rare; the pool's
 * connections stay with requests). The lock key is a 64-bit hash of `key` in PostgreSQL itself.
 */
export function advisoryHold(config: pg.ClientConfig): Hold {
  return async (key) => {
    const client = new pg.Client({
      ...config,
      keepAlive: true,
      application_name: 'bokji-hold',
      statement_timeout: 0,
      query_timeout: 30_000,
    });
    let lost = false;
    let released = false;
    client.on('error', () => {
      lost = true;
    });
    client.on('end', () => {
      if (!released) lost = true;
    });
    await client.connect();
    try {
      // The server ends a connection whose peer stopped answering within about a minute.
      await client.query(
        'SET tcp_keepalives_idle = 30; SET tcp_keepalives_interval = 10; SET tcp_keepalives_count = 3',
      );
      const [row] = (
        await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok', [
          key,
        ])
      ).rows;
      if (!row?.ok) {
        released = true;
        await client.end();
        return null;
      }
    } catch (e) {
      released = true;
      await client.end().catch(() => {});
      throw e;
    }
    return {
      get lost() {
        return lost;
      },
      release: async () => {
        if (released) return;
        released = true;
        // Ending the session releases the lock.
        await client.end().catch(() => {});
      },
    };
  };
}
