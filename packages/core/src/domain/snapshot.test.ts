import { describe, expect, it } from 'vitest';
import { mergeFactValues } from './facts.js';
import type { LinkedRecord } from './records.js';
import { buildSnapshot } from './snapshot.js';

const DATE = '2026-03-15';
const PERSON = '00000000-0000-4000-8000-000000000001';
let n = 0;
/** A record of the synthetic person (ids in creation order unless given). */
function rec(
  r: Partial<LinkedRecord> & Pick<LinkedRecord, 'category' | 'kind' | 'periodFrom' | 'receivedAt'>,
) {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    personId: PERSON,
    sourceAgency: 'test',
    dataType: 't.default',
    periodTo: null,
    ...r,
  } as LinkedRecord;
}

function member(records: LinkedRecord[]) {
  return buildSnapshot({
    householdId: '00000000-0000-4000-8000-0000000000aa',
    date: DATE,
    residence: { regionCode: '11110', address: '-', tenure: 'owner' },
    memberships: [{ personId: PERSON, relation: 'head', effectiveFrom: '2000-01-01', effectiveTo: null }],
    people: [
      {
        id: PERSON,
        name: '가상',
        birthDate: '1970-01-01',
        sex: 'F',
        nationality: 'KR',
        residencyStatus: 'citizen',
        deathDate: null,
      },
    ],
    records,
  }).members[0]!;
}

/** Every order of `xs` (small arrays only). */
function orders<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => orders([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}

describe('buildSnapshot: the record of each stream', () => {
  const income = (
    amountKrw: number,
    periodFrom: string,
    receivedAt: string,
    more: Partial<LinkedRecord> = {},
  ) =>
    rec({ category: 'income', kind: 'earned', amountKrw, periodFrom, receivedAt, ...more } as LinkedRecord);

  it('keeps the latest period, then the latest received, then the greatest id, in whatever order records come', () => {
    const records = [
      income(1_000_000, '2025-01-01', '2025-02-01 00:00:00+00'),
      income(2_000_000, '2026-01-01', '2026-02-01 00:00:00+00'),
      income(2_100_000, '2026-01-01', '2026-02-05 00:00:00+00'),
      // One delivery (one transaction's received_at): the greatest id wins.
      income(2_300_000, '2026-01-01', '2026-02-05 00:00:00+00', {
        id: '00000000-0000-4000-8000-ffffffffffff',
      }),
      income(2_200_000, '2026-01-01', '2026-02-05 00:00:00+00'),
    ];
    for (const order of orders(records))
      expect(
        member(order).incomes,
        JSON.stringify(order.map((r) => (r as { amountKrw?: number }).amountKrw)),
      ).toEqual([{ kind: 'earned', monthlyKrw: 2_300_000 }]);
  });

  const fact = (kind: string, value: unknown, dataType: string, periodFrom: string, receivedAt: string) =>
    rec({ category: 'fact', kind, value, dataType, periodFrom, receivedAt } as LinkedRecord);

  it('counts an income kind once per data type, and a one-source fact kind once whatever its data types', () => {
    const records = [
      income(1_000_000, '2026-01-01', '2026-02-01 00:00:00+00', { dataType: 't.earned' }),
      income(400_000, '2026-01-01', '2026-02-01 00:00:00+00', { dataType: 't.daily-wage' }),
      fact('disability', { severity: 'severe' }, 't.review', '2025-06-01', '2025-07-01 00:00:00+00'),
      fact('disability', { severity: 'mild' }, 't.registry', '2026-01-01', '2026-02-01 00:00:00+00'),
    ];
    for (const order of orders(records)) {
      const m = member(order);
      expect([...(m.incomes ?? [])].sort((a, b) => a.monthlyKrw - b.monthlyKrw)).toEqual([
        { kind: 'earned', monthlyKrw: 400_000 },
        { kind: 'earned', monthlyKrw: 1_000_000 },
      ]);
      // The later registration, not the data type whose first record came last.
      expect(m.facts).toEqual({ disability: { severity: 'mild' } });
    }
  });

  it('lets a registry end what it reported: the same period again with its end', () => {
    const records = [
      fact('crisis', { kind: 'utilityCutoff' }, 'kepco.power-cutoff', '2026-01-01', '2026-01-02 00:00:00+00'),
      rec({
        category: 'fact',
        kind: 'crisis',
        value: { kind: 'utilityCutoff' },
        dataType: 'kepco.power-cutoff',
        periodFrom: '2026-01-01',
        periodTo: '2026-02-15',
        receivedAt: '2026-02-20 00:00:00+00',
      } as LinkedRecord),
      income(900_000, '2025-01-01', '2025-01-05 00:00:00+00'),
      income(1_000_000, '2026-01-01', '2026-01-05 00:00:00+00'),
    ];
    for (const order of orders(records)) {
      // On the date (2026-03-15) the supply is restored: no crisis; the earlier income stays succeeded.
      const m = member(order);
      expect(m.facts).toEqual({});
      expect(m.incomes).toEqual([{ kind: 'earned', monthlyKrw: 1_000_000 }]);
    }
  });

  it('keeps a multi-source fact from each registry and merges them', () => {
    const records = [
      // The local office found an illness, then (same stream) the loss of the main earner.
      fact('crisis', { kind: 'illness' }, 'local.crisis', '2025-03-01', '2025-03-02 00:00:00+00'),
      fact('crisis', { kind: 'earnerLoss' }, 'local.crisis', '2026-01-05', '2026-01-06 00:00:00+00'),
      // A later power cut-off does not hide what the local office found.
      fact('crisis', { kind: 'utilityCutoff' }, 'kepco.power-cutoff', '2026-02-01', '2026-02-03 00:00:00+00'),
      fact('farmerFisher', { kind: 'fisher' }, 'mof.fisher', '2025-06-01', '2025-07-01 00:00:00+00'),
      fact(
        'farmerFisher',
        { kind: 'farmer' },
        'naqs.farm-registration',
        '2026-01-01',
        '2026-02-01 00:00:00+00',
      ),
      // Two registries agreeing read as one value.
      fact('illness', { kind: 'tuberculosis' }, 'nhis.rare-disease', '2025-01-01', '2025-01-02 00:00:00+00'),
      fact('illness', { kind: 'tuberculosis' }, 'kdca.tuberculosis', '2025-05-01', '2025-05-02 00:00:00+00'),
    ];
    for (const order of orders(records))
      expect(member(order).facts).toEqual({
        crisis: { kind: ['earnerLoss', 'utilityCutoff'] },
        farmerFisher: { kind: ['farmer', 'fisher'] },
        illness: { kind: 'tuberculosis' },
      });
  });
});

describe('mergeFactValues', () => {
  it('keeps agreeing fields, lists differing or missing ones sorted, whatever the order', () => {
    const values = [{ kind: 'b', grade: '1' }, { kind: 'a', grade: '1' }, { kind: 'b' }];
    for (const order of [values, [...values].reverse(), [values[1], values[0], values[2]]])
      expect(mergeFactValues(order)).toEqual({ grade: ['1'], kind: ['a', 'b'] });
    expect(mergeFactValues([{ kind: 'x' }])).toEqual({ kind: 'x' });
    expect(mergeFactValues([true, true])).toBe(true);
    expect(mergeFactValues([{ n: 1 }, { n: 2 }])).toEqual({ n: ['1', '2'] });
  });
});
