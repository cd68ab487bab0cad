/**
 * Applies the checked-in migrations to DATABASE_URL and exits: the upgrade step before new API
 * instances start (they can then run with BOKJI_MIGRATE=off). Safe to run from several places at
 * once: migrations are serialised by an advisory lock.
 */
import { migrationStatus, openDatabase } from '@bokji/db';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is required');
  process.exit(2);
}
const before = Date.now();
const database = await openDatabase({ url, max: 1 });
const status = await migrationStatus(database.db);
await database.close();
console.log(
  JSON.stringify({
    msg: 'migrations applied',
    applied: status.applied,
    expected: status.expected,
    current: status.current,
    ms: Date.now() - before,
  }),
);
process.exit(status.current ? 0 : 1);
