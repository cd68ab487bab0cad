import fc from 'fast-check';
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { copyField, parseCopyText, poolConn } from './conn.js';

/** Feeds `bytes` to parseCopyText in pieces ending at `cuts` (byte offsets), as a socket would. */
async function parseInPieces(bytes: Buffer, cuts: readonly number[]): Promise<(string | null)[][]> {
  const ends = [...new Set(cuts.filter((c) => c > 0 && c < bytes.length))].sort((a, b) => a - b);
  async function* pieces() {
    let start = 0;
    for (const end of [...ends, bytes.length]) {
      yield bytes.subarray(start, end);
      start = end;
    }
  }
  const rows: (string | null)[][] = [];
  for await (const row of parseCopyText(pieces())) rows.push(row);
  return rows;
}

const line = (fields: (string | null)[]) => `${fields.map(copyField).join('\t')}\n`;

describe('parseCopyText', () => {
  // The crash test's 4 extra rows: a veteran fact's category ("특수임무유공자", 3 bytes a character)
  // straddled an 8 KiB send of PostgreSQL; the chunk was decoded on its own, the category became
  // "특���임무유공자", and the veterans' programs said ineligible instead of undetermined.
  const rows: (string | null)[][] = [
    [
      'd1e9e4d6-5eeb-4ce6-b83a-b15039eda450',
      '26350',
      null,
      '{"category": "특수임무유공자", "isFamily": true}',
    ],
    ['a', 'tab\tnewline\nbackslash\\', '장애인', '🙂 four bytes, é two'],
    ['', null, 'KR', '{"type": "지체", "severe": false}'],
  ];
  const bytes = Buffer.from(rows.map(line).join(''), 'utf8');

  it('keeps a multi-byte character split between two chunks, at every byte offset', async () => {
    for (let cut = 1; cut < bytes.length; cut++) expect(await parseInPieces(bytes, [cut])).toEqual(rows);
  });

  it('keeps every character when the stream arrives one byte at a time', async () => {
    const cuts = Array.from({ length: bytes.length }, (_, i) => i);
    expect(await parseInPieces(bytes, cuts)).toEqual(rows);
  });

  it('parses a last line without its newline', async () => {
    const noNl = bytes.subarray(0, bytes.length - 1);
    expect(await parseInPieces(noNl, [noNl.length - 1, noNl.length - 2])).toEqual(rows);
  });

  it('round-trips any rows of any Unicode text, however the bytes are cut', async () => {
    const field = fc.option(fc.string({ unit: 'binary', maxLength: 12 }), { nil: null });
    const arbRows = fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 });
    await fc.assert(
      fc.asyncProperty(arbRows, fc.array(fc.nat(), { maxLength: 12 }), async (rs, picks) => {
        const b = Buffer.from(rs.map(line).join(''), 'utf8');
        const cuts = picks.map((p) => p % (b.length + 1));
        expect(await parseInPieces(b, cuts)).toEqual(rs);
      }),
      { numRuns: 300 },
    );
  });
});

// COPY exists on PostgreSQL only (the embedded database's loader reads rows by query).
describe.runIf(process.env.TEST_DATABASE_URL)('COPY out on PostgreSQL', () => {
  it('leaves no timer behind once the rows are read, so a finished tool exits at once', async () => {
    // As the app's pool: a client-side query timeout (idle clients kept, so the pool sets no timer).
    const pool = new pg.Pool({
      connectionString: process.env.TEST_DATABASE_URL,
      query_timeout: 60_000,
      idleTimeoutMillis: 0,
    });
    // The timers started while the rows are read, and those since cleared or fired: counting the
    // process's timers instead failed at random when some other timer of the worker ended meanwhile.
    const started = new Set<unknown>();
    const setTimer = globalThis.setTimeout;
    const clearTimer = globalThis.clearTimeout;
    const setSpy = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) => {
      const t: unknown = setTimer(() => {
        started.delete(t);
        fn();
      }, ms);
      started.add(t);
      return t;
    }) as typeof setTimeout);
    const clearSpy = vi.spyOn(globalThis, 'clearTimeout').mockImplementation(((t: unknown) => {
      started.delete(t);
      clearTimer(t as Parameters<typeof clearTimeout>[0]);
    }) as typeof clearTimeout);
    try {
      const conn = poolConn(pool);
      const rows: (string | null)[][] = [];
      for await (const row of conn.copyOut!('SELECT generate_series(1, 3)')) rows.push(row);
      expect(rows).toEqual([['1'], ['2'], ['3']]);
      expect(setSpy).toHaveBeenCalledWith(expect.any(Function), 60_000); // the query timeout was armed
      expect(started.size).toBe(0);
    } finally {
      setSpy.mockRestore();
      clearSpy.mockRestore();
      await pool.end();
    }
  });
});
