import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { scaffoldProgram } from './scaffold.js';

const usage = `usage: npm run new-program -- <servId> --slug <kebab-name> --en "<English name>" [--target person|household] [--root programs-folder]

Creates programs/<ministry>/src/<slug>/ (index.ts and cases.ts) from the Bokjiro catalogue entry.
Then write the criteria and cases, and run: npm run check-programs`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    slug: { type: 'string' },
    en: { type: 'string' },
    target: { type: 'string' },
    root: { type: 'string' },
    help: { type: 'boolean' },
  },
});
const servId = positionals[0];
if (values.help || !servId || !values.slug || !values.en) {
  console.log(usage);
  process.exit(values.help ? 0 : 2);
}
if (values.target && values.target !== 'person' && values.target !== 'household') {
  console.error('--target must be person or household');
  process.exit(2);
}
try {
  const { dir, createdPackage } = scaffoldProgram({
    servId,
    slug: values.slug,
    nameEn: values.en,
    ...(values.target ? { target: values.target as 'person' | 'household' } : {}),
    ...(values.root ? { root: resolve(values.root) } : {}),
  });
  console.log(`created ${dir}${createdPackage ? ' (and its ministry package: run npm install)' : ''}`);
  console.log('next: write the criteria in index.ts and the cases in cases.ts, then npm run check-programs');
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
