/**
 * Money is integer Korean won (KRW). Every amount in the domain is a safe integer; rounding is
 * explicit and named after the rule that asks for it.
 */
export type Krw = number;

export function isKrw(value: unknown): value is Krw {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** Rounds up to the next 10 won (the livelihood benefit is paid "rounded up to 10 won"). */
export function ceilTo10(amount: number): Krw {
  return Math.ceil(amount / 10) * 10;
}

/** Truncates a computed amount to whole won (intermediate products of rates). */
export function floorWon(amount: number): Krw {
  return Math.floor(amount + 1e-9);
}

const koNumber = new Intl.NumberFormat('ko-KR');

export function formatKrw(amount: Krw): string {
  return `${koNumber.format(amount)}원`;
}
