import type { VariableDefinition } from '../criteria/context.js';
import { householdVariables } from './household.js';
import { personVariables } from './person.js';

/** Every variable the criteria DSL can name, by id. */
export const coreVariables: ReadonlyMap<string, VariableDefinition> = new Map(
  [...householdVariables, ...personVariables].map((v) => [v.id, v]),
);
