import { getTableColumns, type Query, type SQL, sql } from 'drizzle-orm';
import { type PgColumn, PgDialect, type PgTable } from 'drizzle-orm/pg-core';
import type { Db, Tx } from './client.js';

/** Builds SQL text the way the databases' own dialect does (no casing option is used anywhere). */
const dialect = new PgDialect();

/**
 * A named statement for a hot path: its SQL is built once, with `sql.placeholder(…)` for every
 * value, and PostgreSQL parses and plans it once per connection instead of on every call
 * (node-postgres keeps the connection's parsed statements by name and sends only Bind/Execute
 * after the first use). Measured on the household snapshot: 410 → 100 µs of PostgreSQL CPU per
 * call; the session look-up 125 → 40 µs (docs/performance.md, "API throughput"). PGlite runs the
 * same text with the same values.
 *
 * Runs on whatever handle it is given — the pool or a transaction — and returns the raw rows
 * (column names as the SQL spells them). A name must stand for one text only: node-postgres
 * refuses a name reused for another text on the same connection.
 */
export function namedStatement<Row = Record<string, unknown>>(name: string, build: () => SQL) {
  let query: Query | undefined;
  return async (db: Db | Tx, values: Record<string, unknown>): Promise<Row[]> => {
    query ??= dialect.sqlToQuery(build());
    const result = await db._.session.prepareQuery(query, undefined, name, false).execute(values);
    return (result as { rows: Row[] }).rows;
  };
}

/**
 * Rows sent as one JSON parameter, for a statement whose text must not change with the number of
 * rows: `rows from (json_to_recordset(<param>::json) as (…)) with ordinality as <alias>(…, ord)`.
 * The JSON objects are keyed by `table`'s property names (as drizzle names them); each key is read
 * as its column's SQL type (or the type in `as`, e.g. `text` to parse a jsonb value only where it is
 * used) and named by its column (`<alias>.user_id`); `<alias>.ord` numbers the rows in array order.
 */
export function jsonRecords(
  table: PgTable,
  keys: readonly string[],
  param: SQL,
  alias: string,
  as: Record<string, string> = {},
): SQL {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const column = (k: string) => {
    const c = columns[k];
    if (!c) throw new Error(`jsonRecords: ${k} is not a column of the table`);
    return c;
  };
  const typed = keys.map((k) => `"${k}" ${as[k] ?? column(k).getSQLType()}`).join(', ');
  const names = keys.map((k) => `"${column(k).name}"`).join(', ');
  return sql`rows from (json_to_recordset(${param}::json) as (${sql.raw(typed)})) with ordinality
    as ${sql.raw(`"${alias}"(${names}, ord)`)}`;
}
