/**
 * Verifies a restored database against the backup's manifest: the same row count in every table,
 * the same access-log head (id and hash), the access log's hash chain intact from its anchor
 * (`verifyAccessLog`), and the migrations current. Exit 0 only if everything holds.
 *
 *   npx tsx tooling/ops/src/verify-restore.ts <backup.manifest.json> <restored-database-url>
 */
import { readFileSync } from 'node:fs';
import { migrationStatus, openDatabase, verifyAccessLog } from '@bokji/db';
import pg from 'pg';
import { type Manifest, manifestOf } from './backup.js';

const [manifestFile, url] = process.argv.slice(2);
if (!manifestFile || !url) {
  console.error('usage: verify-restore.ts <backup.manifest.json> <restored-database-url>');
  process.exit(2);
}
const expected = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
const client = new pg.Client({ connectionString: url });
await client.connect();
const actual = await manifestOf(client);
await client.end();

const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? '  ✓' : '  ✗'} ${what}`);
  if (!ok) failures.push(what);
};
console.log(`restore drill: ${url.replace(/\/\/[^@]*@/, '//')} against the backup of ${expected.takenAt}`);
const tables = [...new Set([...Object.keys(expected.counts), ...Object.keys(actual.counts)])].sort();
let rows = 0;
for (const t of tables) {
  rows += actual.counts[t] ?? 0;
  if (expected.counts[t] !== actual.counts[t])
    check(false, `${t}: ${actual.counts[t] ?? 'missing'} rows, backup had ${expected.counts[t] ?? 'none'}`);
}
check(
  tables.every((t) => expected.counts[t] === actual.counts[t]),
  `row counts equal in all ${tables.length} tables (${rows} rows)`,
);
check(
  JSON.stringify(expected.accessLogHead) === JSON.stringify(actual.accessLogHead),
  `access-log head equal (id ${actual.accessLogHead?.id ?? '-'}, hash ${actual.accessLogHead?.hash.slice(0, 12) ?? '-'}…)`,
);
const database = await openDatabase({ url, max: 1, migrate: false });
const chain = await verifyAccessLog(database.db);
check(
  chain.ok,
  `access-log hash chain verifies (${chain.rows} rows${chain.ok ? '' : `, broken at id ${chain.brokenAtId}`})`,
);
const migrations = await migrationStatus(database.db);
check(migrations.current, `migrations current (${migrations.applied} of ${migrations.expected})`);
await database.close();
console.log(failures.length === 0 ? 'restore drill passed' : `restore drill FAILED (${failures.length})`);
process.exit(failures.length === 0 ? 0 : 1);
