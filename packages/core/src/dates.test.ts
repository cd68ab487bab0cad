import { describe, expect, it } from 'vitest';
import { ageAt, ageInMonths, IsoDate, isInPeriod, todayIso } from './dates.js';

describe('dates', () => {
  it("takes today from Korea's clock: at 08:59 KST (23:59 UTC the day before) it is already the next day", () => {
    const lateUtc = new Date('2026-02-28T23:59:00Z'); // 2026-03-01 08:59 in Seoul
    expect(todayIso(lateUtc)).toBe('2026-03-01');
    expect(ageAt('1961-03-01', todayIso(lateUtc))).toBe(65); // 65 on the morning of the birthday
    expect(todayIso(new Date('2026-03-01T15:00:00Z'))).toBe('2026-03-02'); // midnight in Seoul
    expect(todayIso(lateUtc, 'UTC')).toBe('2026-02-28');
  });
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
