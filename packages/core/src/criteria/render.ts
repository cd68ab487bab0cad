import type { Lang } from '../text.js';
import type { Explanation, ValueView } from './types.js';

const mark = { eligible: '✔', ineligible: '✘', undetermined: '?' } as const;
const opText: Record<string, string> = {
  '<=': '≤',
  '<': '<',
  '>=': '≥',
  '>': '>',
  '==': '=',
  '!=': '≠',
  in: '∈',
  notIn: '∉',
  contains: '∋',
};

/**
 * Number formats made once. `toLocaleString(locale)` reuses V8's formatter only while the locale
 * stays the same; a summary rendered in Korean and English alternates them and paid ≈ 15 µs per
 * number to build a new one (a two-language summary 83 → 10 µs). Same output.
 */
const won = { ko: new Intl.NumberFormat('ko-KR'), en: new Intl.NumberFormat('en-US') };

function formatValue(v: ValueView, lang: Lang): string {
  const value = v.value;
  if (typeof value === 'number' && (v.unit === 'krw/month' || v.unit === 'krw' || v.unit === 'krw/year')) {
    return lang === 'ko' ? `${won.ko.format(value)}원` : `KRW ${won.en.format(value)}`;
  }
  if (typeof value === 'number' && v.unit === 'ratio') return `${Math.round(value * 1000) / 10}%`;
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/**
 * Renders an explanation tree as plain lines in one language, for people: each criterion with its
 * mark, actual value, operator, threshold, the basis of the threshold, the sources and any
 * missing data.
 */
export function renderExplanation(e: Explanation, lang: Lang, depth = 0): string[] {
  const pad = '  '.repeat(depth);
  let line = `${pad}${mark[e.outcome]} ${e.label[lang]}`;
  if (e.actual && e.threshold && e.op) {
    line += `: ${formatValue(e.actual, lang)} ${opText[e.op]} ${formatValue(e.threshold, lang)}`;
    const basis = e.threshold.detail;
    if (basis?.length === 2) {
      const [base, share] = basis;
      line +=
        lang === 'ko'
          ? ` (= ${base!.label.ko} ${won.ko.format(Number(base!.value))}원 × ${share!.value})`
          : ` (= ${base!.label.en} KRW ${won.en.format(Number(base!.value))} × ${share!.value})`;
    }
  }
  const lines = [line];
  const sources = [...new Set((e.params ?? []).flatMap((p) => p.sources.map((s) => s.title)))];
  if (sources.length) lines.push(`${pad}    ${lang === 'ko' ? '출처' : 'sources'}: ${sources.join('; ')}`);
  for (const m of e.missing ?? [])
    lines.push(`${pad}    ${lang === 'ko' ? '필요 자료' : 'missing'}: ${m.what[lang]}`);
  for (const ch of e.children ?? []) lines.push(...renderExplanation(ch, lang, depth + 1));
  return lines;
}
