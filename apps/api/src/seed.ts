import { countUsers, createUser, type Database, type RrnVault } from '@bokji/db';
import { seedPopulation } from '@bokji/feed-simulator';
import { DEMO_PASSWORD, demoUsers } from './demo-users.js';

/** Half the demo households live in 종로구 and a quarter in 강남구, so both demo caseworkers have work. */
function demoRegion(index: number): { code: string; prefix: string } | undefined {
  if (index % 2 === 0) return { code: '11110', prefix: '서울특별시 종로구' };
  if (index % 4 === 1) return { code: '11680', prefix: '서울특별시 강남구' };
  return undefined;
}

/**
 * On first start (no users yet): the demo users and a deterministic synthetic population.
 * Returns what was written, or undefined when the database already had data.
 */
export async function seedIfEmpty(opts: {
  database: Database;
  vault: RrnVault;
  households: number;
  seed?: number;
  referenceDate?: string;
  log?: (msg: string, extra?: Record<string, unknown>) => void;
}): Promise<{ users: number; households: number; people: number; records: number } | undefined> {
  const { db } = opts.database;
  if ((await countUsers(db)) > 0) return undefined;
  for (const u of demoUsers) await createUser(db, { ...u, password: DEMO_PASSWORD });
  const counts = await seedPopulation({
    database: opts.database,
    vault: opts.vault,
    seed: opts.seed ?? 2026,
    households: opts.households,
    referenceDate: opts.referenceDate ?? new Date().toISOString().slice(0, 10),
    place: (h, index) => {
      const region = demoRegion(index);
      if (region)
        h.household.residence = {
          ...h.household.residence,
          regionCode: region.code,
          address: `${region.prefix} 가상로 ${index + 1}`,
        };
    },
  });
  const result = { users: demoUsers.length, ...counts };
  opts.log?.('seed complete', result);
  return result;
}
