import { DciReject, echo, limits } from './codes.js';
import { type Context, type FieldEnv, type FieldId, fieldFor, type Op, type Value } from './fields.js';

/**
 * A translated query: whitelisted fields, checked operators and normalised values, and never a
 * plain RRN (an identifier becomes its keyed hash here). This is what reaches SQL (`sql.ts`) and
 * what a subscription stores as its filter.
 */
export type Cond =
  | { and: Cond[] }
  | { or: Cond[] }
  | { not: Cond }
  | { field: Exclude<FieldId, 'identifier'>; op: Op; values: Value[] }
  | { rrnHash: string[] };

export interface ParseEnv extends FieldEnv {
  context: Context;
  /** The keyed hash of an RRN (the same HMAC as `people.rrn_hash`). */
  hashRrn(rrn: string): string;
}

export type Collection = 'Member' | 'Group';

const criteria = (message: string) => new DciReject('rjct.search_criteria.invalid', message);
const filter = (message: string) => new DciReject('rjct.filter.invalid', message);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Empty strings stand for "absent" in several DCI samples. */
const present = (v: unknown) => v !== undefined && v !== null && v !== '';

class State {
  conditions = 0;
  constructor(readonly env: ParseEnv) {}
  count() {
    this.conditions += 1;
    if (this.conditions > limits.maxConditions)
      throw filter(`more than ${limits.maxConditions} conditions in one query`);
  }
}

const opNames: Record<string, Op> = {
  eq: 'eq',
  ne: 'ne',
  neq: 'ne',
  lt: 'lt',
  le: 'le',
  lte: 'le',
  gt: 'gt',
  ge: 'ge',
  gte: 'ge',
  in: 'in',
  nin: 'nin',
};

/** One comparison `attribute op value`, checked against the whitelist. */
function comparison(s: State, attribute: unknown, opName: string, raw: unknown): Cond {
  s.count();
  const field = fieldFor(attribute, s.env.context);
  const op = opNames[opName.toLowerCase()];
  if (!op || !field.ops.includes(op))
    throw filter(
      `${field.id}: operator ${echo(opName, '(operator)', 12)} is not allowed; allowed: ${field.ops.join(', ')}`,
    );
  let list: unknown[];
  if (op === 'in' || op === 'nin') {
    list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [raw];
    if (list.length === 0 || list.length > limits.maxInValues)
      throw filter(`${field.id}: ${op} takes 1 to ${limits.maxInValues} values`);
  } else {
    if (Array.isArray(raw) || isObject(raw)) throw filter(`${field.id}: ${op} takes one value`);
    list = [raw];
  }
  const values = list.map((v) => field.normalise(v, s.env));
  if (field.id !== 'identifier') return { field: field.id, op, values };
  // An identifier is a Bokji person id or an RRN; the RRN becomes its keyed hash right here.
  const ids = values
    .filter((v): v is string => typeof v === 'string' && v.startsWith('id:'))
    .map((v) => v.slice(3));
  const hashes = values
    .filter((v): v is string => typeof v === 'string' && v.startsWith('rrn:'))
    .map((v) => s.env.hashRrn(v.slice(4)));
  const parts: Cond[] = [];
  if (ids.length) parts.push({ field: 'person_id', op: 'in', values: ids });
  if (hashes.length) parts.push({ rrnHash: hashes });
  return parts.length === 1 ? parts[0]! : { or: parts };
}

// ---------------------------------------------------------------- idtype-value

const idTypes: Record<string, 'rrn' | 'person' | 'household'> = {
  rrn: 'rrn',
  nationalid: 'rrn',
  national_id: 'rrn',
  nid: 'rrn',
  uin: 'rrn',
  bokji_person_id: 'person',
  person_id: 'person',
  member_id: 'person',
  bokji_household_id: 'household',
  household_id: 'household',
  group_id: 'household',
};

/** `{ type, value }`: an RRN (national id), a Bokji person id or a Bokji household id. */
export function parseIdTypeValue(query: unknown, env: ParseEnv): Cond {
  if (!isObject(query) || typeof query.type !== 'string' || !present(query.value))
    throw criteria('idtype-value query needs { type, value }');
  const type = query.type.split(':').pop()!.trim().toLowerCase();
  const kind = idTypes[type];
  if (!kind)
    throw criteria(
      `identifier type ${echo(query.type, '(type)')} is not supported; use RRN (NationalID, NID, UIN), BOKJI_PERSON_ID or BOKJI_HOUSEHOLD_ID`,
    );
  const s = new State(env);
  if (kind === 'household') return comparison(s, 'household_id', 'eq', query.value);
  if (kind === 'person') return comparison(s, 'person_id', 'eq', query.value);
  const cond = comparison(s, 'identifier', 'eq', query.value);
  if (!('rrnHash' in cond)) throw filter('identifier: expected a resident registration number');
  return cond;
}

// ---------------------------------------------------------------- expression (MongoDB style)

const mongoOps = new Set(['$eq', '$ne', '$lt', '$lte', '$gt', '$gte', '$in', '$nin']);

/** `{ field: value }`, `{ field: { $op: value, … } }`, `$and`, `$or`, `$nor`, `$not`. */
function fieldMap(s: State, q: unknown, depth: number, dollarOptional: boolean): Cond {
  if (depth > limits.maxDepth) throw filter(`expression nested deeper than ${limits.maxDepth}`);
  if (!isObject(q)) throw filter('expected an object of conditions');
  const parts: Cond[] = [];
  const keys = Object.keys(q);
  if (keys.length === 0) throw filter('empty condition object');
  for (const key of keys) {
    const v = q[key];
    if (key === '$and' || key === '$or' || key === '$nor') {
      if (!Array.isArray(v) || v.length === 0) throw filter(`${key} takes a non-empty array`);
      const subs = v.map((x) => fieldMap(s, x, depth + 1, dollarOptional));
      parts.push(key === '$and' ? { and: subs } : key === '$or' ? { or: subs } : { not: { or: subs } });
    } else if (key === '$not') {
      parts.push({ not: fieldMap(s, v, depth + 1, dollarOptional) });
    } else if (key.startsWith('$')) {
      throw filter(`${echo(key, '(operator)', 20)} is not supported`);
    } else if (isObject(v)) {
      const ops = Object.keys(v);
      if (ops.length === 0) throw filter(`${key}: empty operator object`);
      for (const op of ops) {
        const name = op.startsWith('$') ? op : dollarOptional ? `$${op}` : '';
        if (!mongoOps.has(name)) throw filter(`${echo(op, '(operator)', 20)} is not a supported operator`);
        parts.push(comparison(s, key, name.slice(1), v[op]));
      }
    } else if (Array.isArray(v)) {
      throw filter(`${key}: use $in for a list of values`);
    } else {
      parts.push(comparison(s, key, 'eq', v));
    }
  }
  return parts.length === 1 ? parts[0]! : { and: parts };
}

const collections: Record<string, Collection> = {
  group: 'Group',
  household: 'Group',
  member: 'Member',
  person: 'Member',
  individual: 'Member',
  beneficiary: 'Member',
};

/** Normalises `response_entity` / `collection` (Group, Household, Member, Person …). */
export function collectionOf(v: unknown): Collection | undefined {
  if (!present(v)) return undefined;
  const c = typeof v === 'string' ? collections[v.split(':').pop()!.trim().toLowerCase()] : undefined;
  if (!c) throw criteria('response_entity / collection must be Group (household) or Member (person)');
  return c;
}

/** `{ type, value: { expression: { collection, query } } }` (the spec's shape). */
export function parseExpression(query: unknown, env: ParseEnv): { cond: Cond; collection?: Collection } {
  if (!isObject(query) || !isObject(query.value)) throw criteria('expression query needs { type, value }');
  const value = query.value;
  const expression = isObject(value.expression) ? value.expression : value;
  if (!isObject(expression.query)) throw criteria('expression query needs value.expression.query');
  const collection = collectionOf(expression.collection);
  return {
    cond: fieldMap(new State(env), expression.query, 0, false),
    ...(collection ? { collection } : {}),
  };
}

// ---------------------------------------------------------------- predicate list

const predicateKeys = new Set(['seq_num', 'expression1', 'condition', 'expression2']);

function predicateExpression(s: State, e: unknown, where: string): Cond {
  if (!isObject(e)) throw criteria(`${where} must be { attribute_name, operator, attribute_value }`);
  for (const k of Object.keys(e))
    if (!['attribute_name', 'operator', 'attribute_value'].includes(k))
      throw criteria(`${where}: unexpected key ${echo(k, '(key)', 40)}`);
  if (typeof e.operator !== 'string' || !present(e.attribute_value))
    throw criteria(`${where} needs attribute_name, operator and attribute_value`);
  return comparison(s, e.attribute_name, e.operator, e.attribute_value);
}

/**
 * `[{ seq_num, expression1, condition, expression2 }]`: each item is `expression1`, or
 * `expression1 and|or expression2`, or `expression1 and not expression2`; items are AND-ed.
 */
export function parsePredicate(query: unknown, env: ParseEnv): Cond {
  if (!Array.isArray(query) || query.length === 0) throw criteria('predicate query must be a non-empty list');
  const s = new State(env);
  const items = query.map((item, i) => {
    const where = `query[${i}]`;
    if (!isObject(item)) throw criteria(`${where} must be an object`);
    for (const k of Object.keys(item))
      if (!predicateKeys.has(k))
        throw criteria(
          `${where}: unexpected key ${echo(k, '(key)', 40)}; a predicate has expression1, condition and expression2`,
        );
    const seq = present(item.seq_num) ? Number(item.seq_num) : i;
    if (!Number.isFinite(seq)) throw criteria(`${where}.seq_num must be a number`);
    const first = predicateExpression(s, item.expression1, `${where}.expression1`);
    const hasSecond = present(item.expression2);
    const condition = present(item.condition) ? String(item.condition).toLowerCase() : undefined;
    if (hasSecond !== (condition !== undefined))
      throw criteria(`${where}: condition and expression2 go together`);
    if (!hasSecond) return { seq, cond: first };
    if (condition !== 'and' && condition !== 'or' && condition !== 'not')
      throw criteria(`${where}.condition must be and, or or not`);
    const second = predicateExpression(s, item.expression2, `${where}.expression2`);
    const cond: Cond =
      condition === 'and'
        ? { and: [first, second] }
        : condition === 'or'
          ? { or: [first, second] }
          : { and: [first, { not: second }] };
    return { seq, cond };
  });
  items.sort((a, b) => a.seq - b.seq);
  return items.length === 1 ? items[0]!.cond : { and: items.map((x) => x.cond) };
}

// ---------------------------------------------------------------- enrolled (IBR)

/**
 * The IBR `enrolled_criteria.query`: the spec's `{ attribute: { op: value } }` map (operators with
 * or without `$`), or the sample's single `{ attribute_name, operator, attribute_value }`, or an
 * idtype-value `{ type, value }`.
 */
export function parseEnrolledQuery(query: unknown, env: ParseEnv): Cond {
  if (!isObject(query)) throw criteria('enrolled query must be an object');
  if ('attribute_name' in query) return predicateExpression(new State(env), query, 'query');
  if ('type' in query && 'value' in query && Object.keys(query).length === 2)
    return parseIdTypeValue(query, env);
  return fieldMap(new State(env), query, 0, true);
}

/**
 * Dispatches on `query_type`. Some spec samples send a predicate list with
 * `query_type: expression`; the list shape is unambiguous, so it is read as a predicate.
 */
export function parseQuery(
  queryType: unknown,
  query: unknown,
  env: ParseEnv,
): { cond: Cond; collection?: Collection } {
  switch (queryType) {
    case 'idtype-value':
      return { cond: parseIdTypeValue(query, env) };
    case 'expression':
      return Array.isArray(query) ? { cond: parsePredicate(query, env) } : parseExpression(query, env);
    case 'predicate':
      return { cond: parsePredicate(query, env) };
    default:
      throw criteria(
        `query_type ${echo(queryType, '(missing)', 30)} is not supported; use idtype-value, expression or predicate`,
      );
  }
}

/** The fields a condition uses (for checks such as "this context has no such field"). */
export function fieldsOf(c: Cond): Set<string> {
  const out = new Set<string>();
  const walk = (x: Cond) => {
    if ('and' in x) x.and.forEach(walk);
    else if ('or' in x) x.or.forEach(walk);
    else if ('not' in x) walk(x.not);
    else if ('rrnHash' in x) out.add('rrn');
    else out.add(x.field);
  };
  walk(c);
  return out;
}
