import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { DciReject } from './codes.js';
import {
  type ParseEnv,
  parseEnrolledQuery,
  parseExpression,
  parseIdTypeValue,
  parsePredicate,
  parseQuery,
} from './query.js';
import { bornBy, toSql } from './sql.js';

const env = (over: Partial<ParseEnv> = {}): ParseEnv => ({
  context: 'person',
  knownProgram: (id) => id.startsWith('WLF'),
  hashRrn: (rrn) => `hash(${rrn.slice(0, 6)})`,
  ...over,
});

const expr = (query: unknown) => ({
  type: 'ns:org:QueryType:expression',
  value: { expression: { collection: 'Member', query } },
});

function rejects(f: () => unknown, code: string, text?: string) {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DciReject);
    expect((e as DciReject).reasonCode).toBe(code);
    if (text) expect((e as DciReject).message).toContain(text);
    return e as DciReject;
  }
  throw new Error('expected a rejection');
}

describe('idtype-value', () => {
  it('turns an RRN into its keyed hash at once, and reads Bokji ids', () => {
    const c = parseIdTypeValue({ type: 'NationalID', value: '750505-2000004' }, env());
    expect(c).toEqual({ rrnHash: ['hash(750505)'] });
    expect(JSON.stringify(c)).not.toContain('2000004');
    expect(parseIdTypeValue({ type: 'spdci:IdentifierType:UIN', value: '7505052000004' }, env())).toEqual({
      rrnHash: ['hash(750505)'],
    });
    const id = '6f1c2a9e-0000-4000-8000-000000000001';
    expect(parseIdTypeValue({ type: 'BOKJI_PERSON_ID', value: id }, env())).toEqual({
      field: 'person_id',
      op: 'eq',
      values: [id],
    });
    expect(parseIdTypeValue({ type: 'HOUSEHOLD_ID', value: id.toUpperCase() }, env())).toEqual({
      field: 'household_id',
      op: 'eq',
      values: [id],
    });
  });

  it('refuses unknown identifier types and malformed values without echoing the value', () => {
    rejects(
      () => parseIdTypeValue({ type: 'PASSPORT', value: 'M1' }, env()),
      'rjct.search_criteria.invalid',
      'PASSPORT',
    );
    const e = rejects(
      () => parseIdTypeValue({ type: 'RRN', value: '12345-secret' }, env()),
      'rjct.filter.invalid',
    );
    expect(e.message).not.toContain('secret');
    rejects(() => parseIdTypeValue({ type: 'RRN' }, env()), 'rjct.search_criteria.invalid');
  });
});

describe('expression', () => {
  it('reads MongoDB-style operators on whitelisted fields, with aliases and implicit equality', () => {
    const { cond, collection } = parseExpression(
      expr({
        $and: [
          { 'demographic_info.person.sex': { $eq: 'female' } },
          { age: { $gte: '18', $lt: 65 } },
          { $or: [{ region_code: '11110' }, { sub_region_code: { $in: ['11680', '11650'] } }] },
          { $nor: [{ name: '홍길동' }] },
        ],
      }),
      env(),
    );
    expect(collection).toBe('Member');
    expect(cond).toEqual({
      and: [
        { field: 'sex', op: 'eq', values: ['F'] },
        {
          and: [
            { field: 'age', op: 'ge', values: [18] },
            { field: 'age', op: 'lt', values: [65] },
          ],
        },
        {
          or: [
            { field: 'region_code', op: 'eq', values: ['11110'] },
            { field: 'region_code', op: 'in', values: ['11680', '11650'] },
          ],
        },
        { not: { or: [{ field: 'name', op: 'eq', values: ['홍길동'] }] } },
      ],
    });
  });

  it('refuses fields, operators and values outside the whitelist', () => {
    rejects(
      () => parseExpression(expr({ poverty_score: { $lt: 5 } }), env()),
      'rjct.filter.invalid',
      'poverty_score is not searchable',
    );
    rejects(() => parseExpression(expr({ name: { $regex: '^김' } }), env()), 'rjct.filter.invalid', '$regex');
    rejects(() => parseExpression(expr({ $where: 'true' }), env()), 'rjct.filter.invalid');
    rejects(
      () => parseExpression(expr({ sex: { $lt: 'female' } }), env()),
      'rjct.filter.invalid',
      'not allowed',
    );
    rejects(
      () => parseExpression(expr({ birth_date: '02.05.2004' }), env()),
      'rjct.filter.invalid',
      'ISO 8601',
    );
    rejects(
      () => parseExpression(expr({ birth_date: '2023-02-29' }), env()),
      'rjct.filter.invalid',
      'calendar',
    );
    rejects(() => parseExpression(expr({ region_code: '11' }), env()), 'rjct.filter.invalid');
    rejects(
      () => parseExpression(expr({ program_id: 'XYZ' }), env()),
      'rjct.filter.invalid',
      'unknown program',
    );
    rejects(() => parseExpression(expr({ enrolment_status: 'active' }), env()), 'rjct.filter.invalid');
    rejects(() => parseExpression(expr({ name: ['a', 'b'] }), env()), 'rjct.filter.invalid', '$in');
    rejects(() => parseExpression(expr({ name: { $in: [] } }), env()), 'rjct.filter.invalid');
    rejects(
      () => parseExpression({ type: 'x', value: { expression: { collection: 'Farm', query: {} } } }, env()),
      'rjct.search_criteria.invalid',
    );
  });

  it('limits size and depth', () => {
    let deep: unknown = { name: 'x' };
    for (let i = 0; i < 10; i++) deep = { $and: [deep] };
    rejects(() => parseExpression(expr(deep), env()), 'rjct.filter.invalid', 'deeper');
    const many = { $or: Array.from({ length: 51 }, () => ({ name: 'x' })) };
    rejects(() => parseExpression(expr(many), env()), 'rjct.filter.invalid', 'more than 50');
    rejects(
      () => parseExpression(expr({ name: { $in: Array.from({ length: 101 }, (_, i) => `n${i}`) } }), env()),
      'rjct.filter.invalid',
    );
  });

  it('keeps a client to its programme grant, marking the refusal as a denial', () => {
    const e = rejects(
      () => parseExpression(expr({ program_id: 'WLF2' }), env({ allowedPrograms: new Set(['WLF1']) })),
      'rjct.filter.invalid',
      'grant',
    );
    expect(e.denial).toBe(true);
  });
});

describe('predicate', () => {
  it('reads expression1 [condition expression2], orders by seq_num and ANDs the items', () => {
    const c = parsePredicate(
      [
        { seq_num: 2, expression1: { attribute_name: 'gender', operator: 'eq', attribute_value: 'm' } },
        {
          seq_num: 1,
          expression1: { attribute_name: 'age', operator: 'lt', attribute_value: '25' },
          condition: 'not',
          expression2: { attribute_name: 'region_code', operator: 'in', attribute_value: '11110,11680' },
        },
        {
          seq_num: '',
          expression1: { attribute_name: 'name', operator: 'eq', attribute_value: '김' },
          condition: '',
          expression2: '',
        },
      ],
      env(),
    );
    expect(c).toEqual({
      and: [
        {
          and: [
            { field: 'age', op: 'lt', values: [25] },
            { not: { field: 'region_code', op: 'in', values: ['11110', '11680'] } },
          ],
        },
        { field: 'sex', op: 'eq', values: ['M'] },
        // No seq_num: its position in the list (2).
        { field: 'name', op: 'eq', values: ['김'] },
      ],
    });
  });

  it('refuses keys the schema does not have (the samples’ expression3) and a dangling condition', () => {
    rejects(
      () =>
        parsePredicate(
          [{ expression1: { attribute_name: 'age', operator: 'lt', attribute_value: 3 }, expression3: {} }],
          env(),
        ),
      'rjct.search_criteria.invalid',
      'expression3',
    );
    rejects(
      () =>
        parsePredicate(
          [{ expression1: { attribute_name: 'age', operator: 'lt', attribute_value: 3 }, condition: 'and' }],
          env(),
        ),
      'rjct.search_criteria.invalid',
    );
    rejects(
      () =>
        parsePredicate(
          [{ expression1: { attribute_name: 'age', operator: 'like', attribute_value: 3 } }],
          env(),
        ),
      'rjct.filter.invalid',
    );
  });

  it('reads a predicate list sent with query_type expression (as some samples do); refuses graphql', () => {
    expect(
      parseQuery(
        'expression',
        [{ expression1: { attribute_name: 'sex', operator: 'eq', attribute_value: 'F' } }],
        env(),
      ).cond,
    ).toEqual({
      field: 'sex',
      op: 'eq',
      values: ['F'],
    });
    rejects(() => parseQuery('graphql', { type: 'x', value: {} }, env()), 'rjct.search_criteria.invalid');
  });
});

describe('IBR enrolled query', () => {
  it('reads the spec form (with or without $), the sample form and person identifiers', () => {
    const e = env({ context: 'enrolment' });
    expect(
      parseEnrolledQuery(
        {
          person_identifier: { eq: '750505-2000004' },
          'programme_identifier.program.programme_identifier': { eq: 'WLF1' },
        },
        e,
      ),
    ).toEqual({ and: [{ rrnHash: ['hash(750505)'] }, { field: 'program_id', op: 'eq', values: ['WLF1'] }] });
    expect(
      parseEnrolledQuery(
        { attribute_name: 'enrolment_status', operator: 'eq', attribute_value: 'Active' },
        e,
      ),
    ).toEqual({
      field: 'enrolment_status',
      op: 'eq',
      values: ['active'],
    });
    rejects(() => parseEnrolledQuery({ person_identifier: { eq: 'ABC451123' } }, e), 'rjct.filter.invalid');
  });
});

describe('SQL translation', () => {
  const dialect = new PgDialect();
  it('binds every value as a parameter; column names come only from the whitelist', () => {
    const { sql, params } = dialect.sqlToQuery(
      toSql(
        parseExpression(
          expr({ $or: [{ name: "x' or 1=1 --" }, { age: { $gte: 18 } }, { program_id: { $in: ['WLF1'] } }] }),
          env(),
        ).cond,
        { context: 'person', today: '2026-03-01' },
      ),
    );
    expect(sql).not.toContain('1=1');
    expect(sql).not.toContain('WLF1');
    expect(params).toEqual(["x' or 1=1 --", '2008-03-01', 'WLF1', 'active', 'suspended']);
    expect(sql).toContain('coalesce(');
  });

  it('computes age thresholds in full years, with 29 February', () => {
    expect(bornBy('2026-03-01', 18)).toBe('2008-03-01');
    expect(bornBy('2024-02-29', 1)).toBe('2023-02-28');
    expect(bornBy('2024-02-29', 4)).toBe('2020-02-29');
  });
});

describe('messages', () => {
  it('never quote a client value that could be an RRN, even where an attribute name belongs', () => {
    const e = rejects(() => parseExpression(expr({ '7505052000004': 'x' }), env()), 'rjct.filter.invalid');
    expect(e.message).not.toContain('7505052000004');
    const t = rejects(
      () => parseIdTypeValue({ type: '750505-2000004', value: 'x' }, env()),
      'rjct.search_criteria.invalid',
    );
    expect(t.message).not.toContain('2000004');
  });
});
