/**
 * `npm run verify-access-log [-- --checkpoint <file>] [--no-update]`
 *
 * Verifies the access log's hash chain: every changed, deleted, inserted or reordered row is
 * reported. With `--checkpoint`, the heads recorded in that file (kept outside the database, e.g.
 * on WORM storage or with the auditor) must still be in the chain — that catches a cut tail or a
 * chain rebuilt from scratch — and, when all is well, the current head is appended to it.
 * Exit 0: intact; 1: tampering found; 2: could not run.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { type ChainCheckpoint, verifyAccessLogChain } from '@bokji/db';
import { arg, flag, openFromEnv } from './common.js';

export async function main(): Promise<number> {
  const file = arg('checkpoint');
  const checkpoints: (ChainCheckpoint & { at?: string })[] =
    file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
  const database = await openFromEnv();
  try {
    const report = await verifyAccessLogChain(database.db, { checkpoints });
    console.log(JSON.stringify({ ...report, checkpointsChecked: checkpoints.length }, null, 2));
    if (report.ok && file && report.head && !flag('no-update')) {
      const last = checkpoints[checkpoints.length - 1];
      if (!last || last.id !== report.head.id)
        writeFileSync(
          file,
          JSON.stringify([...checkpoints, { ...report.head, at: new Date().toISOString() }], null, 2),
        );
    }
    if (!report.ok) console.error(`access log: ${report.problems.length} problem(s) — see "problems"`);
    return report.ok ? 0 : 1;
  } finally {
    await database.close();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  main().then(
    (code) => process.exit(code),
    (err: Error) => {
      console.error(`verify-access-log: ${err.message}`);
      process.exit(2);
    },
  );
}
