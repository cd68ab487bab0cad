import type { CaseActor, Registry } from '@bokji/core';
import type { Db } from '@bokji/db';

export interface CaseworkDeps {
  db: Db;
  registry: Registry;
  today: () => string;
}

export type Actor = CaseActor;
