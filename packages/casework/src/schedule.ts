import { BokjiError, IsoDate } from '@bokji/core';
import type { CaseworkDeps } from './deps.js';
import { openReinvestigation, type Run, runStartedBy } from './findings.js';

/**
 * The twice-yearly re-investigation (정기 확인조사) by default: each instance looks, every minute, for
 * the latest scheduled date on or before today and starts the national run for it unless one was
 * started for it already (by any instance, at any time since). A date missed while no instance ran
 * is caught up at the next start — once: the run is keyed by its date.
 */

/** Month-day pairs (`MM-DD`) of the schedule; an empty list (`off`) schedules nothing. */
export function parseSchedule(text: string): string[] {
  const t = text.trim();
  if (t === '' || t === 'off') return [];
  const days = t.split(',').map((d) => d.trim());
  for (const d of days) {
    // A day of a leap year (02-29 may be scheduled): core's calendar check, on `MM-DD` alone.
    const valid = /^\d{2}-\d{2}$/.test(d) && IsoDate.safeParse(`2024-${d}`).success;
    if (!valid)
      throw new BokjiError(
        'validation',
        `the re-investigation schedule is a list of MM-DD dates or off, not "${text}"`,
        {
          issues: [
            { path: 'BOKJI_REINVESTIGATION_SCHEDULE', message: `${d} is not a month and day (MM-DD)` },
          ],
        },
      );
  }
  return [...new Set(days)].sort();
}

/** The latest scheduled date on or before `today` (this year's or last year's), or null without a schedule. */
export function dueOccurrence(schedule: readonly string[], today: string): string | null {
  const year = Number(today.slice(0, 4));
  const dates = [year - 1, year]
    .flatMap((y) => schedule.map((md) => `${y}-${md}`))
    // 02-29 in a year without it: the 28th.
    .map((d) => (IsoDate.safeParse(d).success ? d : `${d.slice(0, 8)}28`))
    .filter((d) => d <= today)
    .sort();
  return dates.at(-1) ?? null;
}

/**
 * Starts the scheduled run due today, if no run was started for its date; returns the new run, or
 * null (nothing due, already started, or another instance is starting it at this moment).
 */
export async function startScheduledReinvestigation(
  deps: CaseworkDeps,
  schedule: readonly string[],
  opts: { sliceSize?: number } = {},
): Promise<Run | null> {
  const due = dueOccurrence(schedule, deps.today());
  if (!due) return null;
  const requestKey = `schedule:${due}`;
  // Mostly it was: one query a minute, and a hold (a connection) only when it was not.
  if (await runStartedBy(deps, requestKey)) return null;
  const held = deps.hold ? await deps.hold('reinvestigation-schedule') : undefined;
  if (held === null) return null;
  try {
    if (await runStartedBy(deps, requestKey)) return null;
    return await openReinvestigation(deps, {
      kind: 'reinvestigation',
      cause: { schedule: due },
      requestKey,
      referenceDate: deps.today(),
      ...opts,
    });
  } finally {
    await held?.release();
  }
}
