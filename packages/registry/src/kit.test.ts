import type { ProgramDefinition } from '@bokji/core';
import { describe, expect, it } from 'vitest';
import { detailRecord } from './catalogue.js';
import { loadRegistry } from './index.js';
import { statutoryProblems } from './kit.js';

const registry = await loadRegistry();
const statutory = registry.list().filter((p) => p.fidelity === 'statutory');

describe('statutory fidelity', () => {
  it('refuses a program marked statutory without a detail record of the year', () => {
    const summary = registry.list().find((p) => p.fidelity === 'summary' && !detailRecord(p.id))!;
    const promoted: ProgramDefinition = { ...summary, fidelity: 'statutory' };
    expect(statutoryProblems(promoted)).toContainEqual(
      expect.stringContaining('without its 2026 Bokjiro detail record'),
    );
  });

  it('refuses a 2026 figure that only a secondary source gives, and fewer than 8 cases', () => {
    const withParams = statutory.find((p) => (p.parameters ?? []).length > 0)!;
    const def = withParams.parameters![0]!;
    const weakened: ProgramDefinition = {
      ...withParams,
      cases: withParams.cases.slice(0, 7),
      parameters: [
        {
          ...def,
          versions: def.versions.map((v) => ({
            ...v,
            sources: [{ title: 'a blog post', status: 'secondary' as const }],
          })),
        },
      ],
    };
    const problems = statutoryProblems(weakened);
    expect(problems).toContain('statutory programs need at least 8 cases');
    expect(problems).toContainEqual(
      expect.stringMatching(new RegExp(`parameter ${def.id} .* secondary sources only`)),
    );
  });

  it('reads a vendored record field for field', () => {
    const withRecord = statutory.find((p) => detailRecord(p.id))!;
    const record = detailRecord(withRecord.id)!;
    expect(record.crtrYr).toBe('2026');
    expect(record.servId).toBe(withRecord.id);
    expect(record.alwServCn.length + record.tgtrDtlCn.length).toBeGreaterThan(0);
  });
});
