import { type CompiledCriterion, compileCriterion } from '../criteria/compile.js';
import { type EvalContext, MissingData } from '../criteria/context.js';
import { collectMissing, explainCriterion } from '../criteria/explain.js';
import { resolveOperand } from '../criteria/operands.js';
import type { DetailLine, Explanation, Missing, Outcome } from '../criteria/types.js';
import type { FactKind } from '../domain/facts.js';
import type { ParameterUse } from '../parameters/types.js';
import type { FactReading, MemberBenefitView, ProgramDefinition } from './define.js';

export type BenefitResult =
  | {
      status: 'determined';
      amountKrw: number;
      cycle: string;
      provision: string;
      lines: DetailLine[];
      params: ParameterUse[];
    }
  | { status: 'undetermined'; missing: Missing[] }
  | { status: 'notQuantified'; description: ProgramDefinition['benefit']['description'] };

export interface ProgramEvaluation {
  programId: string;
  programVersion: string;
  personId?: string;
  outcome: Outcome;
  missing: Missing[];
  explanation: Explanation;
  benefit?: BenefitResult;
  /** Each parameter used and the date its version took effect: enough to reproduce the decision. */
  parameterVersions: Record<string, string>;
}

function paramsIn(e: Explanation, out: Record<string, string>) {
  for (const p of e.params ?? []) out[p.id] = p.from;
  for (const ch of e.children ?? []) paramsIn(ch, out);
}

/** Reads a fact of the context's subject with the `fact` operand's semantics; missing data throws. */
function readFact(ctx: EvalContext, kind: FactKind, field?: string): FactReading {
  const r = resolveOperand(field ? { fact: kind, field } : { fact: kind }, ctx);
  if (!r.ok) throw new MissingData(r.missing);
  return r.value;
}

function memberViews(ctx: EvalContext): MemberBenefitView[] {
  return ctx.snapshot.members.map((m) => {
    const mctx = ctx.withSubject(m);
    return {
      personId: m.personId,
      get: (id) => mctx.get(id),
      fact: (kind, field) => readFact(mctx, kind, field),
    };
  });
}

/** Computes the benefit amount for an eligible subject; missing data makes it undetermined. */
export function computeBenefit(program: ProgramDefinition, ctx: EvalContext): BenefitResult {
  const amount = program.benefit.amount;
  if (!amount) return { status: 'notQuantified', description: program.benefit.description };
  const params: ParameterUse[] = [];
  try {
    const result = amount({
      date: ctx.date,
      subjectId: ctx.subject?.personId,
      get: (id) => ctx.get(id),
      param: (id, key) => {
        const value = ctx.param(id, key);
        const found = ctx.params.lookup(id, ctx.date, key);
        if (found.ok) params.push(found.use);
        return value;
      },
      fact: (kind, field) => readFact(ctx, kind, field),
      members: () => memberViews(ctx),
    });
    return {
      status: 'determined',
      amountKrw: result.amountKrw,
      cycle: program.cycle,
      provision: program.provision,
      lines: result.lines,
      params,
    };
  } catch (e) {
    if (e instanceof MissingData) return { status: 'undetermined', missing: e.missing };
    throw e;
  }
}

/** The subjects a program is evaluated for: the household itself, or each living member. */
export function subjectsOf(program: ProgramDefinition, ctx: EvalContext): EvalContext[] {
  return program.target === 'household' ? [ctx] : ctx.snapshot.members.map((m) => ctx.withSubject(m));
}

/** Full evaluation with explanation and benefit, one result per subject. */
export function evaluateProgram(program: ProgramDefinition, ctx: EvalContext): ProgramEvaluation[] {
  return subjectsOf(program, ctx).map((sctx) => {
    const explanation = explainCriterion(program.criteria, sctx);
    const parameterVersions: Record<string, string> = {};
    paramsIn(explanation, parameterVersions);
    const result: ProgramEvaluation = {
      programId: program.id,
      programVersion: program.version,
      outcome: explanation.outcome,
      missing: collectMissing(explanation),
      explanation,
      parameterVersions,
    };
    if (sctx.subject) result.personId = sctx.subject.personId;
    if (explanation.outcome === 'eligible') {
      result.benefit = computeBenefit(program, sctx);
      if (result.benefit.status === 'determined')
        for (const p of result.benefit.params) parameterVersions[p.id] = p.from;
    }
    return result;
  });
}

const compiledCache = new WeakMap<ProgramDefinition, CompiledCriterion>();

/** Outcome only, through the compiled evaluator (for screening many households). */
export function screenProgram(
  program: ProgramDefinition,
  ctx: EvalContext,
): { personId?: string; outcome: Outcome }[] {
  let compiled = compiledCache.get(program);
  if (!compiled) {
    compiled = compileCriterion(program.criteria);
    compiledCache.set(program, compiled);
  }
  const fn = compiled;
  return subjectsOf(program, ctx).map((sctx) =>
    sctx.subject ? { personId: sctx.subject.personId, outcome: fn(sctx) } : { outcome: fn(sctx) },
  );
}
