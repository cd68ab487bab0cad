import type { ProgramDefinition, Registry } from '@bokji/core';
import { stringify } from 'csv-stringify/sync';
import { loadCatalogue } from './catalogue.js';

export interface RegistrySummary {
  total: number;
  byFidelity: { statutory: number; summary: number };
  byMinistry: { ministry: string; total: number; statutory: number; summary: number }[];
  catalogue: { total: number; covered: number; missing: string[] };
}

/** Counts per ministry and fidelity, and coverage of the Bokjiro catalogue. The CLI and the API both print this. */
export function summarizeRegistry(registry: Registry): RegistrySummary {
  const programs = registry.list();
  const byMinistry = new Map<
    string,
    { ministry: string; total: number; statutory: number; summary: number }
  >();
  for (const p of programs) {
    const row = byMinistry.get(p.ministry) ?? { ministry: p.ministry, total: 0, statutory: 0, summary: 0 };
    row.total += 1;
    row[p.fidelity] += 1;
    byMinistry.set(p.ministry, row);
  }
  const catalogue = loadCatalogue();
  const missing = catalogue.filter((e) => !registry.programs.has(e.servId)).map((e) => e.servId);
  return {
    total: programs.length,
    byFidelity: {
      statutory: programs.filter((p) => p.fidelity === 'statutory').length,
      summary: programs.filter((p) => p.fidelity === 'summary').length,
    },
    byMinistry: [...byMinistry.values()].sort(
      (a, b) => b.total - a.total || a.ministry.localeCompare(b.ministry),
    ),
    catalogue: { total: catalogue.length, covered: catalogue.length - missing.length, missing },
  };
}

/** One flat row per program for export. */
export function exportRow(p: ProgramDefinition) {
  return {
    id: p.id,
    version: p.version,
    nameKo: p.name.ko,
    nameEn: p.name.en,
    ministry: p.ministry,
    bureau: p.bureau ?? '',
    target: p.target,
    lifeCycle: p.lifeCycle.join('|'),
    situations: p.situations.join('|'),
    provision: p.provision,
    cycle: p.cycle,
    fidelity: p.fidelity,
    summaryKo: p.summary.ko,
    summaryEn: p.summary.en,
    legalBasis: p.legalBasis.map((l) => l.ko).join('; '),
    sources: p.sources.map((s) => s.url ?? s.title).join(' | '),
  };
}

export function exportCatalogueCsv(programs: ProgramDefinition[]): string {
  return stringify(programs.map(exportRow), { header: true, bom: true });
}
