import {
  type Criterion,
  factKinds,
  type HouseholdSnapshot,
  listRegions,
  type MemberSnapshot,
  mergeFactValues,
  type Operand,
  type Registry,
  Relation,
  Tenure,
} from '@bokji/core';
import fc from 'fast-check';
import type { z } from 'zod';

/**
 * Random household snapshots for property tests: any relation mix (several heads or spouses
 * included), unknown income or assets, unknown regions, and facts of every kind with values drawn
 * from their schemas plus the literals the registry's criteria compare them with.
 */

type Def = { type: string; [k: string]: unknown };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Literals the criteria compare each `fact.field` (and variables) with. */
export function criteriaLiterals(registry: Pick<Registry, 'list'>): {
  factFields: Map<string, Set<string | number | boolean>>;
  received: string[];
} {
  const factFields = new Map<string, Set<string | number | boolean>>();
  const received = new Set<string>();
  const add = (key: string, v: unknown) => {
    const s = factFields.get(key) ?? new Set();
    for (const x of Array.isArray(v) ? v : [v])
      if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') s.add(x);
    factFields.set(key, s);
  };
  const operand = (o: Operand) => {
    if ('receives' in o) received.add(o.receives);
    if ('calc' in o) o.args.forEach(operand);
  };
  const walk = (c: Criterion) => {
    switch (c.type) {
      case 'compare':
        operand(c.left);
        operand(c.right);
        if ('fact' in c.left && c.left.field && 'value' in c.right)
          add(`${c.left.fact}.${c.left.field}`, c.right.value);
        if ('fact' in c.right && c.right.field && 'value' in c.left)
          add(`${c.right.fact}.${c.right.field}`, c.left.value);
        break;
      case 'all':
      case 'any':
        c.of.forEach(walk);
        break;
      case 'not':
        walk(c.of);
        break;
      case 'members':
      case 'count':
        walk(c.where);
        break;
      case 'judgement':
        break;
    }
  };
  for (const p of registry.list()) {
    walk(p.criteria);
    for (const d of p.dependsOn ?? []) received.add(d);
  }
  return { factFields, received: [...received].sort() };
}

function arbFromSchema(
  schema: z.ZodType,
  path: string,
  lits: Map<string, Set<string | number | boolean>>,
  received: string[],
): fc.Arbitrary<unknown> {
  const d = defOf(schema);
  const extra = [...(lits.get(path) ?? [])];
  switch (d.type) {
    case 'literal':
      return fc.constantFrom(...(d.values as unknown[]));
    case 'enum':
      return fc.constantFrom(...Object.values(d.entries as Record<string, string>));
    case 'string': {
      // Criteria literals, other words, and ISO dates on both sides of the reference dates (some
      // fields are dates: fosterCare.leftCareOn is read as months since).
      const words = extra.filter((x) => typeof x === 'string');
      return fc.oneof(
        ...(words.length ? [fc.constantFrom(...words)] : []),
        fc.constantFrom('기타', 'x'),
        isoBetween(2015, '2026-12-31'),
      );
    }
    case 'number':
      return fc.oneof(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 3_000_000 }));
    case 'boolean':
      return fc.boolean();
    case 'optional':
      return fc.option(arbFromSchema(d.innerType as z.ZodType, path, lits, received), { nil: undefined });
    case 'default':
      return arbFromSchema(d.innerType as z.ZodType, path, lits, received);
    case 'array':
      return path.endsWith('.programs') && received.length
        ? fc.subarray(received, { maxLength: 4 })
        : fc.array(arbFromSchema(d.element as z.ZodType, path, lits, received), { maxLength: 3 });
    case 'object': {
      const shape = (d.shape ?? {}) as Record<string, z.ZodType>;
      const entries = Object.entries(shape).map(
        ([k, v]) => [k, arbFromSchema(v, `${path}.${k}`, lits, received)] as const,
      );
      return fc.tuple(...entries.map(([, a]) => a)).map((vals) => {
        const o: Record<string, unknown> = {};
        entries.forEach(([k], i) => {
          if (vals[i] !== undefined) o[k] = vals[i];
        });
        return o;
      });
    }
    default:
      throw new Error(`arbitraries: no generator for zod type ${d.type} at ${path}`);
  }
}

export const REFERENCE_DATES = ['2023-06-30', '2024-01-01', '2025-07-15', '2026-03-15', '2026-12-31'];

const isoBetween = (fromYear: number, to: string) =>
  fc
    .date({
      min: new Date(`${fromYear}-01-01T00:00:00Z`),
      max: new Date(`${to}T00:00:00Z`),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

export function arbHouseholds(
  registry: Pick<Registry, 'list'>,
  opts: { minHouseholds?: number; maxHouseholds?: number; minSize?: number; maxSize?: number } = {},
) {
  const { factFields, received } = criteriaLiterals(registry);
  // A multi-source fact is sometimes held from two or three registries at once: its merged value.
  const factArbs = Object.entries(factKinds).map(([kind, def]) => {
    const one = arbFromSchema(def.value as z.ZodType, kind, factFields, received);
    const several = 'multiSource' in def && def.multiSource;
    return [
      kind,
      several ? fc.oneof(one, fc.array(one, { minLength: 2, maxLength: 3 }).map(mergeFactValues)) : one,
    ] as const;
  });
  const regionCodes = [...listRegions().map((r) => r.code), '99999'];
  const arbFacts = fc
    .tuple(
      fc.subarray(
        factArbs.map((_, i) => i),
        { maxLength: 6 },
      ),
      fc.tuple(...factArbs.map(([, a]) => a)),
    )
    .map(([chosen, values]) => {
      const facts: Record<string, unknown> = {};
      for (const i of chosen) facts[factArbs[i]![0]] = values[i];
      return facts;
    });
  const money = (max: number) => fc.oneof(fc.constant(0), fc.integer({ min: 0, max }));
  const arbMember = (date: string, i: number) =>
    fc
      .record({
        relation:
          i === 0
            ? fc.constantFrom<Relation>('head', 'head', 'head', 'spouse', 'child')
            : fc.constantFrom(...Relation.options),
        birthDate: isoBetween(1920, date),
        sex: fc.constantFrom<'F' | 'M'>('F', 'M'),
        nationality: fc.constantFrom('KR', 'KR', 'KR', 'VN', 'CN', 'US'),
        residencyStatus: fc.option(fc.constantFrom('citizen', 'marriageMigrant', 'foreigner'), {
          nil: undefined,
        }),
        incomes: fc.option(
          fc.array(
            fc.record({
              kind: fc.constantFrom(
                'earned',
                'business',
                'property',
                'publicTransfer',
                'privateTransfer',
                'pension',
                'other',
              ),
              monthlyKrw: money(9_000_000),
            }),
            { maxLength: 3 },
          ),
          { freq: 5 },
        ),
        assets: fc.option(
          fc.array(
            fc.record({
              kind: fc.constantFrom('residential', 'general', 'financial', 'car', 'debt'),
              valueKrw: money(900_000_000),
            }),
            { maxLength: 4 },
          ),
          { freq: 5 },
        ),
        facts: fc.oneof({ weight: 2, arbitrary: fc.constant({}) }, { weight: 3, arbitrary: arbFacts }),
      })
      .map((m) => {
        const out = { ...m, personId: '', name: undefined } as unknown as MemberSnapshot;
        if (m.residencyStatus === undefined) delete (out as { residencyStatus?: string }).residencyStatus;
        delete (out as { name?: string }).name;
        return out;
      });
  const arbHousehold = (date: string) =>
    fc
      .record({
        regionCode: fc.constantFrom(...regionCodes),
        tenure: fc.constantFrom(...Tenure.options),
        rent: fc.option(money(2_000_000), { nil: undefined }),
        deposit: fc.option(money(500_000_000), { nil: undefined }),
        size: fc.integer({ min: opts.minSize ?? 0, max: opts.maxSize ?? 7 }),
      })
      .chain((r) =>
        fc
          .tuple(...Array.from({ length: r.size }, (_, i) => arbMember(date, i)))
          .map((members) => ({ r, members })),
      );
  return fc
    .constantFrom(...REFERENCE_DATES)
    .chain((date) =>
      fc
        .array(arbHousehold(date), { minLength: opts.minHouseholds ?? 1, maxLength: opts.maxHouseholds ?? 8 })
        .map((hs) => ({ date, hs })),
    )
    .map(({ date, hs }) =>
      hs.map(({ r, members }, h): HouseholdSnapshot => {
        const residence: HouseholdSnapshot['residence'] = {
          regionCode: r.regionCode,
          address: '-',
          tenure: r.tenure,
        };
        if (r.rent !== undefined) residence.monthlyRentKrw = r.rent;
        if (r.deposit !== undefined) residence.depositKrw = r.deposit;
        return {
          householdId: `h${h}`,
          referenceDate: date,
          residence,
          members: members.map((m, i) => ({ ...m, personId: `h${h}p${i}` })),
        };
      }),
    );
}
