import { describe, expect, it } from 'vitest';
import { loadPrograms, loadRegistry } from './index.js';
import { checkConformance } from './kit.js';

/**
 * The program kit: one suite that runs for every plug-in, with no per-program test code. It is
 * what a ministry team runs after writing a program's rules (`npm run check-programs`).
 */
const registry = await loadRegistry();
const located = await loadPrograms();

describe('program registry', () => {
  it('loads every program folder and validates them together', () => {
    expect(located.length).toBeGreaterThan(0);
    expect(registry.programs.size).toBe(located.length);
  });
});

describe('conformance', () => {
  it.each(located.map((p) => [`${p.id} ${p.name.ko} (${p.ministryPackage}/${p.slug})`, p] as const))(
    '%s',
    (_n, p) => {
      expect(checkConformance(registry, registry.get(p.id)!, p)).toEqual([]);
    },
  );
});
