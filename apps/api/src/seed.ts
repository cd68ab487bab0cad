import { maskRrn } from '@bokji/core';
import { countUsers, createUser, type Database, type RrnVault, schema } from '@bokji/db';
import { generatePopulation } from '@bokji/synthpop';
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
  const counts = { users: demoUsers.length, households: 0, people: 0, records: 0 };
  const batch: ReturnType<typeof generatePopulation> extends Iterable<infer T> ? T[] : never = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await db.transaction(async (tx) => {
      const people = batch.flatMap((h) => h.people);
      await tx.insert(schema.people).values(
        people.map((p) => ({
          id: p.id,
          name: p.name,
          birthDate: p.birthDate,
          sex: p.sex,
          nationality: p.nationality,
          residencyStatus: p.residencyStatus,
          deathDate: null,
          rrnCipher: opts.vault.encrypt(p.rrn),
          rrnHash: opts.vault.hash(p.rrn),
          rrnMasked: maskRrn(p.rrn),
        })),
      );
      const residences = batch.map((h) => h.household);
      await tx.insert(schema.households).values(
        residences.map((h) => ({
          id: h.id,
          ...h.residence,
          monthlyRentKrw: h.residence.monthlyRentKrw ?? null,
          depositKrw: h.residence.depositKrw ?? null,
        })),
      );
      await tx.insert(schema.householdResidences).values(
        batch.map((h) => ({
          householdId: h.household.id,
          ...h.household.residence,
          monthlyRentKrw: h.household.residence.monthlyRentKrw ?? null,
          depositKrw: h.household.residence.depositKrw ?? null,
          effectiveFrom: h.memberships[0]!.effectiveFrom,
          kind: 'succession',
        })),
      );
      await tx.insert(schema.memberships).values(
        batch.flatMap((h) =>
          h.memberships.map((m) => ({
            householdId: h.household.id,
            personId: m.personId,
            relation: m.relation,
            effectiveFrom: m.effectiveFrom,
            startReason: m.reason,
          })),
        ),
      );
      const records = batch.flatMap((h) => h.records);
      for (let i = 0; i < records.length; i += 1000) {
        await tx.insert(schema.linkedRecords).values(
          records.slice(i, i + 1000).map((r) => ({
            personId: r.personId,
            category: r.category,
            kind: r.kind,
            amountKrw: r.category === 'fact' ? null : r.amountKrw,
            value: r.category === 'fact' ? (r.value as object) : null,
            sourceAgency: r.sourceAgency,
            dataType: r.dataType,
            periodFrom: r.periodFrom,
            periodTo: r.periodTo ?? null,
          })),
        );
      }
      counts.households += batch.length;
      counts.people += people.length;
      counts.records += records.length;
    });
    batch.length = 0;
  };
  let index = 0;
  for (const h of generatePopulation({
    seed: opts.seed ?? 2026,
    households: opts.households,
    referenceDate: opts.referenceDate ?? new Date().toISOString().slice(0, 10),
  })) {
    const region = demoRegion(index++);
    if (region) {
      h.household.residence = {
        ...h.household.residence,
        regionCode: region.code,
        address: `${region.prefix} 가상로 ${index}`,
      };
    }
    batch.push(h);
    if (batch.length >= 100) await flush();
  }
  await flush();
  opts.log?.('seed complete', counts);
  return counts;
}
