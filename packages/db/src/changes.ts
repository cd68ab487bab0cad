import { sql } from 'drizzle-orm';
import type { Db, Tx } from './client.js';

/**
 * Marks people whose screening inputs changed (incremental screening, issue 5), in the caller's
 * transaction: a change that commits is marked, a change rolled back marks nothing. A person
 * marked again gets a new `changed_at` (clock time, not the transaction's start), so a drain
 * that saw the earlier mark leaves the new one.
 */
export async function markChanged(tx: Db | Tx, personIds: readonly string[]): Promise<void> {
  if (personIds.length === 0) return;
  await tx.execute(sql`insert into screening_changes (person_id, changed_at)
    select distinct p, clock_timestamp() from unnest(${sql.param([...personIds])}::uuid[]) as p
    on conflict (person_id) do update set changed_at = excluded.changed_at`);
}

/** Marks every person who has been a member of the household (its membership or residence changed). */
export async function markHouseholdChanged(tx: Db | Tx, householdId: string): Promise<void> {
  await tx.execute(sql`insert into screening_changes (person_id, changed_at)
    select distinct person_id, clock_timestamp() from memberships where household_id = ${householdId}
    on conflict (person_id) do update set changed_at = excluded.changed_at`);
}
