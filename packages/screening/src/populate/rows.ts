import type { SyntheticHousehold } from '@bokji/synthpop';
import { type Conn, copyField as f } from '../db/conn.js';

/** The five tables a synthetic population is written to, with the columns written. */
export const TABLES = {
  households: ['id', 'region_code', 'address', 'tenure', 'monthly_rent_krw', 'deposit_krw'],
  household_residences: [
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
  memberships: ['household_id', 'person_id', 'relation', 'effective_from', 'start_reason'],
  linked_records: [
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

/** Calls `emit(table, line)` with the COPY text line of every row of one household. */
export function householdRows(h: SyntheticHousehold, emit: (table: TableName, line: string) => void): void {
  const r = h.household.residence;
  const formed = h.memberships.reduce(
    // biome-ignore lint/complexity/useMathMinMax: ISO date strings, not numbers
    (min, m) => (m.effectiveFrom < min ? m.effectiveFrom : min),
    h.referenceDate,
  );
  emit(
    'households',
    `${h.household.id}\t${r.regionCode}\t${f(r.address)}\t${r.tenure}\t${f(r.monthlyRentKrw)}\t${f(r.depositKrw)}\n`,
  );
  emit(
    'household_residences',
    `${h.household.id}\t${r.regionCode}\t${f(r.address)}\t${r.tenure}\t${f(r.monthlyRentKrw)}\t${f(r.depositKrw)}\t${formed}\tsuccession\n`,
  );
  for (const p of h.people)
    emit(
      'people',
      `${p.id}\t${f(p.name)}\t${p.birthDate}\t${p.sex}\t${p.nationality}\t${p.residencyStatus}\n`,
    );
  for (const m of h.memberships)
    emit('memberships', `${h.household.id}\t${m.personId}\t${m.relation}\t${m.effectiveFrom}\t${m.reason}\n`);
  for (const x of h.records) {
    const amount = x.category === 'fact' ? null : x.amountKrw;
    const value = x.category === 'fact' ? JSON.stringify(x.value) : null;
    emit(
      'linked_records',
      `${x.personId}\t${x.category}\t${x.kind}\t${f(amount)}\t${f(value)}\t${f(x.sourceAgency)}\t${f(x.dataType)}\t${x.periodFrom}\t${f(x.periodTo)}\n`,
    );
  }
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

  add(h: SyntheticHousehold): void {
    householdRows(h, this.#emit);
    this.households++;
    this.people += h.people.length;
    this.records += h.records.length;
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

  constructor(households = 1000) {
    // Rough bytes per household and table, so that buffers rarely grow.
    this.#sinks = {
      households: new ByteSink(households * 120),
      household_residences: new ByteSink(households * 140),
      people: new ByteSink(households * 2.3 * 80),
      memberships: new ByteSink(households * 2.3 * 110),
      linked_records: new ByteSink(households * 9.5 * 130),
    };
  }

  add(h: SyntheticHousehold): void {
    householdRows(h, this.#emit);
    this.households++;
    this.people += h.people.length;
    this.records += h.records.length;
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
