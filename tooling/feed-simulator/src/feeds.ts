import { generatePopulation } from '@bokji/synthpop';

export interface FeedLine {
  /** 1-based line number in the file (CSV: the header is line 1). */
  line: number;
  text: string;
  /** Why the line is malformed, when it is. */
  malformed?: string;
}

const faults: { reason: string; make: (row: Record<string, unknown>) => Record<string, unknown> | string }[] =
  [
    { reason: 'bad date', make: (r) => ({ ...r, periodFrom: '2026-13-45' }) },
    { reason: 'negative amount', make: (r) => ({ ...r, amountKrw: -5000 }) },
    { reason: 'no subject', make: ({ rrn: _rrn, ...r }) => r },
    { reason: 'unknown field', make: (r) => ({ ...r, salary: 1 }) },
    { reason: 'broken JSON', make: (r) => `${JSON.stringify(r).slice(0, 20)}` },
    { reason: 'malformed RRN', make: (r) => ({ ...r, rrn: '12345' }) },
  ];

function monthStart(referenceDate: string, back: number): [string, string] {
  const [y, m] = referenceDate.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) - back;
  const from = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
  const next = total + 1;
  const to = `${Math.floor(next / 12)}-${String((next % 12) + 1).padStart(2, '0')}-01`;
  return [from, to];
}

/**
 * An earned-income feed (`nts.earned-income`) for the synthetic population: one row per person
 * and month (the person's monthly earned income, 0 when none), for `months` months before the
 * reference date. Every `malformedEvery`-th data row is made malformed in one of six ways, so a
 * test knows exactly which lines must be rejected.
 */
export function* earnedIncomeFeed(opts: {
  seed: number;
  households: number;
  referenceDate: string;
  months: number;
  malformedEvery?: number;
  format?: 'ndjson' | 'csv';
  limit?: number;
}): Generator<FeedLine> {
  const format = opts.format ?? 'ndjson';
  let line = 0;
  let dataRows = 0;
  if (format === 'csv') yield { line: ++line, text: 'rrn,periodFrom,periodTo,amountKrw' };
  for (let back = opts.months; back >= 1; back--) {
    const [periodFrom, periodTo] = monthStart(opts.referenceDate, back);
    for (const h of generatePopulation({
      seed: opts.seed,
      households: opts.households,
      referenceDate: opts.referenceDate,
    })) {
      for (const p of h.people) {
        if (opts.limit !== undefined && dataRows >= opts.limit) return;
        const earned = h.records
          .filter((r) => r.personId === p.id && r.category === 'income' && r.kind === 'earned')
          .reduce((s, r) => s + (r.category === 'income' ? r.amountKrw : 0), 0);
        let row: Record<string, unknown> | string = { rrn: p.rrn, periodFrom, periodTo, amountKrw: earned };
        dataRows++;
        let malformed: string | undefined;
        if (opts.malformedEvery && dataRows % opts.malformedEvery === 0) {
          const fault = faults[(dataRows / opts.malformedEvery) % faults.length]!;
          row = fault.make(row);
          malformed = fault.reason;
        }
        line++;
        const text =
          format === 'csv'
            ? typeof row === 'string'
              ? row
              : [row.rrn ?? '', row.periodFrom ?? '', row.periodTo ?? '', row.amountKrw ?? ''].join(',') +
                (row.salary ? ',1' : '')
            : typeof row === 'string'
              ? row
              : JSON.stringify(row);
        yield malformed ? { line, text, malformed } : { line, text };
      }
    }
  }
}
