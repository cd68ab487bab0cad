import { describe, expect, it } from 'vitest';
import { coreParameters } from './data/core-parameters.js';
import { ParameterStore } from './store.js';

const store = new ParameterStore(coreParameters);

describe('dated parameters', () => {
  it('returns the version in force on the date with its source', () => {
    const y2025 = store.lookup('median.income', '2025-12-31', 1);
    const y2026 = store.lookup('median.income', '2026-01-01', 1);
    expect(y2025.ok && y2025.use.value).toBe(2392013);
    expect(y2026.ok && y2026.use.value).toBe(2564238);
    expect(y2026.ok && y2026.use.sources[0]!.title).toContain('2025-135');
  });

  it('extends the median to 8+ persons by the official rule (7-person + increment per extra member)', () => {
    const eight = store.lookup('median.income', '2026-05-01', 8);
    const ten = store.lookup('median.income', '2026-05-01', 10);
    expect(eight.ok && eight.use.value).toBe(9515150 + 959198);
    expect(ten.ok && ten.use.value).toBe(9515150 + 3 * 959198);
  });

  it('has no value before the first version, for unknown keys, or unknown ids', () => {
    expect(store.lookup('median.income', '2023-12-31', 1)).toEqual({ ok: false, reason: 'noVersionAtDate' });
    expect(store.lookup('nblss.basicPropertyDeduction', '2026-01-01', 'mars')).toEqual({
      ok: false,
      reason: 'keyNotInTable',
    });
    expect(store.lookup('no.such', '2026-01-01')).toEqual({ ok: false, reason: 'unknownParameter' });
  });

  it('shows the basis of a threshold: 32% of the median for the household size', () => {
    const r = store.lookup('nblss.threshold.livelihood', '2026-03-01', 4);
    expect(r.ok && r.use.value).toBe(2078316);
    expect(r.ok && r.use.basis).toMatchObject({ param: 'median.income', ratio: 0.32, value: 6494738 });
  });

  it('refuses duplicate parameter ids', () => {
    expect(() => new ParameterStore([...coreParameters, coreParameters[0]!])).toThrow(/duplicate/);
  });
});
