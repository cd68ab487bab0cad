import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRegistry } from '@bokji/core';
import { checkConformance, loadPrograms } from '@bokji/registry';
import { afterAll, describe, expect, it } from 'vitest';
import { scaffoldProgram } from './scaffold.js';

// Inside the workspace so the scaffolded files resolve @bokji/core like real programs do.
const root = join(import.meta.dirname, '../.tmp-programs');
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Modules are cached once imported, so each check reads a program folder not loaded before.
async function conformance(id: string) {
  const program = (await loadPrograms(root)).find((p) => p.id === id);
  const registry = createRegistry([program!]);
  return checkConformance(registry, registry.get(program!.id)!, program!);
}

describe('npm run new-program', () => {
  it('scaffolds a plug-in that passes the suite once its rules are written', async () => {
    rmSync(root, { recursive: true, force: true });
    const first = scaffoldProgram({
      servId: 'WLF00000022',
      slug: 'industrial-accident-psych-rehab',
      nameEn: 'Psychosocial rehabilitation for injured workers',
      root,
    });
    expect(first.createdPackage).toBe(true);
    const source = readFileSync(join(first.dir, 'index.ts'), 'utf8');
    expect(source).toContain("ministry: '고용노동부'");
    expect(source).toContain('산재근로자 사회심리재활지원');

    // Before the rules are written the kit says exactly what is missing.
    expect(await conformance('WLF00000022')).toEqual([
      'criteria can never be ineligible: at least one requirement must be decidable from data (or declare openToAll with the reason)',
    ]);
    rmSync(root, { recursive: true, force: true });
    const { dir } = scaffoldProgram({
      servId: 'WLF00000022',
      slug: 'psych-rehab',
      nameEn: 'Psychosocial rehabilitation for injured workers',
      root,
    });

    // "Writing the rules": a sourced age parameter, a fact criterion, and the cases.
    writeFileSync(
      join(dir, 'index.ts'),
      source
        .replace(
          "import { all, defineProgram, judgement, t, z } from '@bokji/core';",
          "import { all, cmp, defineProgram, fact, judgement, lit, param, t, v, z } from '@bokji/core';",
        )
        .replace(
          /criteria: all\([\s\S]*?\n {2}\),\n/,
          `criteria: all(
    undefined,
    cmp(t('근로자 연령', 'worker age'), v('person.age'), '>=', param('example.minAge')),
    cmp(t('산재 장해', 'work injury'), fact('disability'), '==', lit(true)),
  ),
`,
        )
        .replace(
          'parameters: [],',
          `parameters: [
    {
      id: 'example.minAge',
      label: t('최소 연령', 'minimum age'),
      unit: 'years',
      versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 18 }, sources: [{ title: 'example', status: 'official' }] }],
    },
  ],`,
        ),
    );
    writeFileSync(
      join(dir, 'cases.ts'),
      `import type { ProgramCase } from '@bokji/core';
export const cases: ProgramCase[] = [
  { name: 'eligible', date: '2026-03-01', household: { members: [{ age: 18, facts: { disability: { severity: 'mild' } } }] }, expect: { outcome: 'eligible' } },
  { name: 'too young', date: '2026-03-01', household: { members: [{ age: 17, facts: { disability: { severity: 'mild' } } }] }, expect: { outcome: 'ineligible' } },
  { name: 'no injury', date: '2026-03-01', household: { members: [{ age: 30 }] }, expect: { outcome: 'ineligible' } },
  { name: 'before 2026', date: '2025-06-01', household: { members: [{ age: 30, facts: { disability: { severity: 'mild' } } }] }, expect: { outcome: 'undetermined', missing: ['parameter:example.minAge'] } },
];
`,
    );
    expect(await conformance('WLF00000022')).toEqual([]);
  });

  it('refuses an id outside the catalogue and an existing folder', () => {
    expect(() => scaffoldProgram({ servId: 'WLF99999999', slug: 'x', nameEn: 'X', root })).toThrow(
      /not in the Bokjiro catalogue/,
    );
    scaffoldProgram({ servId: 'WLF00000023', slug: 'savings', nameEn: 'Savings', root });
    expect(() =>
      scaffoldProgram({ servId: 'WLF00000023', slug: 'savings', nameEn: 'Savings', root }),
    ).toThrow(/already exists/);
  });
});
