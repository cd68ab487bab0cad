/**
 * Backup: a consistent pg_dump (custom format) of DATABASE_URL plus a manifest taken in the same
 * snapshot — row counts of every table and the access log's last row and hash — which the restore
 * drill compares against.
 *
 *   npx tsx tooling/ops/src/backup.ts <database-url> <out.dump>      (writes <out>.manifest.json too)
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import pg from 'pg';

export interface Manifest {
  takenAt: string;
  database: string;
  counts: Record<string, number>;
  accessLogHead: { id: number; hash: string } | null;
  migrations: number;
}

/** Row counts of every table (public schema and the migration journal) and the access-log head. */
export async function manifestOf(client: pg.Client): Promise<Omit<Manifest, 'takenAt' | 'database'>> {
  const tables = (
    await client.query(
      `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    )
  ).rows.map((r) => r.table_name as string);
  const counts: Record<string, number> = {};
  for (const t of tables) {
    counts[t] = Number((await client.query(`select count(*)::bigint as n from "${t}"`)).rows[0].n);
  }
  const head = (await client.query('select id, hash from access_log order by id desc limit 1')).rows[0];
  const migrations = Number(
    (await client.query('select count(*)::int as n from drizzle.__drizzle_migrations')).rows[0].n,
  );
  return { counts, accessLogHead: head ? { id: Number(head.id), hash: head.hash } : null, migrations };
}

const redact = (url: string) => {
  const u = new URL(url);
  u.password = '';
  return u.toString();
};

if (process.argv[1]?.endsWith('backup.ts')) {
  const [url, out] = process.argv.slice(2);
  if (!url || !out) {
    console.error('usage: backup.ts <database-url> <out.dump>');
    process.exit(2);
  }
  mkdirSync(dirname(out), { recursive: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // One snapshot for the dump and the manifest: what is counted is exactly what is dumped.
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  const snapshot = (await client.query('select pg_export_snapshot() as s')).rows[0].s as string;
  const manifest: Manifest = {
    takenAt: new Date().toISOString(),
    database: redact(url),
    ...(await manifestOf(client)),
  };
  const started = Date.now();
  const code = await new Promise<number>((resolve) => {
    const p = spawn(
      'pg_dump',
      [
        '--format=custom',
        '--no-owner',
        '--no-privileges',
        `--snapshot=${snapshot}`,
        '--file',
        out,
        '--dbname',
        url,
      ],
      { stdio: 'inherit' },
    );
    p.on('exit', (c) => resolve(c ?? 1));
  });
  await client.query('COMMIT');
  await client.end();
  if (code !== 0) {
    console.error(`pg_dump failed (${code})`);
    process.exit(1);
  }
  const manifestFile = `${out.replace(/\.dump$/, '')}.manifest.json`;
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  const rows = Object.values(manifest.counts).reduce((a, b) => a + b, 0);
  console.log(
    `backup: ${out} (${Object.keys(manifest.counts).length} tables, ${rows} rows, access log head ${manifest.accessLogHead?.id ?? '-'}) in ${Date.now() - started} ms; manifest ${manifestFile}`,
  );
}
