import { factKinds } from '../domain/facts.js';
import { floorWon } from '../money.js';
import type { ParameterUse } from '../parameters/types.js';
import type { Text } from '../text.js';
import { type EvalContext, MissingData } from './context.js';
import type { Value } from './logic.js';
import type { Missing, Operand, ValueView } from './types.js';

export type OperandResult =
  | { ok: true; value: Value; view: ValueView; params: ParameterUse[] }
  | { ok: false; missing: Missing[] };

function literalLabel(value: Value): Text {
  const s = Array.isArray(value) ? value.join(', ') : String(value);
  return { ko: s, en: s };
}

/** Resolves an operand in a context, with everything the explanation shows about it. */
export function resolveOperand(op: Operand, ctx: EvalContext): OperandResult {
  if ('var' in op) {
    const def = ctx.variables.get(op.var);
    if (!def) throw new Error(`unknown variable ${op.var}`);
    const r = ctx.resolve(op.var);
    if (!r.ok) return r;
    const view: ValueView = { label: def.label, value: r.value, unit: def.unit };
    if (r.detail) view.detail = r.detail;
    return { ok: true, value: r.value, view, params: r.params };
  }
  if ('param' in op) {
    let key: string | number | undefined = op.key;
    const params: ParameterUse[] = [];
    if (op.by) {
      const k = ctx.resolve(op.by);
      if (!k.ok) return k;
      params.push(...k.params);
      key = typeof k.value === 'number' ? k.value : String(k.value);
    }
    try {
      const value = ctx.param(op.param, key);
      const found = ctx.params.lookup(op.param, ctx.date, key);
      if (found.ok) params.push(found.use);
      const def = ctx.params.definition(op.param)!;
      const suffix = key === undefined ? { ko: '', en: '' } : { ko: ` (${key})`, en: ` (${key})` };
      const view: ValueView = {
        label: { ko: def.label.ko + suffix.ko, en: def.label.en + suffix.en },
        value,
        unit: def.unit,
      };
      const basis = found.ok ? found.use.basis : undefined;
      if (basis) {
        // Show where the threshold came from: e.g. the median income for the size and the 32% share.
        const base = ctx.params.lookup(basis.param, ctx.date, key);
        if (base.ok) {
          params.push(base.use);
          view.detail = [
            {
              label: { ko: `${base.use.label.ko}${suffix.ko}`, en: `${base.use.label.en}${suffix.en}` },
              value: base.use.value,
            },
            {
              label: { ko: '기준 비율', en: 'share of it' },
              value: `${Math.round(basis.ratio * 1000) / 10}%`,
            },
          ];
        }
      }
      return { ok: true, value, view, params };
    } catch (e) {
      if (e instanceof MissingData) return { ok: false, missing: e.missing };
      throw e;
    }
  }
  if ('fact' in op) {
    const subject = ctx.requireSubject();
    const def = factKinds[op.fact];
    const present = subject.facts[op.fact] as Record<string, unknown> | true | undefined;
    const label = op.field
      ? { ko: `${def.label.ko}: ${op.field}`, en: `${def.label.en}: ${op.field}` }
      : def.label;
    if (present === undefined) {
      if (def.whenAbsent === 'unknown') {
        return {
          ok: false,
          missing: [
            {
              dataType: `fact:${op.fact}`,
              personId: subject.personId,
              what: {
                ko: `${subject.name ?? subject.personId}의 ${def.label.ko} (${def.agency.ko})`,
                en: `${def.label.en} of ${subject.name ?? subject.personId} (${def.agency.en})`,
              },
            },
          ],
        };
      }
      const value: Value = op.field ? (op.field === 'programs' ? [] : 'none') : false;
      return { ok: true, value, view: { label, value }, params: [] };
    }
    let value: Value = true;
    if (op.field) {
      const field = present === true ? undefined : present[op.field];
      value = Array.isArray(field)
        ? field.map(String)
        : field === undefined
          ? 'none'
          : (field as string | number);
    }
    return { ok: true, value, view: { label, value }, params: [] };
  }
  if ('receives' in op) {
    const members = op.scope === 'person' ? [ctx.requireSubject()] : ctx.snapshot.members;
    const value = members.some((m) => (m.facts.programRecipient?.programs ?? []).includes(op.receives));
    return { ok: true, value, view: { label: op.label, value }, params: [] };
  }
  if ('value' in op) {
    return {
      ok: true,
      value: op.value,
      view: { label: op.label ?? literalLabel(op.value), value: op.value },
      params: [],
    };
  }
  const args = op.args.map((a) => resolveOperand(a, ctx));
  const missing = args.flatMap((a) => (a.ok ? [] : a.missing));
  if (missing.length) return { ok: false, missing };
  const nums = args.map((a) => (a.ok ? Number(a.value) : 0));
  const value = calc(op.calc, nums);
  return {
    ok: true,
    value,
    view: {
      label: op.label,
      value,
      detail: args.map((a) =>
        a.ok ? { label: a.view.label, value: a.value as number } : { label: op.label, value: 0 },
      ),
    },
    params: args.flatMap((a) => (a.ok ? a.params : [])),
  };
}

export function calc(kind: 'mul' | 'add' | 'sub' | 'min' | 'max', nums: number[]): number {
  switch (kind) {
    case 'mul':
      return floorWon(nums.reduce((a, b) => a * b, 1));
    case 'add':
      return nums.reduce((a, b) => a + b, 0);
    case 'sub':
      return nums.slice(1).reduce((a, b) => a - b, nums[0] ?? 0);
    case 'min':
      return Math.min(...nums);
    case 'max':
      return Math.max(...nums);
  }
}
