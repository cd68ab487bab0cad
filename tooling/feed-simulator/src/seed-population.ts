import { maskRrn } from '@bokji/core';
import { type Database, type RrnVault, reportProgress, schema } from '@bokji/db';
import { generatePopulation, type SyntheticHousehold } from '@bokji/synthpop';

/**
 * Writes a deterministic synthetic population into the database in batches of 100 households
 * (people with encrypted RRNs, households, residences, memberships, linked records).
 * `place` may move households (e.g. the demo concentrates them in two 시군구).
 */
export async function seedPopulation(opts: {
  database: Database;
  vault: RrnVault;
  seed: number;
  households: number;
  referenceDate: string;
  place?: (h: SyntheticHousehold, index: number) => void;
}): Promise<{ households: number; people: number; records: number }> {
  const { db } = opts.database;
  const counts = { households: 0, people: 0, records: 0 };
  let batch: SyntheticHousehold[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    await db.transaction(async (tx) => {
      const people = current.flatMap((h) => h.people);
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
      await tx.insert(schema.households).values(
        current.map((h) => ({
          id: h.household.id,
          ...h.household.residence,
          monthlyRentKrw: h.household.residence.monthlyRentKrw ?? null,
          depositKrw: h.household.residence.depositKrw ?? null,
        })),
      );
      await tx.insert(schema.householdResidences).values(
        current.map((h) => ({
          householdId: h.household.id,
          ...h.household.residence,
          monthlyRentKrw: h.household.residence.monthlyRentKrw ?? null,
          depositKrw: h.household.residence.depositKrw ?? null,
          effectiveFrom: h.memberships[0]!.effectiveFrom,
          kind: 'succession',
        })),
      );
      await tx.insert(schema.memberships).values(
        current.flatMap((h) =>
          h.memberships.map((m) => ({
            householdId: h.household.id,
            personId: m.personId,
            relation: m.relation,
            effectiveFrom: m.effectiveFrom,
            startReason: m.reason,
          })),
        ),
      );
      const records = current.flatMap((h) => h.records);
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
      counts.households += current.length;
      counts.people += people.length;
      counts.records += records.length;
    });
    reportProgress({ kind: 'seed', done: counts.households, total: opts.households, counts: { ...counts } });
  };
  let index = 0;
  for (const h of generatePopulation({
    seed: opts.seed,
    households: opts.households,
    referenceDate: opts.referenceDate,
  })) {
    opts.place?.(h, index++);
    batch.push(h);
    if (batch.length >= 100) await flush();
  }
  await flush();
  reportProgress({
    kind: 'seed',
    done: counts.households,
    total: opts.households,
    finished: true,
    counts: { ...counts },
  });
  return counts;
}
