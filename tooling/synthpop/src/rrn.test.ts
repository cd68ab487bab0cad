import { Rrn } from '@bokji/core';
import { describe, expect, it } from 'vitest';
import { Rng } from './rng.js';
import { isSyntheticRrn, legacyRrnCheckDigit, rrnGenderDigit, syntheticRrn } from './rrn.js';

describe('legacy check digit', () => {
  it('computes the mod-11 check under both formulas', () => {
    // 9·2+0·3+0·4+1·5+0·6+1·7+1·8+2·9+3·2+4·3+5·4+6·5 = 124; 124 mod 11 = 3
    expect(legacyRrnCheckDigit('900101123456')).toBe(8);
    expect(legacyRrnCheckDigit('900101123456', 'foreigner')).toBe(0);
    expect(() => legacyRrnCheckDigit('90010112345')).toThrow();
  });
});

describe('isSyntheticRrn', () => {
  it('rejects numbers that pass either legacy check', () => {
    expect(isSyntheticRrn('900101-1234568')).toBe(false);
    expect(isSyntheticRrn('900101-1234560')).toBe(false);
    expect(isSyntheticRrn('900101-1234567')).toBe(true);
    expect(isSyntheticRrn('9001011234567')).toBe(true);
  });

  it('rejects malformed numbers, impossible dates and unknown sex digits', () => {
    expect(isSyntheticRrn('900101-123456')).toBe(false);
    expect(isSyntheticRrn('900230-1234567')).toBe(false);
    expect(isSyntheticRrn('010229-3234567')).toBe(false); // 2001 is not a leap year
    expect(isSyntheticRrn('abcdef-1234567')).toBe(false);
  });

  it('checks birth date and sex when asked', () => {
    // Pick the last digit so that the number fails both checks.
    const body = '000229423456';
    const bad = new Set([legacyRrnCheckDigit(body), legacyRrnCheckDigit(body, 'foreigner')]);
    const c = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].find((d) => !bad.has(d))!;
    const rrn = `${body.slice(0, 6)}-${body.slice(6)}${c}`;
    expect(isSyntheticRrn(rrn, { birthDate: '2000-02-29', sex: 'F' })).toBe(true);
    expect(isSyntheticRrn(rrn, { birthDate: '1900-02-29' })).toBe(false);
    expect(isSyntheticRrn(rrn, { sex: 'M' })).toBe(false);
  });
});

describe('syntheticRrn', () => {
  it('uses the sex/century digit of citizens and registered foreigners', () => {
    expect(rrnGenderDigit(1985, 'M', false)).toBe(1);
    expect(rrnGenderDigit(1985, 'F', false)).toBe(2);
    expect(rrnGenderDigit(2003, 'M', false)).toBe(3);
    expect(rrnGenderDigit(2003, 'F', false)).toBe(4);
    expect(rrnGenderDigit(1985, 'M', true)).toBe(5);
    expect(rrnGenderDigit(1985, 'F', true)).toBe(6);
    expect(rrnGenderDigit(2003, 'M', true)).toBe(7);
    expect(rrnGenderDigit(2003, 'F', true)).toBe(8);
    expect(rrnGenderDigit(1899, 'M', false)).toBe(9);
    expect(rrnGenderDigit(1899, 'F', false)).toBe(0);
  });

  it('always fails both legacy checks, matches birth date and sex, and spreads over the 8 allowed digits', () => {
    const rng = Rng.fromSeed('rrn');
    const lastDigits = new Set<number>();
    for (let i = 0; i < 20_000; i++) {
      const y = rng.int(1925, 2026);
      const m = rng.int(1, 12);
      const d = rng.int(1, 28);
      const birthDate = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      const sex = rng.chance(0.5) ? 'F' : 'M';
      const foreigner = rng.chance(0.2);
      const rrn = syntheticRrn(birthDate, sex, foreigner, rng.int(0, 99_999), rng.int(0, 7));
      expect(rrn).toMatch(/^\d{6}-\d{7}$/);
      expect(isSyntheticRrn(rrn, { birthDate, sex })).toBe(true);
      const digits = rrn.replace('-', '');
      const c = Number(digits[12]);
      expect(c).not.toBe(legacyRrnCheckDigit(digits.slice(0, 12)));
      expect(c).not.toBe(legacyRrnCheckDigit(digits.slice(0, 12), 'foreigner'));
      expect(Number(digits[6]) >= 5).toBe(foreigner);
      expect(Rrn.parse(rrn)).toBe(rrn);
      lastDigits.add(c);
    }
    expect(lastDigits.size).toBe(10); // each digit is allowed for some body
  });

  it('maps distinct (serial, check choice) pairs to distinct numbers', () => {
    for (const [birthDate, sex, foreigner] of [
      ['1987-06-05', 'M', false],
      ['2004-12-31', 'F', true],
    ] as const) {
      const seen = new Set<string>();
      for (let serial = 0; serial < 100_000; serial += 7) {
        for (let choice = 0; choice < 8; choice++)
          seen.add(syntheticRrn(birthDate, sex, foreigner, serial, choice));
      }
      expect(seen.size).toBe(Math.ceil(100_000 / 7) * 8);
    }
    expect(() => syntheticRrn('1987-06-05', 'M', false, 100_000, 0)).toThrow();
    expect(() => syntheticRrn('1987-06-05', 'M', false, 0, 8)).toThrow();
  });
});
