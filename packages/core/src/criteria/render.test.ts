import { describe, expect, it } from 'vitest';
import { formatKrw } from '../money.js';
import { renderExplanation } from './render.js';
import type { Explanation } from './types.js';

// The summary a caseworker and a ministry system read, in both languages, one after the other
// (the API renders Korean then English for every evaluation).
const explanation: Explanation = {
  type: 'all',
  label: { ko: '생계급여', en: 'livelihood benefit' },
  outcome: 'ineligible',
  children: [
    {
      type: 'compare',
      label: { ko: '가구 소득인정액', en: 'household income-recognized amount' },
      outcome: 'ineligible',
      op: '<=',
      actual: { label: { ko: '소득인정액', en: 'amount' }, value: 18_650_062, unit: 'krw/month' },
      threshold: {
        label: { ko: '선정기준', en: 'threshold' },
        value: 820_556,
        unit: 'krw/month',
        detail: [
          { label: { ko: '기준 중위소득 (1)', en: 'standard median income (1)' }, value: 2_564_238 },
          { label: { ko: '기준 비율', en: 'share of it' }, value: '32%' },
        ],
      },
    },
    {
      type: 'compare',
      label: { ko: '소득 비율', en: 'income ratio' },
      outcome: 'eligible',
      op: '<',
      actual: { label: { ko: '비율', en: 'ratio' }, value: 0.4567, unit: 'ratio' },
      threshold: { label: { ko: '기준', en: 'limit' }, value: 0.5, unit: 'ratio' },
    },
  ],
} as unknown as Explanation;

describe('renderExplanation', () => {
  it('writes amounts with thousands separators in Korean and in English, alternately', () => {
    for (let i = 0; i < 3; i++) {
      expect(renderExplanation(explanation, 'ko')).toEqual([
        '✘ 생계급여',
        '  ✘ 가구 소득인정액: 18,650,062원 ≤ 820,556원 (= 기준 중위소득 (1) 2,564,238원 × 32%)',
        '  ✔ 소득 비율: 45.7% < 50%',
      ]);
      expect(renderExplanation(explanation, 'en')).toEqual([
        '✘ livelihood benefit',
        '  ✘ household income-recognized amount: KRW 18,650,062 ≤ KRW 820,556 (= standard median income (1) KRW 2,564,238 × 32%)',
        '  ✔ income ratio: 45.7% < 50%',
      ]);
    }
    expect(formatKrw(1_234_567)).toBe('1,234,567원');
  });
});
