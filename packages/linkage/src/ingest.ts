import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { BokjiError } from '@bokji/core';
import { type Db, markChanged, type RrnVault, reportProgress, schema, type Tx } from '@bokji/db';
import { parse } from 'csv-parse';
import { and, eq, sql } from 'drizzle-orm';
import { type DataType, dataTypeById, rowSchema } from './data-types.js';
import { SeenKeys } from './seen-keys.js';

const { linkageBatches, linkageRejects, linkedRecords, people } = schema;

export interface BatchCounts {
  rows: number;
  accepted: number;
  rejected: number;
}
export interface BatchResult {
  batchId: string;
  agency: string;
  batchKey: string;
  dataType: string;
  status: string;
  counts: BatchCounts;
  receivedAt: string;
  finishedAt: string | null;
  /** The first rejects (all are at GET /linkage/batches/{id}/rejects). */
  rejects: { line: number; reasons: string[] }[];
}

const CHUNK = 1000;

type Parsed = { line: number; row: Record<string, unknown> } | { line: number; error: string };

async function* ndjsonRows(body: Readable): AsyncGenerator<Parsed> {
  let line = 0;
  for await (const text of createInterface({ input: body, crlfDelay: Number.POSITIVE_INFINITY })) {
    line++;
    if (!text.trim()) continue;
    try {
      const row = JSON.parse(text) as unknown;
      if (!row || typeof row !== 'object' || Array.isArray(row)) yield { line, error: 'not a JSON object' };
      else yield { line, row: row as Record<string, unknown> };
    } catch {
      yield { line, error: 'malformed JSON' };
    }
  }
}

async function* csvRows(body: Readable): AsyncGenerator<Parsed> {
  const parser = body.pipe(
    parse({ columns: true, info: true, relax_column_count: true, skip_empty_lines: true, bom: true }),
  );
  for await (const rec of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
  }>) {
    const row: Record<string, unknown> = {};
    let bad: string | undefined;
    for (const [k, v] of Object.entries(rec.record)) {
      if (v === '' || v === undefined) continue;
      if (k === 'value') {
        try {
          row.value = v === 'true' ? true : JSON.parse(v);
        } catch {
          bad = 'value is not valid JSON';
        }
      } else if (k === 'correction') row.correction = v === 'true';
      else row[k] = v;
    }
    yield bad ? { line: rec.info.lines, error: bad } : { line: rec.info.lines, row };
  }
}

export async function batchResult(
  db: Db,
  batch: typeof linkageBatches.$inferSelect,
  limit = 100,
): Promise<BatchResult> {
  const rejects = await db
    .select({ line: linkageRejects.line, reasons: linkageRejects.reasons })
    .from(linkageRejects)
    .where(eq(linkageRejects.batchId, batch.id))
    .orderBy(linkageRejects.line)
    .limit(limit);
  return {
    batchId: batch.id,
    agency: batch.agency,
    batchKey: batch.batchKey,
    dataType: batch.dataType,
    status: batch.status,
    counts: batch.counts as BatchCounts,
    receivedAt: batch.receivedAt,
    finishedAt: batch.finishedAt,
    rejects: rejects.map((r) => ({ line: r.line, reasons: r.reasons as string[] })),
  };
}

/** A chunk's accepted rows, column by column. */
interface RecordColumns {
  personId: string[];
  amountKrw: (number | null)[];
  /** The fact's value as JSON text. */
  value: (string | null)[];
  periodFrom: string[];
  periodTo: (string | null)[];
  changeKind: ('correction' | 'succession')[];
}

/**
 * Inserts a chunk's records in one statement with one array parameter per column (`unnest`):
 * drizzle's multi-row insert builds a query object per value, which cost most of a batch's time.
 * The columns are those of `schema.linkedRecords` (received_at and id take their defaults).
 */
async function insertRecords(
  tx: Tx,
  rows: RecordColumns,
  batch: { dataType: DataType; sourceAgency: string; batchId: string; recordedBy: string | null },
): Promise<void> {
  if (!rows.personId.length) return;
  const l = linkedRecords;
  await tx.execute(sql`
    insert into ${l} (${sql.identifier(l.personId.name)}, ${sql.identifier(l.category.name)},
      ${sql.identifier(l.kind.name)}, ${sql.identifier(l.amountKrw.name)}, ${sql.identifier(l.value.name)},
      ${sql.identifier(l.sourceAgency.name)}, ${sql.identifier(l.dataType.name)},
      ${sql.identifier(l.periodFrom.name)}, ${sql.identifier(l.periodTo.name)},
      ${sql.identifier(l.batchId.name)}, ${sql.identifier(l.changeKind.name)},
      ${sql.identifier(l.recordedBy.name)})
    select u.person_id, ${batch.dataType.category}, ${batch.dataType.kind}, u.amount_krw, u.value,
      ${batch.sourceAgency}, ${batch.dataType.id}, u.period_from, u.period_to, ${batch.batchId}::uuid,
      u.change_kind, ${batch.recordedBy}::uuid
    from unnest(${sql.param(rows.personId)}::uuid[], ${sql.param(rows.amountKrw)}::bigint[],
      ${sql.param(rows.value)}::jsonb[], ${sql.param(rows.periodFrom)}::date[],
      ${sql.param(rows.periodTo)}::date[], ${sql.param(rows.changeKind)}::text[])
      as u(person_id, amount_krw, value, period_from, period_to, change_kind)`);
}

/**
 * Which of the given (person, period) keys earlier chunks of the batch already stored, as
 * "person period" strings (asked only about the keys `SeenKeys` says the batch may have). Reads
 * `linked_records_stream_idx` by its leading columns (person, category, kind).
 */
async function givenEarlier(
  tx: Tx,
  batchId: string,
  dataType: DataType,
  given: (readonly [personId: string, periodFrom: string])[],
): Promise<Set<string>> {
  const found = new Set<string>();
  if (!given.length) return found;
  const persons = [...new Set(given.map((k) => k[0]))];
  const periods = [...new Set(given.map((k) => k[1]))];
  const rows = await tx
    .select({ personId: linkedRecords.personId, periodFrom: linkedRecords.periodFrom })
    .from(linkedRecords)
    .where(
      and(
        sql`${linkedRecords.personId} = any(${sql.param(persons)}::uuid[])`,
        eq(linkedRecords.category, dataType.category),
        eq(linkedRecords.kind, dataType.kind),
        sql`${linkedRecords.periodFrom} = any(${sql.param(periods)}::date[])`,
        eq(linkedRecords.batchId, batchId),
      ),
    );
  for (const r of rows) found.add(`${r.personId} ${r.periodFrom}`);
  return found;
}

/**
 * Ingests one agency batch of one data type, streaming (NDJSON or CSV): every row is validated
 * against the data type's schema and its person resolved (by RRN keyed hash or person id); accepted
 * rows are stored with provenance, rejected rows with line number and reasons — never dropped. A
 * second row for a person and period the batch already gave is rejected as a duplicate.
 * The whole batch is one transaction, so a failure stores nothing; a resubmitted batch key returns
 * the first result and changes nothing.
 */
export async function ingestBatch(
  deps: { db: Db; vault: RrnVault },
  input: {
    agency: string;
    batchKey: string;
    dataTypeId: string;
    format: 'ndjson' | 'csv';
    body: Readable;
    submittedBy?: string | null;
  },
): Promise<{ replay: boolean; result: BatchResult; personIds: string[] }> {
  const dataType: DataType | undefined = dataTypeById.get(input.dataTypeId);
  if (!dataType) {
    throw new BokjiError('validation', 'unknown data type', {
      issues: [{ path: 'dataType', message: `no data type ${input.dataTypeId}` }],
    });
  }
  if (dataType.agency !== input.agency) {
    throw new BokjiError(
      'forbidden',
      `data type ${dataType.id} is delivered by ${dataType.agency}, not ${input.agency}`,
    );
  }
  const [existing] = await deps.db
    .select()
    .from(linkageBatches)
    .where(and(eq(linkageBatches.agency, input.agency), eq(linkageBatches.batchKey, input.batchKey)));
  if (existing) {
    input.body.destroy();
    if (existing.dataType !== dataType.id) {
      throw new BokjiError('conflict', `batch ${input.batchKey} was already used for ${existing.dataType}`);
    }
    return { replay: true, result: await batchResult(deps.db, existing), personIds: [] };
  }
  const schemaOf = rowSchema(dataType);
  const persons = new Set<string>();
  let batchIdOf: string | undefined;
  const batch = await deps.db
    .transaction(async (tx) => {
      const [created] = await tx
        .insert(linkageBatches)
        .values({
          agency: input.agency,
          batchKey: input.batchKey,
          dataType: dataType.id,
          format: input.format,
          status: 'processing',
          counts: { rows: 0, accepted: 0, rejected: 0 },
          submittedBy: input.submittedBy ?? null,
        })
        .onConflictDoNothing()
        .returning();
      if (!created)
        throw new BokjiError('conflict', `batch ${input.batchKey} is being processed by another request`);
      batchIdOf = created.id;
      const counts: BatchCounts = { rows: 0, accepted: 0, rejected: 0 };
      const stored = new SeenKeys(); // the (person, period) keys of the rows stored so far
      let pending: { line: number; row: ReturnType<typeof schemaOf.parse> }[] = [];
      let rejects: { batchId: string; line: number; reasons: string[] }[] = [];

      const flushRejects = async () => {
        if (rejects.length) {
          const r = linkageRejects;
          await tx.execute(sql`
            insert into ${r} (${sql.identifier(r.batchId.name)}, ${sql.identifier(r.line.name)}, ${sql.identifier(r.reasons.name)})
            select ${created.id}::uuid, u.line, u.reasons
            from unnest(${sql.param(rejects.map((x) => x.line))}::int[],
              ${sql.param(rejects.map((x) => JSON.stringify(x.reasons)))}::jsonb[]) as u(line, reasons)`);
        }
        counts.rejected += rejects.length;
        rejects = [];
      };
      const flush = async () => {
        const hashOf = pending.map((p) => (p.row.rrn ? deps.vault.hash(p.row.rrn) : undefined));
        const hashes = [...new Set(hashOf.filter((h) => h !== undefined))];
        const ids = [...new Set(pending.filter((p) => p.row.personId).map((p) => p.row.personId!))];
        const byHash = new Map<string, string>();
        const known = new Set<string>();
        if (hashes.length) {
          for (const r of await tx
            .select({ id: people.id, h: people.rrnHash })
            .from(people)
            .where(sql`${people.rrnHash} = any(${sql.param(hashes)}::text[])`)) {
            byHash.set(r.h!, r.id);
          }
        }
        if (ids.length)
          for (const r of await tx
            .select({ id: people.id })
            .from(people)
            .where(sql`${people.id} = any(${sql.param(ids)}::uuid[])`))
            known.add(r.id);
        // One row per person and period (docs/integration-agencies.md): the snapshot reads one
        // record per person, stream and period, so a second row for a period this batch already
        // gave would silently lose to the first or replace it. It is rejected, naming the first.
        const personOf = pending.map((p, i) =>
          p.row.rrn ? byHash.get(hashOf[i]!) : known.has(p.row.personId!) ? p.row.personId : undefined,
        );
        const earlier = await givenEarlier(
          tx,
          created.id,
          dataType,
          pending.flatMap((p, i) => {
            const personId = personOf[i];
            return personId && stored.mayHave(`${personId} ${p.row.periodFrom}`)
              ? [[personId, p.row.periodFrom] as const]
              : [];
          }),
        );
        const inChunk = new Map<string, number>();
        const rows: RecordColumns = {
          personId: [],
          amountKrw: [],
          value: [],
          periodFrom: [],
          periodTo: [],
          changeKind: [],
        };
        for (const [i, p] of pending.entries()) {
          const personId = personOf[i];
          if (!personId) {
            rejects.push({
              batchId: created.id,
              line: p.line,
              reasons: [p.row.rrn ? 'no person with this resident registration number' : 'unknown personId'],
            });
            continue;
          }
          const r = p.row as {
            periodFrom: string;
            periodTo?: string;
            amountKrw?: number;
            value?: unknown;
            correction?: boolean;
          };
          const key = `${personId} ${r.periodFrom}`;
          const first = inChunk.get(key);
          if (first !== undefined || earlier.has(key)) {
            rejects.push({
              batchId: created.id,
              line: p.line,
              reasons: [
                `duplicate: ${first !== undefined ? `line ${first}` : 'an earlier row'} of this batch already gives this person's record for the period from ${r.periodFrom} (one row per person and period)`,
              ],
            });
            continue;
          }
          inChunk.set(key, p.line);
          stored.add(key);
          persons.add(personId);
          rows.personId.push(personId);
          rows.amountKrw.push(dataType.category === 'fact' ? null : (r.amountKrw ?? 0));
          rows.value.push(dataType.category === 'fact' ? JSON.stringify(r.value) : null);
          rows.periodFrom.push(r.periodFrom);
          rows.periodTo.push(r.periodTo ?? null);
          rows.changeKind.push(r.correction ? 'correction' : 'succession');
        }
        await insertRecords(tx, rows, {
          dataType,
          sourceAgency: input.agency,
          batchId: created.id,
          recordedBy: input.submittedBy ?? null,
        });
        counts.accepted += rows.personId.length;
        pending = [];
        await flushRejects();
        reportProgress({ kind: 'linkage.batch', id: created.id, done: counts.rows, counts: { ...counts } });
      };

      const source = input.format === 'csv' ? csvRows(input.body) : ndjsonRows(input.body);
      for await (const item of source) {
        counts.rows++;
        if ('error' in item) {
          rejects.push({ batchId: created.id, line: item.line, reasons: [item.error] });
        } else {
          const parsed = schemaOf.safeParse(item.row);
          if (parsed.success) pending.push({ line: item.line, row: parsed.data });
          else {
            rejects.push({
              batchId: created.id,
              line: item.line,
              reasons: parsed.error.issues.map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`),
            });
          }
        }
        if (pending.length >= CHUNK) await flush();
        if (rejects.length >= CHUNK) await flushRejects();
      }
      await flush();
      // Durable marks for incremental screening: the batch's answer re-screens at once, and a
      // server that dies before it did leaves the marks for the screening service to drain.
      await markChanged(tx, [...persons]);
      const [done] = await tx
        .update(linkageBatches)
        .set({ status: 'completed', counts, finishedAt: sql`now()` })
        .where(eq(linkageBatches.id, created.id))
        .returning();
      return done!;
    })
    .finally(() => {
      // The batch is over (committed, or rolled back as a whole): progress stops either way.
      reportProgress({ kind: 'linkage.batch', id: batchIdOf ?? input.batchKey, done: 0, finished: true });
    });
  return { replay: false, result: await batchResult(deps.db, batch), personIds: [...persons] };
}

/** When each agency last delivered each data type, against its refresh cycle. */
export async function freshness(db: Db) {
  const rows = await db
    .select({
      agency: linkageBatches.agency,
      dataType: linkageBatches.dataType,
      lastReceivedAt: sql<string>`max(${linkageBatches.receivedAt})`,
      batches: sql<number>`count(*)::int`,
      rows: sql<number>`sum((${linkageBatches.counts}->>'accepted')::int)::int`,
    })
    .from(linkageBatches)
    .where(eq(linkageBatches.status, 'completed'))
    .groupBy(linkageBatches.agency, linkageBatches.dataType);
  const maxAgeDays: Record<string, number> = {
    daily: 2,
    monthly: 35,
    quarterly: 95,
    annual: 370,
    onEvent: Number.POSITIVE_INFINITY,
  };
  const now = Date.now();
  return rows.map((r) => {
    const dt = dataTypeById.get(r.dataType);
    const ageDays = (now - new Date(r.lastReceivedAt).getTime()) / 86_400_000;
    return {
      ...r,
      refresh: dt?.refresh ?? null,
      ageDays: Math.floor(ageDays),
      stale: dt ? ageDays > maxAgeDays[dt.refresh]! : null,
    };
  });
}
