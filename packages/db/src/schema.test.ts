import { readdirSync, readFileSync } from 'node:fs';
import { multiSourceFactKinds } from '@bokji/core';
import { describe, expect, it } from 'vitest';

const dir = new URL('../drizzle/', import.meta.url);

describe('the stream index (linked_records_stream_idx)', () => {
  it("lists core's multi-source fact kinds, as the loader's query does", () => {
    // The latest migration that builds it is the one in force; the loader (`@bokji/screening`,
    // `partitionQuery`) writes its expression from `multiSourceFactKinds`, so a kind added to
    // core without a migration here would make the planner sort instead of reading the index.
    const creates = readdirSync(dir)
      .filter((f) => f.endsWith('.sql'))
      .sort()
      .map((f) => readFileSync(new URL(f, dir), 'utf8'))
      .flatMap((sql) => sql.split('--> statement-breakpoint'))
      .filter((s) => s.includes('CREATE INDEX') && s.includes('"linked_records_stream_idx"'));
    expect(creates.length).toBeGreaterThan(0);
    const list = multiSourceFactKinds.map((k) => `'${k}'`).join(', ');
    expect(creates.at(-1)).toContain(`"kind" NOT IN (${list})`);
  });
});
