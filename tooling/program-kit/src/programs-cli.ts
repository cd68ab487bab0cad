import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { exportCatalogueCsv, exportRow, loadRegistry, summarizeRegistry } from '@bokji/registry';

const usage = `usage: npm run programs -- --summary            counts per ministry and fidelity, catalogue coverage
       npm run programs -- --export json|csv [--out FILE]`;

const { values } = parseArgs({
  options: {
    summary: { type: 'boolean' },
    export: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean' },
  },
});
const registry = await loadRegistry();

if (values.summary) {
  const s = summarizeRegistry(registry);
  console.log(`programs: ${s.total} (statutory ${s.byFidelity.statutory}, summary ${s.byFidelity.summary})`);
  console.log(`Bokjiro catalogue: ${s.catalogue.covered} of ${s.catalogue.total} services present`);
  console.log('');
  console.log(
    `${'ministry'.padEnd(14)} ${'total'.padStart(5)} ${'statutory'.padStart(9)} ${'summary'.padStart(7)}`,
  );
  for (const m of s.byMinistry) {
    console.log(
      `${m.ministry.padEnd(14 - [...m.ministry].length + m.ministry.length)} ${String(m.total).padStart(5)} ${String(m.statutory).padStart(9)} ${String(m.summary).padStart(7)}`,
    );
  }
  if (s.catalogue.missing.length) {
    const shown = s.catalogue.missing.slice(0, 20).join(', ');
    console.log(
      `\nnot yet present (${s.catalogue.missing.length}): ${shown}${s.catalogue.missing.length > 20 ? ', …' : ''}`,
    );
  }
} else if (values.export === 'json' || values.export === 'csv') {
  const programs = registry.list();
  const text =
    values.export === 'csv'
      ? exportCatalogueCsv(programs)
      : `${JSON.stringify(programs.map(exportRow), null, 2)}\n`;
  if (values.out) {
    writeFileSync(values.out, text);
    console.log(`wrote ${programs.length} programs to ${values.out}`);
  } else process.stdout.write(text);
} else {
  console.log(usage);
  process.exit(values.help ? 0 : 2);
}
