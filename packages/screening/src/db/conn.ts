import type { Database } from '@bokji/db';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type pg from 'pg';
import copyStreams from 'pg-copy-streams';

/**
 * The few things screening needs from a database, on both engines: plain queries, transactions,
 * and (PostgreSQL only) COPY streams for bulk reads and writes.
 */
export interface Conn {
  kind: 'pglite' | 'postgres';
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs `fn` in one transaction on one connection. */
  tx<T>(fn: (c: Conn) => Promise<T>): Promise<T>;
  /**
   * COPY (query) TO STDOUT, parsed into rows of text fields (null for NULL). PostgreSQL only.
   * `settings` are set on the session first (planner settings for the query).
   */
  copyOut?(query: string, settings?: Record<string, string>): AsyncIterable<(string | null)[]>;
  /** COPY table FROM STDIN with text-format lines (or bytes, for binary COPY). PostgreSQL only. */
  copyIn?(statement: string, lines: Iterable<string | Uint8Array>): Promise<void>;
}

/**
 * Splits COPY text-format output into rows and unescapes fields. The stream's chunks end wherever
 * the socket reads did, often inside a multi-byte UTF-8 character (PostgreSQL sends 8 KiB at a
 * time). The bytes are read as latin1, one character a byte: newline, tab and backslash are single
 * bytes that never occur inside a multi-byte character, so lines and fields split anywhere, and a
 * field holding bytes ≥ 0x80 is decoded as UTF-8 once it is whole (decoding each chunk on its own
 * turned both halves of a cut character into U+FFFD). Fields of plain ASCII — ids, codes, numbers,
 * most lines — stay one-byte strings, which cost half the memory of the UTF-16 strings a UTF-8
 * decoder gives a chunk with any Korean in it, and join and hash faster.
 */
export async function* parseCopyText(chunks: AsyncIterable<Buffer>): AsyncGenerator<(string | null)[]> {
  let rest = '';
  for await (const chunk of chunks) {
    const text = rest + chunk.toString('latin1');
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      yield splitCopyLine(text.slice(start, nl));
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  if (rest) yield splitCopyLine(rest);
}

const WIDE = /[\x80-\xff]/;

function splitCopyLine(line: string): (string | null)[] {
  // In place: split's array becomes the row.
  const fields: (string | null)[] = line.split('\t');
  const wide = WIDE.test(line);
  for (let i = 0; i < fields.length; i++) {
    let f = fields[i]!;
    if (f.includes('\\')) {
      if (f === '\\N') {
        fields[i] = null;
        continue;
      }
      f = unescapeCopy(f);
    }
    fields[i] = wide && WIDE.test(f) ? Buffer.from(f, 'latin1').toString('utf8') : f;
  }
  return fields;
}

function unescapeCopy(f: string): string {
  return f.replace(/\\(.)/g, (_, c: string) =>
    c === 'n'
      ? '\n'
      : c === 't'
        ? '\t'
        : c === 'r'
          ? '\r'
          : c === 'b'
            ? '\b'
            : c === 'f'
              ? '\f'
              : c === 'v'
                ? '\v'
                : c,
  );
}

/** Escapes one field for COPY text format (null → \N). */
export function copyField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '\\N';
  const s = String(v);
  return /[\\\t\n\r]/.test(s)
    ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : s;
}

export function pgClientConn(client: pg.PoolClient | pg.Client): Conn {
  const conn: Conn = {
    kind: 'postgres',
    query: async (text, params) => (await client.query(text, params as unknown[])).rows,
    tx: async (fn) => {
      await client.query('BEGIN');
      try {
        const r = await fn(conn);
        await client.query('COMMIT');
        return r;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      }
    },
    copyOut: async function* (query, settings) {
      if (settings)
        await client.query(
          `SELECT ${Object.keys(settings)
            .map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, false)`)
            .join(', ')}`,
          Object.entries(settings).flat(),
        );
      const stream = client.query(copyStreams.to(`COPY (${query}) TO STDOUT`));
      try {
        yield* parseCopyText(stream);
      } finally {
        // node-postgres clears its query_timeout timer in the query's callback, which a COPY TO
        // stream never calls (COPY FROM does): the timer kept a finished process alive for the
        // timeout (31 s) and then failed a stream long done. Call it once the stream is over.
        (stream as unknown as { callback?: () => void }).callback?.();
      }
    },
    copyIn: async (statement, lines) => {
      const stream = client.query(copyStreams.from(statement));
      const done = new Promise<void>((resolve, reject) => {
        stream.on('finish', resolve);
        stream.on('error', reject);
      });
      let buf: string[] = [];
      let size = 0;
      for (const line of lines) {
        if (typeof line !== 'string') {
          // Bytes (binary COPY): sent as they are, after the text before them.
          if (buf.length) stream.write(buf.join(''));
          buf = [];
          size = 0;
          if (!stream.write(line)) await new Promise((r) => stream.once('drain', r));
          continue;
        }
        buf.push(line);
        size += line.length;
        if (size > 1 << 20) {
          if (!stream.write(buf.join(''))) await new Promise((r) => stream.once('drain', r));
          buf = [];
          size = 0;
        }
      }
      if (buf.length) stream.write(buf.join(''));
      stream.end();
      await done;
    },
  };
  return conn;
}

/** A connection pool (node-postgres): transactions take a client of their own. */
export function poolConn(pool: pg.Pool): Conn {
  const withClient = async <T>(fn: (c: Conn) => Promise<T>) => {
    const client = await pool.connect();
    try {
      return await fn(pgClientConn(client));
    } finally {
      client.release();
    }
  };
  return {
    kind: 'postgres',
    query: async (text, params) => (await pool.query(text, params as unknown[])).rows,
    tx: (fn) => withClient((c) => c.tx(fn)),
    copyOut: async function* (query, settings) {
      const client = await pool.connect();
      try {
        yield* pgClientConn(client).copyOut!(query, settings);
      } finally {
        client.release();
      }
    },
    copyIn: (statement, lines) => withClient((c) => c.copyIn!(statement, lines)),
  };
}

function pgliteConn(db: PGlite | Transaction, inTx = false): Conn {
  return {
    kind: 'pglite',
    query: async (text, params) => (await db.query(text, params as unknown[])).rows as never,
    tx: (fn) =>
      inTx ? fn(pgliteConn(db, true)) : (db as PGlite).transaction((t) => fn(pgliteConn(t, true))),
  };
}

/** The connection behind a `@bokji/db` database (PGlite or a node-postgres pool). */
export function connOf(database: Pick<Database, 'db' | 'kind'>): Conn {
  const client = (database.db as unknown as { $client: unknown }).$client;
  return database.kind === 'postgres' ? poolConn(client as pg.Pool) : pgliteConn(client as PGlite);
}
