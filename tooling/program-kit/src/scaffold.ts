import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CatalogueEntry, catalogueEntry, ministries, programsRoot } from '@bokji/registry';

const cycleKo: Record<string, string> = {
  weekly: '매주',
  monthly: '매월',
  quarterly: '분기마다',
  semiannual: '반기마다',
  annual: '매년',
  once: '1회',
  asNeeded: '필요 시',
  other: '',
};
const provisionKo: Record<string, [string, string]> = {
  cash: ['현금 지급', 'cash'],
  voucher: ['바우처', 'voucher'],
  inKind: ['현물 지급', 'in kind'],
  service: ['서비스 제공', 'service'],
  loan: ['융자', 'loan'],
  reduction: ['감면', 'reduction'],
  facility: ['시설 입소', 'facility placement'],
  other: ['기타', 'other'],
};

const q = (s: string) => `'${s.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

export interface ScaffoldOptions {
  servId: string;
  slug: string;
  nameEn: string;
  target?: 'person' | 'household';
  root?: string;
}

export function programSource(entry: CatalogueEntry, opts: ScaffoldOptions): string {
  const [pko, pen] = provisionKo[entry.provision] ?? ['기타', 'other'];
  return `import { all, defineProgram, judgement, t, z } from '@bokji/core';
import { cases } from './cases.js';

export default defineProgram({
  id: ${q(entry.servId)},
  version: '2026.1',
  name: t(${q(entry.name)}, ${q(opts.nameEn)}),
  ministry: ${q(entry.ministry)},
  bureau: ${q(entry.bureau)},
  legalBasis: [],
  target: ${q(opts.target ?? 'person')},
  lifeCycle: ${JSON.stringify(entry.lifeCycle).replaceAll('"', "'")},
  situations: ${JSON.stringify(entry.situations).replaceAll('"', "'")},
  provision: ${q(entry.provision)},
  cycle: ${q(entry.cycle)},
  summary: t(${q(entry.summary)}, ${q(opts.nameEn)}),
  // RULES — write the criteria from the official texts (지원대상, 선정기준). Every legal number
  // (age, amount, share of the median) is a parameter in \`parameters\` below with its source;
  // where the texts give no threshold, keep a judgement(...) so the outcome is undetermined.
  criteria: all(
    undefined,
    judgement(t('지원 대상 요건', 'target requirements'), t(${q(entry.summary)}, ${q(`requirements of ${opts.nameEn}`)})),
  ),
  benefit: {
    description: t(${q(`${cycleKo[entry.cycle] ?? ''} ${pko}`.trim())}, ${q(pen)}),
  },
  form: {
    schema: z.object({
      consentToDataUse: z.literal(true).meta({ label: t('개인정보 수집·이용 및 제공 동의', 'consent to the collection, use and sharing of personal data') }),
    }),
    evidence: [{ id: 'application', label: t('사회보장급여 신청서', 'social security benefit application'), required: true }],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [{ title: ${q(`복지로 ${entry.name} (${entry.servId}), 2026 중앙부처 복지서비스 목록`)}, url: ${q(entry.url)}, status: 'official' }],
  fidelity: 'summary',
  parameters: [],
  cases,
});
`;
}

export function casesSource(): string {
  return `import type { ProgramCase } from '@bokji/core';

// Expected outcomes as data. Add an eligible and an ineligible case (values at each threshold and
// one won either side) once the criteria are written; the conformance suite requires all three.
export const cases: ProgramCase[] = [
  {
    name: '대상 요건을 판단할 자료 없음 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 40 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
`;
}

function ministryPackageFiles(slug: string, ministry: string, en: string): Record<string, string> {
  return {
    'package.json': `${JSON.stringify(
      {
        name: `@bokji/programs-${slug}`,
        version: '0.1.0',
        private: true,
        type: 'module',
        description: `${ministry} (${en}) programs`,
        scripts: { typecheck: 'tsc -p tsconfig.json' },
        dependencies: { '@bokji/core': '0.1.0' },
        devDependencies: { '@bokji/tsconfig': '0.0.0' },
      },
      null,
      2,
    )}\n`,
    'tsconfig.json': '{ "extends": "@bokji/tsconfig/base.json", "include": ["src"] }\n',
    'README.md': `# @bokji/programs-${slug} — ${ministry} (${en})\n\nOne folder per program under \`src/<slug>/\`: \`index.ts\` default-exports \`defineProgram({...})\`,\n\`cases.ts\` holds its expected outcomes as data. The registry finds the folders by itself.\n\nMay import \`@bokji/core\` only.\n`,
  };
}

/**
 * Creates `programs/<ministry>/src/<slug>/{index.ts,cases.ts}` from the catalogue entry (and the
 * ministry package if it is new). Refuses to overwrite an existing program folder.
 */
export function scaffoldProgram(opts: ScaffoldOptions): { dir: string; createdPackage: boolean } {
  const entry = catalogueEntry(opts.servId);
  if (!entry) throw new Error(`${opts.servId} is not in the Bokjiro catalogue`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(opts.slug)) throw new Error('slug must be kebab-case (a-z, 0-9, -)');
  const ministry = ministries[entry.ministry];
  if (!ministry) throw new Error(`no package for ministry ${entry.ministry}`);
  const root = opts.root ?? programsRoot;
  const pkgDir = join(root, ministry.slug);
  let createdPackage = false;
  if (!existsSync(join(pkgDir, 'package.json'))) {
    mkdirSync(join(pkgDir, 'src'), { recursive: true });
    for (const [file, text] of Object.entries(
      ministryPackageFiles(ministry.slug, entry.ministry, ministry.en),
    )) {
      writeFileSync(join(pkgDir, file), text);
    }
    createdPackage = true;
  }
  const dir = join(pkgDir, 'src', opts.slug);
  if (existsSync(dir)) throw new Error(`${dir} already exists`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.ts'), programSource(entry, opts));
  writeFileSync(join(dir, 'cases.ts'), casesSource());
  return { dir, createdPackage };
}
