import { describe, expect, it } from 'vitest';
import { describeCriterion, exercisedLeaves, leavesOf, runCase } from '@bokji/core';
import { z } from 'zod';
import { loadCatalogue } from './catalogue.js';
import { loadPrograms, loadRegistry } from './index.js';
import { ministries } from './ministries.js';

/**
 * The program kit: one suite that runs for every plug-in, with no per-program test code. It is
 * what a ministry team runs after writing a program's rules (`npx vitest run` in packages/registry).
 */
const registry = await loadRegistry();
const located = new Map((await loadPrograms()).map((p) => [p.id, p]));
const programs = registry.list();
const catalogue = new Map(loadCatalogue().map((e) => [e.servId, e]));

describe('program registry', () => {
  it('loads every program folder and validates them together', () => {
    expect(programs.length).toBeGreaterThan(0);
    expect(new Set(programs.map((p) => p.id)).size).toBe(programs.length);
  });
});

describe.each(programs.map((p) => [`${p.id} ${p.name.ko}`, p] as const))('%s', (_name, program) => {
  it('matches its Bokjiro catalogue entry and lives in its ministry’s package', () => {
    if (program.id.startsWith('BOKJI-')) return;
    const entry = catalogue.get(program.id);
    expect(entry, `${program.id} is not in the Bokjiro catalogue`).toBeDefined();
    expect(program.ministry).toBe(entry!.ministry);
    expect(located.get(program.id)!.ministryPackage).toBe(ministries[entry!.ministry]!.slug);
    expect(program.name.ko.length).toBeGreaterThan(0);
    expect(program.name.en).toMatch(/[A-Za-z]/);
  });

  it('explains its criteria in Korean and English', () => {
    for (const lang of ['ko', 'en'] as const) {
      const lines = describeCriterion(program.criteria, lang, registry);
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.join('\n')).not.toMatch(/undefined/);
    }
  });

  it('has a renderable application form with labelled fields', () => {
    const schema = z.toJSONSchema(program.form.schema, { unrepresentable: 'any' }) as { properties?: object };
    expect(Object.keys(schema.properties ?? {}).length).toBeGreaterThan(0);
  });

  it('has cases covering eligible, ineligible and undetermined outcomes', () => {
    const outcomes = new Set(program.cases.map((c) => c.expect.outcome));
    expect([...outcomes].sort()).toEqual(['eligible', 'ineligible', 'undetermined']);
    if (program.fidelity === 'statutory') expect(program.cases.length).toBeGreaterThanOrEqual(8);
  });

  it('exercises every criterion in some case', () => {
    const exercised = new Set<string>();
    for (const c of program.cases) {
      for (const path of exercisedLeaves(program.criteria, runCase(registry, program, c).evaluation.explanation)) exercised.add(path);
    }
    const missed = leavesOf(program.criteria).filter((l) => !exercised.has(l.path));
    expect(missed, 'criteria no case decides').toEqual([]);
  });

  it.each(program.cases.map((c) => [c.name, c] as const))('case: %s', (_n, c) => {
    const result = runCase(registry, program, c);
    expect(result.failures, JSON.stringify(result.evaluation.explanation, null, 1).slice(0, 3000)).toEqual([]);
  });
});
