import type { ValueView } from '../api/types';
import type { Lang } from '../i18n';

const number = new Intl.NumberFormat('ko-KR');

/** Money is integer KRW: "820,556원" in Korean, "₩820,556" in English. */
export function formatKrw(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '—';
  return lang === 'ko' ? `${number.format(value)}원` : `₩${number.format(value)}`;
}

/** An ISO timestamp as "YYYY-MM-DD HH:mm" in local time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Days between an ISO timestamp and now (for the freshness of linked records). */
export function ageInDays(iso: string, now = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / 86_400_000));
}

const yesNo = { ko: ['예', '아니오'], en: ['yes', 'no'] } as const;

/** An explanation value with its unit: money, counts, years, months, ratios, flags and codes. */
export function formatValue(view: Pick<ValueView, 'value' | 'unit'>, lang: Lang): string {
  const { value, unit } = view;
  if (typeof value === 'boolean') return value ? yesNo[lang][0] : yesNo[lang][1];
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'string') return value;
  switch (unit) {
    case 'krw':
    case 'krw/month':
    case 'krw/year': {
      const money = formatKrw(value, lang);
      if (unit === 'krw/month') return lang === 'ko' ? `월 ${money}` : `${money}/month`;
      if (unit === 'krw/year') return lang === 'ko' ? `연 ${money}` : `${money}/year`;
      return money;
    }
    case 'ratio':
      return `${Math.round(value * 10000) / 100}%`;
    case 'years':
      return lang === 'ko' ? `${value}세` : `${value} years`;
    case 'months':
      return lang === 'ko' ? `${value}개월` : `${value} months`;
    case 'count':
      return lang === 'ko' ? `${value}명` : String(value);
    default:
      return number.format(value);
  }
}

/** Operators of the criteria DSL as people read them. */
export const opSymbol: Record<string, string> = {
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
