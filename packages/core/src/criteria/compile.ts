import type { EvalContext } from './context.js';
import { all3, any3, compareValues, countOutcome, not3, type Value } from './logic.js';
import { calc, resolveOperand } from './operands.js';
import type { Criterion, Operand, Outcome } from './types.js';

export type CompiledCriterion = (ctx: EvalContext) => Outcome;
type CompiledOperand = (ctx: EvalContext) => Value | undefined;

function compileOperand(op: Operand): CompiledOperand {
  if ('value' in op) {
    const v = op.value;
    return () => v;
  }
  if ('var' in op) {
    const id = op.var;
    return (ctx) => {
      const r = ctx.resolve(id);
      return r.ok ? r.value : undefined;
    };
  }
  if ('calc' in op) {
    const args = op.args.map(compileOperand);
    const kind = op.calc;
    return (ctx) => {
      const nums: number[] = [];
      for (const a of args) {
        const v = a(ctx);
        if (v === undefined) return undefined;
        nums.push(Number(v));
      }
      return calc(kind, nums);
    };
  }
  if ('param' in op && op.by) {
    const { param, by } = op;
    return (ctx) => {
      const k = ctx.resolve(by);
      if (!k.ok) return undefined;
      const found = ctx.params.lookup(
        param,
        ctx.date,
        typeof k.value === 'number' ? k.value : String(k.value),
      );
      return found.ok ? found.use.value : undefined;
    };
  }
  if ('param' in op) {
    const { param, key } = op;
    return (ctx) => {
      const found = ctx.params.lookup(param, ctx.date, key);
      return found.ok ? found.use.value : undefined;
    };
  }
  // Facts are rare and cheap; reuse the explainer's resolution so absence semantics stay in one place.
  return (ctx) => {
    const r = resolveOperand(op, ctx);
    return r.ok ? r.value : undefined;
  };
}

function membersOf(excludeSubject: boolean | undefined, ctx: EvalContext) {
  const all = ctx.snapshot.members;
  return excludeSubject && ctx.subject ? all.filter((m) => m.personId !== ctx.subject!.personId) : all;
}

/**
 * Compiles a criterion to a closure that returns only the outcome: no explanation objects, no
 * labels. Same semantics as `explainCriterion`.
 */
export function compileCriterion(c: Criterion): CompiledCriterion {
  switch (c.type) {
    case 'compare': {
      const left = compileOperand(c.left);
      const right = compileOperand(c.right);
      const op = c.op;
      return (ctx) => {
        const l = left(ctx);
        const r = right(ctx);
        if (l === undefined || r === undefined) return 'undetermined';
        return compareValues(l, op, r) ? 'eligible' : 'ineligible';
      };
    }
    case 'all':
    case 'any': {
      const parts = c.of.map(compileCriterion);
      const combine = c.type === 'all' ? all3 : any3;
      return (ctx) => combine(parts.map((p) => p(ctx)));
    }
    case 'not': {
      const inner = compileCriterion(c.of);
      return (ctx) => not3(inner(ctx));
    }
    case 'members': {
      const where = compileCriterion(c.where);
      const { quantifier, excludeSubject } = c;
      return (ctx) => {
        const outcomes = membersOf(excludeSubject, ctx).map((m) => where(ctx.withSubject(m)));
        return quantifier === 'some'
          ? any3(outcomes)
          : quantifier === 'every'
            ? all3(outcomes)
            : not3(any3(outcomes));
      };
    }
    case 'count': {
      const where = compileCriterion(c.where);
      const right = compileOperand(c.right);
      const { op, excludeSubject } = c;
      return (ctx) => {
        let lo = 0;
        let open = 0;
        for (const m of membersOf(excludeSubject, ctx)) {
          const o = where(ctx.withSubject(m));
          if (o === 'eligible') lo++;
          else if (o === 'undetermined') open++;
        }
        const r = right(ctx);
        if (r === undefined) return 'undetermined';
        return countOutcome(lo, lo + open, op, Number(r));
      };
    }
    case 'judgement':
      return () => 'undetermined';
  }
}
