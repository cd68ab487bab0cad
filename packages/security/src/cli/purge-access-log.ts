/**
 * `npm run purge-access-log [-- --retention-months 36]`
 *
 * The retention job: deletes access-log rows older than the retention (at least 24 months; the
 * database refuses anything younger), re-anchors the chain and logs its own run in the access log.
 * Run it with the database owner (on PostgreSQL the application role has no DELETE).
 */
import { hostname } from 'node:os';
import { purgeAccessLog } from '@bokji/db';
import { arg, openFromEnv } from './common.js';

const database = await openFromEnv();
try {
  const retentionMonths = Number(arg('retention-months') ?? 36);
  const result = await purgeAccessLog(database.db, { retentionMonths, by: `purge-access-log@${hostname()}` });
  console.log(JSON.stringify({ retentionMonths, ...result }));
} catch (err) {
  console.error(`purge-access-log: ${(err as Error).message}`);
  process.exitCode = 2;
} finally {
  await database.close();
}
