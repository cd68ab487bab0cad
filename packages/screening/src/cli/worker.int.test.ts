import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addRecords } from '@bokji/db';
import { describe, expect, it, vi } from 'vitest';
import { getRun } from '../db/runs.js';
import { ScreeningService } from '../service.js';
import { explainedOutcomes, populatedDatabase, storedOutcomes } from '../testing/population.js';

vi.setConfig({ testTimeout: 120_000 });

const DATE = '2026-03-15';
const url = process.env.TEST_DATABASE_URL;
const pkg = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// Workers take jobs from pg-boss on PostgreSQL; the embedded database has no worker.
describe.skipIf(!url)('a screening worker with --changes-interval-ms (PostgreSQL)', () => {
  it('drains the change marks: a record entered anywhere reaches the latest population run', async () => {
    const { database, conn, registry, householdIds } = await populatedDatabase('worker-changes', 12, DATE);
    const service = new ScreeningService(conn, registry, { inProcess: true });
    try {
      const run = await service.start({ referenceDate: DATE, partitionSize: 100 });
      await service.idle();
      const { keep } = await getRun(conn, run.id);
      const household = householdIds[3]!;
      const members = (
        await conn.query<{ person_id: string }>(
          'SELECT person_id::text AS person_id FROM memberships WHERE household_id = $1',
          [household],
        )
      ).map((m) => m.person_id);
      // A severe disability entered by hand for every member: marked, not yet re-screened.
      await database.db.transaction(async (tx) => {
        for (const m of members)
          await addRecords(tx, m, [
            {
              category: 'fact',
              kind: 'disability',
              value: { registered: true, severity: 'severe' },
              sourceAgency: '주민센터',
              dataType: 'mohw.disability',
              periodFrom: '2026-01-01',
            },
          ] as never);
      });
      const expected = await explainedOutcomes({ database, registry }, [household], DATE, keep);
      expect(await storedOutcomes(conn, run.id, [household])).not.toEqual(expected);

      const u = new URL(url!);
      u.pathname = database.location.slice(database.location.indexOf('/'));
      const worker = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          'src/cli/worker.ts',
          '--database-url',
          u.toString(),
          '--changes-interval-ms',
          '200',
        ],
        { cwd: pkg, stdio: 'ignore' },
      );
      try {
        await expect
          .poll(async () => (await conn.query('SELECT person_id FROM screening_changes')).length, {
            timeout: 60_000,
            interval: 250,
          })
          .toBe(0);
        expect(await storedOutcomes(conn, run.id, [household])).toEqual(expected);
      } finally {
        worker.kill('SIGTERM');
        await once(worker, 'exit');
      }
    } finally {
      await service.stop();
      await database.close();
    }
  });
});
