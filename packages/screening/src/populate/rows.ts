import type { SyntheticHousehold } from '@bokji/synthpop';
import { type Conn, copyField as f } from '../db/conn.js';

/** The five tables a synthetic population is written to, with the columns written. */
export const TABLES = {
  households: ['id', 'region_code', 'address', 'tenure', 'monthly_rent_krw', 'deposit_krw'],
  household_residences: [
    'id',
    'household_id',
    'region_code',
    'address',
    'tenure',
    'monthly_rent_krw',
    'deposit_krw',
    'effective_from',
    'kind',
  ],
  people: ['id', 'name', 'birth_date', 'sex', 'nationality', 'residency_status'],
  memberships: ['id', 'household_id', 'person_id', 'relation', 'effective_from', 'start_reason'],
  linked_records: [
    'id',
    'person_id',
    'category',
    'kind',
    'amount_krw',
    'value',
    'source_agency',
    'data_type',
    'period_from',
    'period_to',
  ],
} as const;
export type TableName = keyof typeof TABLES;

/**
 * How row ids are written: 'ordered' (default) — every id starts with the household's index (32
 * bits) and an ordinal within the household (16 bits; 0 the household, 1… its people in order),
 * followed by the rest of synthpop's random-looking id, so ids sort in the households' order
 * (like UUIDv7's time prefix): a partition's households, people, memberships and records sit
 * together in every table and index, as they were inserted. 'random' — synthpop's ids as they are
 * (random-looking, like gen_random_uuid()); residence, membership and record ids are still
 * written (ordered), so that COPY never falls back to row-by-row inserts for a volatile default.
 */
export type IdOrder = 'ordered' | 'random';

const hex8 = (n: number) => n.toString(16).padStart(8, '0');
const hex4 = (n: number) => n.toString(16).padStart(4, '0');
/** The ordered id of (household index, ordinal), the rest of `tail` (a uuid) after its first 48 bits. */
export const orderedUuid = (index: number, ordinal: number, tail: string) =>
  `${hex8(index)}-${hex4(ordinal)}${tail.slice(13)}`;

/** Calls `emit(table, line)` with the COPY text line of every row of one household. */
export function householdRows(
  h: SyntheticHousehold,
  emit: (table: TableName, line: string) => void,
  ids: IdOrder = 'ordered',
): string {
  const r = h.household.residence;
  const formed = h.memberships.reduce(
    // biome-ignore lint/complexity/useMathMinMax: ISO date strings, not numbers
    (min, m) => (m.effectiveFrom < min ? m.effectiveFrom : min),
    h.referenceDate,
  );
  const ordered = ids === 'ordered';
  const tail = h.household.id;
  const hid = ordered ? orderedUuid(h.index, 0, tail) : tail;
  const pid = new Map<string, string>();
  h.people.forEach((p, i) => {
    pid.set(p.id, ordered ? orderedUuid(h.index, i + 1, p.id) : p.id);
  });
  const person = (id: string) => pid.get(id) ?? id;
  emit(
    'households',
    `${hid}\t${r.regionCode}\t${f(r.address)}\t${r.tenure}\t${f(r.monthlyRentKrw)}\t${f(r.depositKrw)}\n`,
  );
  emit(
    'household_residences',
    `${orderedUuid(h.index, 0, tail)}\t${hid}\t${r.regionCode}\t${f(r.address)}\t${r.tenure}\t${f(r.monthlyRentKrw)}\t${f(r.depositKrw)}\t${formed}\tsuccession\n`,
  );
  for (const p of h.people)
    emit(
      'people',
      `${person(p.id)}\t${f(p.name)}\t${p.birthDate}\t${p.sex}\t${p.nationality}\t${p.residencyStatus}\n`,
    );
  h.memberships.forEach((m, i) => {
    emit(
      'memberships',
      `${orderedUuid(h.index, i, tail)}\t${hid}\t${person(m.personId)}\t${m.relation}\t${m.effectiveFrom}\t${m.reason}\n`,
    );
  });
  h.records.forEach((x, i) => {
    const amount = x.category === 'fact' ? null : x.amountKrw;
    const value = x.category === 'fact' ? JSON.stringify(x.value) : null;
    emit(
      'linked_records',
      `${orderedUuid(h.index, i, tail)}\t${person(x.personId)}\t${x.category}\t${x.kind}\t${f(amount)}\t${f(value)}\t${f(x.sourceAgency)}\t${f(x.dataType)}\t${x.periodFrom}\t${f(x.periodTo)}\n`,
    );
  });
  return hid;
}

/** COPY text lines of one household, appended per table. */
export class PopulationLines {
  readonly lines: Record<TableName, string[]> = {
    households: [],
    household_residences: [],
    people: [],
    memberships: [],
    linked_records: [],
  };
  households = 0;
  people = 0;
  records = 0;
  readonly #emit = (table: TableName, line: string) => {
    this.lines[table].push(line);
  };

  constructor(readonly ids: IdOrder = 'ordered') {}

  /** Adds one household's rows; returns the household's id as written. */
  add(h: SyntheticHousehold): string {
    const id = householdRows(h, this.#emit, this.ids);
    this.households++;
    this.people += h.people.length;
    this.records += h.records.length;
    return id;
  }

  clear(): void {
    for (const k of Object.keys(this.lines) as TableName[]) this.lines[k] = [];
  }
}

/** A growable byte buffer of UTF-8 text. */
class ByteSink {
  buf: Buffer;
  len = 0;
  constructor(size: number) {
    this.buf = Buffer.allocUnsafeSlow(size);
  }
  write(s: string): void {
    // At most 3 bytes per UTF-16 code unit.
    if (this.len + 3 * s.length > this.buf.length) {
      const next = Buffer.allocUnsafeSlow(Math.max(2 * this.buf.length, this.len + 3 * s.length));
      this.buf.copy(next, 0, 0, this.len);
      this.buf = next;
    }
    this.len += this.buf.write(s, this.len);
  }
}

/**
 * The same COPY text as PopulationLines, written straight into one byte buffer per table: no line
 * string outlives its household (building millions of retained strings kept the garbage collector
 * busy for half of the generator's time).
 */
export class PopulationBuffers {
  readonly #sinks: Record<TableName, ByteSink>;
  households = 0;
  people = 0;
  records = 0;
  readonly #emit = (table: TableName, line: string) => this.#sinks[table].write(line);

  constructor(
    households = 1000,
    readonly ids: IdOrder = 'ordered',
  ) {
    // Rough bytes per household and table, so that buffers rarely grow.
    this.#sinks = {
      households: new ByteSink(households * 120),
      household_residences: new ByteSink(households * 140),
      people: new ByteSink(households * 2.3 * 80),
      memberships: new ByteSink(households * 2.3 * 110),
      linked_records: new ByteSink(households * 9.5 * 130),
    };
  }

  /** Adds one household's rows; returns the household's id as written. */
  add(h: SyntheticHousehold): string {
    const id = householdRows(h, this.#emit, this.ids);
    this.households++;
    this.people += h.people.length;
    this.records += h.records.length;
    return id;
  }

  /** The bytes written per table (views of buffers owned by this object). */
  bytes(): Record<TableName, Uint8Array> {
    const out = {} as Record<TableName, Uint8Array>;
    for (const t of Object.keys(this.#sinks) as TableName[])
      out[t] = this.#sinks[t].buf.subarray(0, this.#sinks[t].len);
    return out;
  }
}

/** Writes lines to their tables: COPY on PostgreSQL, multi-row INSERT on PGlite. */
export async function writeLines(conn: Conn, lines: PopulationLines): Promise<void> {
  for (const table of Object.keys(TABLES) as TableName[]) {
    const cols = TABLES[table];
    const rows = lines.lines[table];
    if (!rows.length) continue;
    if (conn.copyIn) {
      await conn.copyIn(`COPY ${table} (${cols.join(', ')}) FROM STDIN`, rows);
      continue;
    }
    for (let i = 0; i < rows.length; i += 500) {
      const params: unknown[] = [];
      const values = rows.slice(i, i + 500).map((line) => {
        const fields = line.slice(0, -1).split('\t');
        const start = params.length;
        for (const v of fields)
          params.push(
            v === '\\N' ? null : v.replace(/\\t/g, '\t').replace(/\\n/g, '\n').replace(/\\\\/g, '\\'),
          );
        return `(${fields.map((_, j) => `$${start + j + 1}`).join(',')})`;
      });
      await conn.query(`INSERT INTO ${table} (${cols.join(', ')}) VALUES ${values.join(',')}`, params);
    }
  }
}
