import { type CaseActor, type Registry, todayIso } from '@bokji/core';
import { countUsers, createUser, type Database, type RrnVault } from '@bokji/db';
import { seedPopulation } from '@bokji/feed-simulator';
import type { AppDeps } from './context.js';
import {
  type DemoCounts,
  STAGES_WITH_SUPERVISOR,
  STAGES_WITHOUT_SUPERVISOR,
  seedCasework,
} from './demo-casework.js';
import { DEMO_PASSWORD, demoUsers } from './demo-users.js';
import { screeningFor } from './routes/screening.js';

/** Half the demo households live in 종로구 and a quarter in 강남구, so both demo caseworkers have work. */
function demoRegion(index: number): { code: string; prefix: string } | undefined {
  if (index % 2 === 0) return { code: '11110', prefix: '서울특별시 종로구' };
  if (index % 4 === 1) return { code: '11680', prefix: '서울특별시 강남구' };
  return undefined;
}

/**
 * On first start (no users yet): the demo users, a deterministic synthetic population and its
 * casework (demo-casework.ts: applications at every stage in 종로구 and 강남구, recipients in 종로구).
 * Returns what was written, or undefined when the database already had data.
 */
export async function seedIfEmpty(opts: {
  database: Database;
  vault: RrnVault;
  registry: Registry;
  households: number;
  seed?: number;
  referenceDate?: string;
  log?: (msg: string, extra?: Record<string, unknown>) => void;
}): Promise<
  ({ users: number; households: number; people: number; records: number } & DemoCounts) | undefined
> {
  const { db } = opts.database;
  if ((await countUsers(db)) > 0) return undefined;
  const users = new Map<string, CaseActor>();
  for (const u of demoUsers) {
    const user = await createUser(db, { ...u, password: DEMO_PASSWORD });
    users.set(u.username, { id: user.id, role: u.role as CaseActor['role'] });
  }
  const referenceDate = opts.referenceDate ?? todayIso();
  const inRegion = new Map<string, string[]>();
  const counts = await seedPopulation({
    database: opts.database,
    vault: opts.vault,
    seed: opts.seed ?? 2026,
    households: opts.households,
    referenceDate,
    place: (h, index) => {
      const region = demoRegion(index);
      if (!region) return;
      h.household.residence = {
        ...h.household.residence,
        regionCode: region.code,
        address: `${region.prefix} 가상로 ${index + 1}`,
      };
      const list = inRegion.get(region.code) ?? [];
      list.push(h.household.id);
      inRegion.set(region.code, list);
    },
  });
  const casework = await seedCasework({ db, registry: opts.registry, today: () => referenceDate }, [
    {
      householdIds: inRegion.get('11110') ?? [],
      caseworker: users.get('cw-jongno')!,
      supervisor: users.get('sv-jongno')!,
      stages: STAGES_WITH_SUPERVISOR,
      rejected: 1,
      changed: 3,
    },
    {
      householdIds: inRegion.get('11680') ?? [],
      caseworker: users.get('cw-gangnam')!,
      stages: STAGES_WITHOUT_SUPERVISOR,
      rejected: 0,
      changed: 0,
    },
  ]);
  const result = { users: demoUsers.length, ...counts, ...casework };
  opts.log?.('seed complete', result);
  return result;
}

/**
 * After a first start's seed: the population screened once against every program, so that the
 * 복지 사각지대 발굴 page has leads at once instead of waiting for an administrator's run. On the
 * embedded database the run goes on in this process; on PostgreSQL it is queued for the screening
 * workers (or screened here with BOKJI_SCREENING_IN_PROCESS), as any run is.
 */
export function screenSeededPopulation(deps: AppDeps) {
  return screeningFor(deps).start({ referenceDate: deps.today() });
}
