import type { Registry } from '@bokji/core';
import type { Database, RrnVault, User } from '@bokji/db';

export interface AppDeps {
  database: Database;
  registry: Registry;
  vault: RrnVault;
  sessionTtlSeconds: number;
  /** The clock's date; tests pin it. */
  today: () => string;
}

export type Env = {
  Variables: {
    deps: AppDeps;
    user: User;
    requestId: string;
  };
};
