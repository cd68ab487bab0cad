/**
 * Synthetic resident registration numbers (주민등록번호 / 외국인등록번호), `YYMMDD-GNNNNNC`.
 *
 * - `YYMMDD` is the birth date and `G` the correct sex/century digit: 1/2 (male/female, born
 *   1900–1999), 3/4 (2000–2099), 9/0 (1800–1899); registered foreigners use 5/6 and 7/8.
 * - `C` is deliberately wrong: it differs from the legacy mod-11 check digit under both the
 *   citizen formula `(11 − s mod 11) mod 10` and the foreigner formula `(13 − s mod 11) mod 10`,
 *   where s = Σ digitᵢ × [2,3,4,5,6,7,8,9,2,3,4,5]ᵢ over the first 12 digits. Every number issued
 *   under the legacy scheme passes its check, so a synthetic number can never be one of them.
 *
 * Caveat: numbers issued since October 2020 have random digits after `G`, so for them the check
 * digit is no guarantee. Synthetic data must never be loaded next to real data.
 *
 * Within a population the numbers are unique: the generator derives each person's birth-day
 * offset, serial and check-digit choice from a keyed bijection of the person's number (see
 * `generate.ts`), and the birth date fixes the age.
 */

const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5] as const;

function weightedSum(first12: string): number {
  let s = 0;
  for (let i = 0; i < 12; i++) s += (first12.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return s;
}

/** The legacy check digit of the first 12 digits (no hyphen): citizen formula, or foreigner's. */
export function legacyRrnCheckDigit(first12: string, formula: 'citizen' | 'foreigner' = 'citizen'): number {
  if (!/^\d{12}$/.test(first12)) throw new Error('legacyRrnCheckDigit: expected 12 digits');
  const r = weightedSum(first12) % 11;
  return ((formula === 'citizen' ? 11 : 13) - r) % 10;
}

/** The sex/century digit `G`. */
export function rrnGenderDigit(birthYear: number, sex: 'F' | 'M', foreigner: boolean): number {
  const female = sex === 'F' ? 1 : 0;
  if (birthYear >= 2000) return (foreigner ? 7 : 3) + female;
  if (birthYear >= 1900) return (foreigner ? 5 : 1) + female;
  if (foreigner) throw new Error('no foreigner registration digit for births before 1900');
  return female ? 0 : 9;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * A synthetic number for the birth date: `serial` (0–99,999) fills `NNNNN` and `checkChoice`
 * (0–7) picks the last digit among the 8 that fail both legacy checks. Distinct (serial,
 * checkChoice) pairs give distinct numbers for the same birth date and `G`.
 */
export function syntheticRrn(
  birthDate: string,
  sex: 'F' | 'M',
  foreigner: boolean,
  serial: number,
  checkChoice: number,
): string {
  if (!Number.isInteger(serial) || serial < 0 || serial > 99_999) throw new Error('serial must be 0–99999');
  if (!Number.isInteger(checkChoice) || checkChoice < 0 || checkChoice > 7)
    throw new Error('checkChoice must be 0–7');
  const year = Number(birthDate.slice(0, 4));
  const g = rrnGenderDigit(year, sex, foreigner);
  const body =
    birthDate.slice(2, 4) +
    birthDate.slice(5, 7) +
    birthDate.slice(8, 10) +
    g +
    String(serial).padStart(5, '0');
  const citizen = (11 - (weightedSum(body) % 11)) % 10;
  const foreign = (citizen + 2) % 10; // (13 − r) mod 10 is always (11 − r) mod 10 + 2
  let c = checkChoice;
  for (const bad of citizen < foreign ? [citizen, foreign] : [foreign, citizen]) if (c >= bad) c++;
  return `${body.slice(0, 6)}-${body.slice(6)}${c}`;
}

function centuryOf(g: number): number | undefined {
  if (g === 1 || g === 2 || g === 5 || g === 6) return 1900;
  if (g === 3 || g === 4 || g === 7 || g === 8) return 2000;
  if (g === 9 || g === 0) return 1800;
  return undefined;
}

/**
 * True when `rrn` is well-formed (`YYMMDD-GNNNNNN` or 13 digits; a real calendar date in the
 * century `G` implies) and its last digit fails the legacy check under both formulas — the
 * property every number from this generator has. Pass `birthDate`/`sex` to also require that the
 * number matches them.
 */
export function isSyntheticRrn(rrn: string, expect?: { birthDate?: string; sex?: 'F' | 'M' }): boolean {
  const m = /^(\d{6})-?(\d{7})$/.exec(rrn);
  if (!m) return false;
  const digits = m[1]! + m[2]!;
  const g = digits.charCodeAt(6) - 48;
  const century = centuryOf(g);
  if (century === undefined) return false;
  const y = century + Number(digits.slice(0, 2));
  const mo = Number(digits.slice(2, 4));
  const d = Number(digits.slice(4, 6));
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return false;
  if (expect?.birthDate !== undefined && expect.birthDate !== `${y}-${pad2(mo)}-${pad2(d)}`) return false;
  if (expect?.sex !== undefined && (g % 2 === 0 ? 'F' : 'M') !== expect.sex) return false;
  const first12 = digits.slice(0, 12);
  const c = digits.charCodeAt(12) - 48;
  return c !== legacyRrnCheckDigit(first12, 'citizen') && c !== legacyRrnCheckDigit(first12, 'foreigner');
}
