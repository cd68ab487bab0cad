import { BokjiError } from '@bokji/core';
import { getHouseholdRow, personCreator, regionsOfPerson } from '@bokji/db';
import type { Context } from 'hono';
import { audit } from './audit.js';
import { coversRegion } from './auth.js';
import type { Env } from './context.js';

async function deny(
  c: Context<Env>,
  action: string,
  target: { householdId?: string; personIds?: string[] },
  message: string,
): Promise<never> {
  await audit(c, { action, ...target, outcome: 'denied' });
  throw new BokjiError('forbidden', message);
}

/**
 * Loads a household for the current user or refuses: 404 when unknown, 403 (and a "denied"
 * access-log row) when outside the user's jurisdiction.
 */
export async function householdFor(c: Context<Env>, householdId: string, action: string) {
  const row = await getHouseholdRow(c.get('deps').database.db, householdId);
  if (!coversRegion(c.get('user'), row.regionCode)) {
    await deny(c, action, { householdId }, `household ${householdId} is outside your jurisdiction`);
  }
  return row;
}

/**
 * A person is reachable when any household they have belonged to is in the user's jurisdiction,
 * or, before any household holds them, when the user registered them.
 */
export async function personFor(c: Context<Env>, personId: string, action: string): Promise<void> {
  const user = c.get('user');
  if (user.role === 'admin') return;
  const db = c.get('deps').database.db;
  const creator = await personCreator(db, personId);
  const regions = await regionsOfPerson(db, personId);
  const ok =
    regions.length === 0 ? creator === user.id : regions.some((r) => coversRegion(user, r.regionCode));
  if (!ok)
    await deny(c, action, { personIds: [personId] }, `person ${personId} is outside your jurisdiction`);
}
