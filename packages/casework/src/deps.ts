import type { CaseActor, Registry } from '@bokji/core';
import type { Db, Hold } from '@bokji/db';

/** A program a household (a household program) or one of its members (a person program) is eligible for. */
export interface EligibleProgram {
  programId: string;
  personId: string | null;
}

/**
 * Every program the households' members are eligible for on a date, household by household — the
 * batch screening engine's answer (`eligiblePrograms` of `@bokji/screening`, wired by the API).
 * A household it leaves out is screened one at a time. Called outside any transaction.
 */
export type ScreenHouseholds = (
  householdIds: readonly string[],
  date: string,
) => Promise<ReadonlyMap<string, readonly EligibleProgram[]>>;

export interface CaseworkDeps {
  db: Db;
  registry: Registry;
  today: () => string;
  /** Re-investigation's screen for programs not received; without it, `registry.screen` per household. */
  screenHouseholds?: ScreenHouseholds;
  /**
   * Exclusive holds across the processes on the database (`Database.hold`): a re-investigation run
   * is carried on by one runner at a time. Without it, runs are still never counted twice (each
   * batch moves the cursor only from where it read it), but two runners would do the work twice.
   */
  hold?: Hold;
}

export type Actor = CaseActor;
