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

  add(h: SyntheticHousehold): void {
    const r = h.household.residence;
    const formed = h.memberships.reduce(
      // biome-ignore lint/complexity/useMathMinMax: ISO date strings, not numbers
      (min, m) => (m.effectiveFrom < min ? m.effectiveFrom : min),
      h.referenceDate,
    );
    const L = this.lines;
    L.households.push(
      `${h.household.id}\t${r.regionCode}\t${f(r.address)}\t${r.tenure}\t${f(r.monthlyRentKrw)}\t${f(r.depositKrw)}\n`,
    );
    L.household_residences.push(
      `${h.household.id}\t${r.regionCode}\t${f(r.address)}\t${r.tenure}\t${f(r.monthlyRentKrw)}\t${f(r.depositKrw)}\t${formed}\tsuccession\n`,
    );
    for (const p of h.people)
      L.people.push(
        `${p.id}\t${f(p.name)}\t${p.birthDate}\t${p.sex}\t${p.nationality}\t${p.residencyStatus}\n`,
      );
    for (const m of h.memberships)
      L.memberships.push(
        `${h.household.id}\t${m.personId}\t${m.relation}\t${m.effectiveFrom}\t${m.reason}\n`,
      );
    for (const x of h.records) {
      const amount = x.category === 'fact' ? null : x.amountKrw;
      const value = x.category === 'fact' ? JSON.stringify(x.value) : null;
      L.linked_records.push(
        `${x.personId}\t${x.category}\t${x.kind}\t${f(amount)}\t${f(value)}\t${f(x.sourceAgency)}\t${f(x.dataType)}\t${x.periodFrom}\t${f(x.periodTo)}\n`,
      );
    }
    this.households++;
    this.people += h.people.length;
    this.records += h.records.length;
  }

  clear(): void {
    for (const k of Object.keys(this.lines) as TableName[]) this.lines[k] = [];
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
