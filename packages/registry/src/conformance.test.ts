import { describeCriterion, runCase } from '@bokji/core';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from './index.js';

/**
 * The program kit: one suite that runs for every plug-in, with no per-program test code. It is
 * what a ministry team runs after writing a program's rules.
 */
const registry = await loadRegistry();
const programs = registry.list();

describe('program registry', () => {
  it('loads every program folder and validates them together', () => {
    expect(programs.length).toBeGreaterThan(0);
    expect(new Set(programs.map((p) => p.id)).size).toBe(programs.length);
  });
});

describe.each(programs.map((p) => [`${p.id} ${p.name.ko}`, p] as const))('%s', (_name, program) => {
  it('explains its criteria in Korean and English', () => {
    for (const lang of ['ko', 'en'] as const) {
      const lines = describeCriterion(program.criteria, lang, registry);
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.join('\n')).not.toMatch(/undefined/);
    }
  });

  it('has cases covering eligible, ineligible and undetermined outcomes', () => {
    const outcomes = new Set(program.cases.map((c) => c.expect.outcome));
    expect([...outcomes].sort()).toEqual(['eligible', 'ineligible', 'undetermined']);
    if (program.fidelity === 'statutory') expect(program.cases.length).toBeGreaterThanOrEqual(8);
  });

  it.each(program.cases.map((c) => [c.name, c] as const))('case: %s', (_n, c) => {
    const result = runCase(registry, program, c);
    expect(result.failures, JSON.stringify(result.evaluation.explanation, null, 1).slice(0, 3000)).toEqual(
      [],
    );
  });
});
