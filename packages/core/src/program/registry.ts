import { z } from 'zod';
import { EvalContext, type VariableDefinition } from '../criteria/context.js';
import type { Criterion, Operand } from '../criteria/types.js';
import { todayIso } from '../dates.js';
import { factKinds } from '../domain/facts.js';
import type { HouseholdSnapshot } from '../domain/snapshot.js';
import { coreParameters } from '../parameters/data/core-parameters.js';
import { ParameterStore } from '../parameters/store.js';
import { coreVariables } from '../variables/index.js';
import type { ProgramDefinition } from './define.js';
import { evaluateProgram, type ProgramEvaluation, screenProgram } from './evaluate.js';

export interface RegistryProblem {
  programId: string;
  path: string;
  message: string;
}

export class RegistryError extends Error {
  constructor(readonly problems: RegistryProblem[]) {
    super(
      `program registry is invalid:\n${problems.map((p) => `- ${p.programId} ${p.path}: ${p.message}`).join('\n')}`,
    );
  }
}

export interface Registry {
  readonly programs: ReadonlyMap<string, ProgramDefinition>;
  readonly params: ParameterStore;
  readonly variables: ReadonlyMap<string, VariableDefinition>;
  get(id: string): ProgramDefinition | undefined;
  list(): ProgramDefinition[];
  context(snapshot: HouseholdSnapshot): EvalContext;
  evaluate(snapshot: HouseholdSnapshot, programIds?: string[]): ProgramEvaluation[];
  screen(
    snapshot: HouseholdSnapshot,
    programIds?: string[],
  ): { programId: string; personId?: string; outcome: string }[];
}

const ID = /^(WLF\d{8}|BOKJI-[A-Z0-9-]+)$/;

function* operandsOf(c: Criterion): Generator<[Operand, boolean]> {
  // [operand, usedInsideMembers]
  const walk = function* (n: Criterion, inMembers: boolean): Generator<[Operand, boolean]> {
    switch (n.type) {
      case 'compare':
        yield [n.left, inMembers];
        yield [n.right, inMembers];
        break;
      case 'all':
      case 'any':
        for (const ch of n.of) yield* walk(ch, inMembers);
        break;
      case 'not':
        yield* walk(n.of, inMembers);
        break;
      case 'members':
        yield* walk(n.where, true);
        break;
      case 'count':
        yield [n.right, inMembers];
        yield* walk(n.where, true);
        break;
      case 'judgement':
        break;
    }
  };
  yield* walk(c, false);
}

function flattenOperand(op: Operand): Operand[] {
  return 'calc' in op ? [op, ...op.args.flatMap(flattenOperand)] : [op];
}

/** Checks one program against the contract and the shared variables and parameters. */
export function validateProgram(
  p: ProgramDefinition,
  deps: { params: ParameterStore; variables: ReadonlyMap<string, VariableDefinition>; today: string },
): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  const add = (path: string, message: string) => problems.push({ programId: p.id, path, message });
  if (!ID.test(p.id)) add('id', 'must be a Bokjiro servId (WLF + 8 digits) or BOKJI-…');
  if (!p.name.ko.trim() || !p.name.en.trim()) add('name', 'needs Korean and English names');
  if (!p.ministry.trim()) add('ministry', 'is required');
  if (p.sources.length === 0) add('sources', 'at least one source is required');
  const isPerson = p.target === 'person';
  for (const [op, inMembers] of operandsOf(p.criteria)) {
    for (const o of flattenOperand(op)) {
      const varIds = 'var' in o ? [o.var] : 'param' in o && o.by ? [o.by] : [];
      for (const id of varIds) {
        const def = deps.variables.get(id);
        if (!def) add('criteria', `unknown variable ${id}`);
        else if (def.entity === 'person' && !isPerson && !inMembers) {
          add('criteria', `person variable ${id} used outside a members criterion of a household program`);
        }
      }
      if ('receives' in o) {
        if (!(p.dependsOn ?? []).includes(o.receives))
          add('criteria', `reads receipt of ${o.receives} without declaring it in dependsOn`);
        if (o.scope === 'person' && !isPerson && !inMembers)
          add('criteria', 'person-scoped receipt used outside a members criterion');
      }
      if ('fact' in o) {
        if (!(o.fact in factKinds)) add('criteria', `unknown fact ${o.fact}`);
        else if (!isPerson && !inMembers) add('criteria', `fact ${o.fact} used outside a members criterion`);
      }
      if ('param' in o) {
        if (!deps.params.has(o.param)) add('criteria', `unknown parameter ${o.param}`);
        else if (
          !deps.params.version(o.param, deps.today) &&
          !(p.effective.to && p.effective.to <= deps.today)
        ) {
          add('criteria', `parameter ${o.param} has no version in force on ${deps.today}`);
        }
      }
    }
  }
  const shape = p.form.schema.shape as Record<string, z.ZodType>;
  for (const [field, schema] of Object.entries(shape)) {
    const meta = schema.meta() as { label?: { ko?: string; en?: string } } | undefined;
    if (!meta?.label?.ko || !meta.label.en) add(`form.${field}`, 'needs .meta({ label: { ko, en } })');
  }
  try {
    z.toJSONSchema(p.form.schema, { unrepresentable: 'any' });
  } catch (e) {
    add('form', `schema cannot be rendered: ${(e as Error).message}`);
  }
  if (p.cases.length === 0) add('cases', 'at least one case is required');
  return problems;
}

/**
 * Builds the registry from the plug-ins and validates it once: unique ids, exclusions that resolve,
 * criteria that name known variables, facts and parameters in force today. Throws a
 * `RegistryError` listing every problem.
 */
export function createRegistry(
  programs: ProgramDefinition[],
  opts: { today?: string; variables?: ReadonlyMap<string, VariableDefinition> } = {},
): Registry {
  const today = opts.today ?? todayIso();
  const variables = opts.variables ?? coreVariables;
  const problems: RegistryProblem[] = [];
  const byId = new Map<string, ProgramDefinition>();
  for (const p of programs) {
    if (byId.has(p.id)) problems.push({ programId: p.id, path: 'id', message: 'duplicate program id' });
    byId.set(p.id, p);
  }
  let params: ParameterStore;
  try {
    params = new ParameterStore([...coreParameters, ...programs.flatMap((p) => p.parameters ?? [])]);
  } catch (e) {
    problems.push({ programId: '*', path: 'parameters', message: (e as Error).message });
    params = new ParameterStore(coreParameters);
  }
  for (const p of programs) {
    problems.push(...validateProgram(p, { params, variables, today }));
    for (const dep of p.dependsOn ?? []) {
      if (!byId.has(dep))
        problems.push({ programId: p.id, path: 'dependsOn', message: `unknown program ${dep}` });
    }
    for (const ex of p.exclusions) {
      if (!byId.has(ex.programId)) {
        problems.push({ programId: p.id, path: 'exclusions', message: `unknown program ${ex.programId}` });
      }
    }
  }
  if (problems.length) throw new RegistryError(problems);
  const pick = (ids?: string[]) =>
    ids ? ids.map((id) => byId.get(id)!).filter(Boolean) : [...byId.values()];
  const context = (snapshot: HouseholdSnapshot) => new EvalContext(snapshot, params, variables);
  return {
    programs: byId,
    params,
    variables,
    get: (id) => byId.get(id),
    list: () => [...byId.values()],
    context,
    evaluate: (snapshot, ids) => {
      const ctx = context(snapshot);
      return pick(ids).flatMap((p) => evaluateProgram(p, ctx));
    },
    screen: (snapshot, ids) => {
      const ctx = context(snapshot);
      return pick(ids).flatMap((p) => screenProgram(p, ctx).map((r) => ({ programId: p.id, ...r })));
    },
  };
}
