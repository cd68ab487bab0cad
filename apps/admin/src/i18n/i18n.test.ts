import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ko } from './ko';

type Tree = { readonly [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const koKeys = flatten(ko);
const enKeys = flatten(en);
const srcDir = join(import.meta.dirname, '..');

describe('translations', () => {
  it('has every Korean key in English and no English key without Korean', () => {
    expect([...koKeys.keys()].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys.keys()].filter((k) => !koKeys.has(k))).toEqual([]);
  });

  it('has no empty message in either language', () => {
    expect([...koKeys].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
    expect([...enKeys].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
  });

  it('uses the same interpolation variables in both languages', () => {
    const differ = [...koKeys]
      .filter(([k, v]) => vars(v).join() !== vars(enKeys.get(k) ?? '').join())
      .map(([k]) => k);
    expect(differ).toEqual([]);
  });

  it('defines every key the code asks for, and every prefix of the computed ones', () => {
    const missing: string[] = [];
    const groups = new Set(
      [...koKeys.keys()].flatMap((k) => k.split('.').map((_, i, a) => a.slice(0, i + 1).join('.'))),
    );
    for (const file of sources(srcDir)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g))
        if (!koKeys.has(m[1]!)) missing.push(`${file}: ${m[1]}`);
      for (const m of text.matchAll(/key: '(validation\.[a-zA-Z]+)'/g))
        if (!koKeys.has(m[1]!)) missing.push(`${file}: ${m[1]}`);
      for (const m of text.matchAll(/\bt\(\s*`([a-zA-Z]+)\.\$\{/g))
        if (!groups.has(m[1]!)) missing.push(`${file}: ${m[1]}.*`);
    }
    expect(missing).toEqual([]);
  });

  it('names every stage, state and event of the case machine in both languages', () => {
    for (const s of ['application', 'investigation', 'guarantee', 'decision', 'active', 'closed'])
      expect(koKeys.has(`stage.${s}`) && enKeys.has(`stage.${s}`)).toBe(true);
    for (const e of [
      'SUBMIT',
      'START_INVESTIGATION',
      'RECORD_EVALUATION',
      'COMPLETE_INVESTIGATION',
      'DETERMINE_ENTITLEMENT',
      'APPROVE',
      'REJECT',
      'WITHDRAW',
      'START_REVIEW',
      'CONTINUE',
      'CHANGE_AMOUNT',
      'SUSPEND',
      'RESUME',
      'TERMINATE',
    ])
      expect(koKeys.get(`event.${e}`)).toBeTruthy();
  });
});
