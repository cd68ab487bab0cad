import { z } from 'zod';

/** An ISO calendar date, `YYYY-MM-DD`, checked to be a real day. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date');
export type IsoDate = string;

function parts(date: IsoDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** Full years of age on `at` (Korean "만 나이"): the birthday itself counts. */
export function ageAt(birthDate: IsoDate, at: IsoDate): number {
  const [by, bm, bd] = parts(birthDate);
  const [ay, am, ad] = parts(at);
  let age = ay - by;
  if (am < bm || (am === bm && ad < bd)) age -= 1;
  return age;
}

/** Full months of age on `at`, for rules that count months (e.g. 0–23 months). */
export function ageInMonths(birthDate: IsoDate, at: IsoDate): number {
  const [by, bm, bd] = parts(birthDate);
  const [ay, am, ad] = parts(at);
  let months = (ay - by) * 12 + (am - bm);
  if (ad < bd) months -= 1;
  return months;
}

/** True when `date` lies in the half-open period [from, to). An open end means "still in force". */
export function isInPeriod(date: IsoDate, from: IsoDate, to?: IsoDate | null): boolean {
  return from <= date && (to == null || date < to);
}

export function addYears(date: IsoDate, years: number): IsoDate {
  const [y, m, d] = parts(date);
  const target = new Date(Date.UTC(y + years, m - 1, d));
  return target.toISOString().slice(0, 10);
}

/**
 * Today's date where the administration works — Korea (`Asia/Seoul`, UTC+9) unless told otherwise:
 * the business day of every evaluation, decision and age. (The UTC date is still yesterday in Korea
 * until 09:00: a person turning 65 that morning would have been evaluated at 64.)
 */
export function todayIso(now: Date = new Date(), timeZone = 'Asia/Seoul'): IsoDate {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
