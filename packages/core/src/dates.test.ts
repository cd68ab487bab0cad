import { describe, expect, it } from 'vitest';
import { ageAt, ageInMonths, IsoDate, isInPeriod } from './dates.js';

describe('dates', () => {
  it('counts full years: the birthday itself counts, the day before does not', () => {
    expect(ageAt('1961-03-01', '2026-02-28')).toBe(64);
    expect(ageAt('1961-03-01', '2026-03-01')).toBe(65);
  });
  it('counts full months for rules in months (0–23 months)', () => {
    expect(ageInMonths('2024-03-15', '2026-03-14')).toBe(23);
    expect(ageInMonths('2024-03-15', '2026-03-15')).toBe(24);
  });
  it('treats periods as half-open with an open end in force', () => {
    expect(isInPeriod('2026-01-01', '2026-01-01', null)).toBe(true);
    expect(isInPeriod('2026-06-01', '2026-01-01', '2026-06-01')).toBe(false);
  });
  it('rejects dates that are not calendar days', () => {
    expect(IsoDate.safeParse('2026-02-30').success).toBe(false);
    expect(IsoDate.safeParse('2026-2-3').success).toBe(false);
    expect(IsoDate.safeParse('2024-02-29').success).toBe(true);
  });
});
