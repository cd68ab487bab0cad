import { describe, expect, it } from 'vitest';
import { earnedIncomeFeed } from './feeds.js';

describe('earned-income feed', () => {
  const opts = { seed: 3, households: 200, referenceDate: '2026-03-01', months: 3, malformedEvery: 50 };
  it('is deterministic, one row per person and month, with every 50th row malformed and named', () => {
    const a = [...earnedIncomeFeed(opts)];
    const b = [...earnedIncomeFeed(opts)];
    expect(a).toEqual(b);
    const bad = a.filter((l) => l.malformed);
    expect(bad.length).toBe(Math.floor(a.length / 50));
    expect(new Set(bad.map((l) => l.malformed)).size).toBe(6);
    const good = a
      .filter((l) => !l.malformed)
      .map((l) => JSON.parse(l.text) as { rrn: string; periodFrom: string; amountKrw: number });
    expect(new Set(good.map((r) => r.periodFrom))).toEqual(
      new Set(['2025-12-01', '2026-01-01', '2026-02-01']),
    );
    expect(good.every((r) => Number.isInteger(r.amountKrw) && r.amountKrw >= 0)).toBe(true);
  });
  it('writes CSV with a header on line 1', () => {
    const [header, first] = [...earnedIncomeFeed({ ...opts, format: 'csv', limit: 1 })];
    expect(header).toEqual({ line: 1, text: 'rrn,periodFrom,periodTo,amountKrw' });
    expect(first!.line).toBe(2);
    expect(first!.text.split(',')).toHaveLength(4);
  });
});
