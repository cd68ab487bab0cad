import { schema } from '@bokji/db';
import {
  and,
  asc,
  desc,
  eq,
  gt,
  gte,
  inArray,
  isNull,
  lt,
  lte,
  ne,
  not,
  notInArray,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { DciReject } from './codes.js';
import { type Context, fieldFor, type Op, type Value } from './fields.js';
import type { Collection, Cond } from './query.js';

const { people, households, memberships, entitlements } = schema;

/**
 * Translates a checked condition (`query.ts`) into parameterised drizzle SQL. Column names come
 * only from this file; every value is a bound parameter. Each comparison is wrapped in
 * `coalesce(…, false)` so that `not` is plain negation even where a value is missing (a person
 * with no household has no region).
 */
export interface SqlEnv {
  context: Context;
  /** The registry's current date (ISO), for ages and current memberships. */
  today: string;
}

export const liveStatuses = ['active', 'suspended'];

/** The membership in force on a date. */
export const currentMembership = (
  m: { effectiveFrom: AnyPgColumn; effectiveTo: AnyPgColumn },
  today: string,
) => and(lte(m.effectiveFrom, today), or(isNull(m.effectiveTo), gt(m.effectiveTo, today)))!;

const groupSize = (today: string) =>
  sql<number>`(select count(*)::int from ${memberships} gm where gm.household_id = ${households.id} and gm.effective_from <= ${today} and (gm.effective_to is null or gm.effective_to > ${today}))`;

function compare(column: AnyPgColumn | SQL, op: Op, values: Value[]): SQL {
  // One overload for both: at run time drizzle still binds through the column when it is one.
  const expr = column as SQL;
  const v = values[0]!;
  switch (op) {
    case 'eq':
      return eq(expr, v);
    case 'ne':
      return ne(expr, v);
    case 'lt':
      return lt(expr, v);
    case 'le':
      return lte(expr, v);
    case 'gt':
      return gt(expr, v);
    case 'ge':
      return gte(expr, v);
    case 'in':
      return inArray(expr, values);
    case 'nin':
      return notInArray(expr, values);
  }
}

/** The birth date on or before which a person is at least `years` old on `today` (만 나이). */
export function bornBy(today: string, years: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const year = y - years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function age(op: Op, values: Value[], today: string): SQL {
  const bd = people.birthDate;
  const atLeast = (n: number) => lte(bd, bornBy(today, n));
  const under = (n: number) => gt(bd, bornBy(today, n));
  const exactly = (n: number) => and(atLeast(n), under(n + 1))!;
  const n = Number(values[0]);
  switch (op) {
    case 'ge':
      return atLeast(n);
    case 'gt':
      return atLeast(n + 1);
    case 'le':
      return under(n + 1);
    case 'lt':
      return under(n);
    case 'eq':
      return exactly(n);
    case 'ne':
      return not(exactly(n));
    case 'in':
      return or(...values.map((x) => exactly(Number(x))))!;
    case 'nin':
      return not(or(...values.map((x) => exactly(Number(x))))!);
  }
}

/** Social Registry: the person, or their current household, is enrolled in the program. */
function enrolledIn(op: Op, values: Value[]): SQL {
  const programs = sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );
  const statuses = sql.join(
    liveStatuses.map((s) => sql`${s}`),
    sql`, `,
  );
  const exists = sql`exists (select 1 from ${entitlements} pe where pe.program_id in (${programs}) and pe.status in (${statuses}) and (pe.person_id = ${people.id} or (pe.person_id is null and pe.household_id = ${households.id})))`;
  return op === 'eq' || op === 'in' ? exists : not(exists);
}

function leaf(c: Extract<Cond, { field: string }>, env: SqlEnv): SQL {
  const enrolment = env.context === 'enrolment';
  switch (c.field) {
    case 'person_id':
      return compare(people.id, c.op, c.values);
    case 'household_id':
      return compare(enrolment ? entitlements.householdId : households.id, c.op, c.values);
    case 'name':
      return compare(people.name, c.op, c.values);
    case 'birth_date':
      return compare(people.birthDate, c.op, c.values);
    case 'sex':
      return compare(people.sex, c.op, c.values);
    case 'region_code':
      return compare(households.regionCode, c.op, c.values);
    case 'group_size':
      return compare(groupSize(env.today), c.op, c.values);
    case 'age':
      return age(c.op, c.values, env.today);
    case 'program_id':
      return enrolment ? compare(entitlements.programId, c.op, c.values) : enrolledIn(c.op, c.values);
    case 'enrolment_status':
      return compare(entitlements.status, c.op, c.values);
    case 'enrolment_date':
      return compare(entitlements.startDate, c.op, c.values);
  }
}

export function toSql(c: Cond, env: SqlEnv): SQL {
  if ('and' in c) return and(...c.and.map((x) => toSql(x, env)))!;
  if ('or' in c) return or(...c.or.map((x) => toSql(x, env)))!;
  if ('not' in c) return not(toSql(c.not, env));
  if ('rrnHash' in c) return sql`coalesce(${inArray(people.rrnHash, c.rrnHash)}, false)`;
  return sql`coalesce(${leaf(c, env)}, false)`;
}

export interface SortKey {
  attribute_name?: unknown;
  sort_order?: unknown;
}

const groupSortable = new Set(['region_code', 'group_size', 'household_id']);

/** ORDER BY from DCI `sort` (whitelisted attributes only), then a stable tiebreaker. */
export function orderBy(sort: unknown, env: SqlEnv, collection: Collection): SQL[] {
  const out: SQL[] = [];
  if (sort !== undefined && sort !== null && sort !== '') {
    if (!Array.isArray(sort) || sort.length > 5)
      throw new DciReject('rjct.sort.invalid', 'sort must be a list of up to 5 keys');
    for (const s of sort as SortKey[]) {
      let field: ReturnType<typeof fieldFor>;
      try {
        field = fieldFor(s?.attribute_name, env.context);
      } catch (e) {
        throw new DciReject('rjct.sort.invalid', (e as Error).message);
      }
      const ok =
        env.context === 'person' && collection === 'Group'
          ? groupSortable.has(field.id)
          : field.sortable.includes(env.context);
      if (!ok) throw new DciReject('rjct.sort.invalid', `${field.id} cannot be sorted on here`);
      const order =
        s.sort_order === undefined || s.sort_order === 'asc' ? asc : s.sort_order === 'desc' ? desc : null;
      if (!order) throw new DciReject('rjct.sort.invalid', 'sort_order must be asc or desc');
      const expr = sortExpr(field.id, env);
      if (expr) out.push(order(expr));
    }
  }
  if (env.context === 'enrolment') out.push(asc(entitlements.id), asc(people.id));
  else if (collection === 'Group') out.push(asc(households.id));
  else out.push(asc(people.id));
  return out;
}

function sortExpr(field: string, env: SqlEnv): AnyPgColumn | SQL | undefined {
  switch (field) {
    case 'person_id':
      return people.id;
    case 'household_id':
      return env.context === 'enrolment' ? entitlements.householdId : households.id;
    case 'name':
      return people.name;
    case 'birth_date':
      return people.birthDate;
    case 'sex':
      return people.sex;
    case 'region_code':
      return households.regionCode;
    case 'group_size':
      return groupSize(env.today);
    case 'program_id':
      return entitlements.programId;
    case 'enrolment_status':
      return entitlements.status;
    case 'enrolment_date':
      return entitlements.startDate;
    default:
      return undefined;
  }
}
