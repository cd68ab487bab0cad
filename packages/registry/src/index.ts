import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRegistry, type ProgramDefinition, type Registry } from '@bokji/core';

const here = dirname(fileURLToPath(import.meta.url));
/** Where program packages live; `BOKJI_PROGRAMS_ROOT` points the registry at another folder (used by the authoring guide). */
export const programsRoot = process.env.BOKJI_PROGRAMS_ROOT
  ? resolve(process.env.BOKJI_PROGRAMS_ROOT)
  : resolve(here, '../../../programs');

export interface ProgramModule {
  ministryPackage: string;
  slug: string;
  file: string;
}

/** Every program folder: `programs/<ministry>/src/<slug>/index.ts`, sorted for stable order. */
export function findProgramModules(root = programsRoot): ProgramModule[] {
  const found: ProgramModule[] = [];
  for (const ministry of readdirSync(root, { withFileTypes: true })) {
    if (!ministry.isDirectory()) continue;
    const src = join(root, ministry.name, 'src');
    if (!existsSync(src)) continue;
    for (const slug of readdirSync(src, { withFileTypes: true })) {
      const file = join(src, slug.name, 'index.ts');
      if (slug.isDirectory() && existsSync(file))
        found.push({ ministryPackage: ministry.name, slug: slug.name, file });
    }
  }
  return found.sort((a, b) => a.file.localeCompare(b.file));
}

export async function loadPrograms(
  root = programsRoot,
): Promise<(ProgramDefinition & { slug: string; ministryPackage: string })[]> {
  const modules = findProgramModules(root);
  return Promise.all(
    modules.map(async (m) => {
      const mod = (await import(pathToFileURL(m.file).href)) as { default?: ProgramDefinition };
      if (!mod.default) throw new Error(`${m.file} has no default export (expected defineProgram({...}))`);
      return Object.assign(Object.create(null), mod.default, {
        slug: m.slug,
        ministryPackage: m.ministryPackage,
      });
    }),
  );
}

export { type CatalogueEntry, catalogueEntry, loadCatalogue } from './catalogue.js';
export { checkConformance } from './kit.js';
export { ministries, normaliseMinistry } from './ministries.js';
export { exportCatalogueCsv, exportRow, type RegistrySummary, summarizeRegistry } from './report.js';

let cached: Promise<Registry> | undefined;

/** Loads every plug-in and validates the registry once per process. */
export function loadRegistry(opts: { today?: string } = {}): Promise<Registry> {
  if (opts.today) return loadPrograms().then((ps) => createRegistry(ps, opts));
  cached ??= loadPrograms().then((ps) => createRegistry(ps));
  return cached;
}
