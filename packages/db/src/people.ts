import { conflict, maskRrn, notFound, type Person, type PersonInput } from '@bokji/core';
import { eq, inArray, sql } from 'drizzle-orm';
import { markChanged } from './changes.js';
import type { Db, Tx } from './client.js';
import type { RrnVault } from './pii.js';
import { people } from './schema.js';

type Row = typeof people.$inferSelect;

export function toPerson(r: Row): Person {
  return {
    id: r.id,
    name: r.name,
    birthDate: r.birthDate,
    sex: r.sex as Person['sex'],
    nationality: r.nationality,
    residencyStatus: r.residencyStatus as Person['residencyStatus'],
    deathDate: r.deathDate,
    rrnMasked: r.rrnMasked,
  };
}

/** Creates a person; the RRN is encrypted and hashed, never stored in plain text. A duplicate RRN is a conflict. */
export async function createPerson(
  tx: Tx | Db,
  input: PersonInput,
  vault: RrnVault,
  createdBy?: string,
): Promise<Person> {
  const rrnHash = input.rrn ? vault.hash(input.rrn) : null;
  if (rrnHash) {
    const [existing] = await tx.select({ id: people.id }).from(people).where(eq(people.rrnHash, rrnHash));
    if (existing)
      throw conflict('a person with this resident registration number already exists', {
        personId: existing.id,
      });
  }
  const [row] = await tx
    .insert(people)
    .values({
      name: input.name,
      birthDate: input.birthDate,
      sex: input.sex,
      nationality: input.nationality,
      residencyStatus: input.residencyStatus,
      deathDate: input.deathDate ?? null,
      rrnCipher: input.rrn ? vault.encrypt(input.rrn) : null,
      rrnHash,
      rrnMasked: input.rrn ? maskRrn(input.rrn) : null,
      createdBy: createdBy ?? null,
    })
    .returning();
  return toPerson(row!);
}

export async function getPerson(db: Db | Tx, id: string): Promise<Person> {
  // By name: PostgreSQL plans it once per connection (`namedStatement`); it is on every person read.
  const [row] = await db
    .select()
    .from(people)
    .where(eq(people.id, sql.placeholder('id')))
    .prepare('bokji_person_by_id')
    .execute({ id });
  if (!row) throw notFound('person', id);
  return toPerson(row);
}

export async function getPeople(db: Db | Tx, ids: string[]): Promise<Person[]> {
  if (ids.length === 0) return [];
  return (await db.select().from(people).where(inArray(people.id, ids))).map(toPerson);
}

export async function findPersonByRrn(
  db: Db | Tx,
  rrn: string,
  vault: RrnVault,
): Promise<Person | undefined> {
  const [row] = await db
    .select()
    .from(people)
    .where(eq(people.rrnHash, vault.hash(rrn)));
  return row ? toPerson(row) : undefined;
}

/** Records a death as a fact on the person (memberships end separately, as successions). */
export async function recordDeath(tx: Tx, id: string, deathDate: string): Promise<Person> {
  const [row] = await tx.update(people).set({ deathDate }).where(eq(people.id, id)).returning();
  if (!row) throw notFound('person', id);
  await markChanged(tx, [id]);
  return toPerson(row);
}

/** Who created a person record (a caseworker may see a person they registered before any household holds them). */
export async function personCreator(db: Db | Tx, id: string): Promise<string | null> {
  const [row] = await db.select({ createdBy: people.createdBy }).from(people).where(eq(people.id, id));
  if (!row) throw notFound('person', id);
  return row.createdBy;
}
