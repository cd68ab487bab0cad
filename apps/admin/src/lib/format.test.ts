import { describe, expect, it } from 'vitest';
import { formatKrw, formatValue } from './format';

describe('formatting', () => {
  it('writes money as whole won in each language', () => {
    expect(formatKrw(820_556, 'ko')).toBe('820,556원');
    expect(formatKrw(820_556, 'en')).toBe('₩820,556');
    expect(formatKrw(null, 'ko')).toBe('—');
  });

  it('writes explanation values with their units', () => {
    expect(formatValue({ value: 820_555, unit: 'krw/month' }, 'ko')).toBe('월 820,555원');
    expect(formatValue({ value: 0.32, unit: 'ratio' }, 'en')).toBe('32%');
    expect(formatValue({ value: 65, unit: 'years' }, 'ko')).toBe('65세');
    expect(formatValue({ value: true }, 'ko')).toBe('예');
    expect(formatValue({ value: ['a', 'b'] }, 'en')).toBe('a, b');
  });
});
