import { describe, expect, it } from 'vitest';
import { dueOccurrence, parseSchedule } from './schedule.js';

describe('the re-investigation schedule', () => {
  it('reads month-day dates, or off, and names what it cannot read', () => {
    expect(parseSchedule('09-01, 03-01,03-01')).toEqual(['03-01', '09-01']);
    expect(parseSchedule('off')).toEqual([]);
    expect(parseSchedule('')).toEqual([]);
    for (const bad of ['3-1', '13-01', '02-30', 'march', '03-01;09-01'])
      expect(() => parseSchedule(bad), bad).toThrow(/MM-DD/);
  });

  it('is due on its latest date on or before today, this year or last', () => {
    const twice = ['03-01', '09-01'];
    expect(dueOccurrence(twice, '2026-11-30')).toBe('2026-09-01');
    expect(dueOccurrence(twice, '2026-09-01')).toBe('2026-09-01');
    expect(dueOccurrence(twice, '2026-08-31')).toBe('2026-03-01');
    expect(dueOccurrence(twice, '2026-02-01')).toBe('2025-09-01');
    expect(dueOccurrence([], '2026-02-01')).toBeNull();
    // 29 February in a year without it falls on the 28th.
    expect(dueOccurrence(['02-29'], '2026-03-01')).toBe('2026-02-28');
    expect(dueOccurrence(['02-29'], '2028-03-01')).toBe('2028-02-29');
  });
});
