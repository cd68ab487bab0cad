/**
 * Makes a database to rehearse a restore on when no real one is at hand (CI): migrated, with a
 * deterministic synthetic population (feed simulator), a user, and access-log rows.
 *
 *   npx tsx tooling/ops/src/demo-source.ts <database-url> [households]
 */
import { appendAccessLog, createUser, openDatabase, RrnVault, schema } from '@bokji/db';
import { seedPopulation } from '@bokji/feed-simulator';

const [url, n] = process.argv.slice(2);
if (!url) {
  console.error('usage: demo-source.ts <database-url> [households]');
  process.exit(2);
}
const database = await openDatabase({ url, max: 2 });
const vault = new RrnVault(RrnVault.generateKeys());
const counts = await seedPopulation({
  database,
  vault,
  seed: 2026,
  households: Number(n ?? 100),
  referenceDate: '2026-03-01',
});
const user = await createUser(database.db, {
  username: 'drill-auditor',
  displayName: 'restore drill',
  role: 'auditor',
  regionCode: null,
  password: 'restore-drill-only-2026',
});
const people = await database.db.select({ id: schema.people.id }).from(schema.people).limit(50);
for (const p of people) {
  await appendAccessLog(database.db, [
    {
      userId: user.id,
      username: 'drill-auditor',
      role: 'auditor',
      ip: '127.0.0.1',
      requestId: null,
      action: 'drill.read',
      purpose: 'restore drill',
      personId: p.id,
      householdId: null,
      outcome: 'allowed',
    },
  ]);
}
await database.close();
console.log(
  `demo source: ${counts.households} households, ${counts.people} people, ${people.length} access-log rows`,
);
