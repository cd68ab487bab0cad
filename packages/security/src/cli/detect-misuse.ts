/**
 * `npm run detect-misuse [-- --from 2026-03-01 --to 2026-03-31]`
 *
 * Runs the misuse rules over the access log for local days [from, to] (default: yesterday) and
 * stores new alerts for the privacy officer (GET /api/v1/security/alerts). Idempotent.
 */
import { logJob, runDetection } from '../index.js';
import { arg, openFromEnv } from './common.js';

const yesterday = new Date(Date.now() + 9 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
const from = arg('from') ?? yesterday;
const to = arg('to') ?? from;
const database = await openFromEnv();
try {
  const r = await runDetection(database.db, { from, to });
  await logJob(
    database.db,
    'security.detect',
    `detection ${from}..${to}: ${r.alerts} alerts, ${r.created} new`,
    'detect-misuse',
  );
  console.log(JSON.stringify({ from, to, events: r.events, alerts: r.alerts, created: r.created }));
} catch (err) {
  console.error(`detect-misuse: ${(err as Error).message}`);
  process.exitCode = 2;
} finally {
  await database.close();
}
