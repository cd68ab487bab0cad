import { randomUUID } from 'node:crypto';
import { createEntitlement } from '@bokji/casework';
import { schema } from '@bokji/db';
import { generateSigningKey, verifyEnvelope } from '@bokji/dci';
import { fixSample, requestErrors, sample, setPath, specDefects } from '@bokji/dci/testing';
import { eq } from 'drizzle-orm';
import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp } from '../../test-app.js';
import { configureDci } from './context.js';
import { type DciKit, expectContract, header, type Json, startDciApp, ts } from './test-kit.js';

/**
 * DCI Social Registry and IBR over the real app. Every response is validated against the DCI
 * specs (the kit's `post`); requests are built from the spec's own sample JSON where one exists.
 */
let k: DciKit;
let admin: Client;
let token: string;
let secret: string;
const people: Record<string, string> = {};
const households: Record<string, string> = {};

// Synthetic RRNs (wrong legacy check digit: never a real person's).
const RRN = { younghee: '750505-2000004', cheolsu: '100303-3000005', minsu: '500115-1000006' };

async function household(cw: Client, regionCode: string, members: Json[]) {
  const res = await cw.post('/api/v1/households', {
    residence: { regionCode, address: `가상로 ${randomUUID().slice(0, 4)}`, tenure: 'owner' },
    effectiveFrom: '2025-01-01',
    members,
  });
  if (res.status !== 201) throw new Error(`household: ${res.status} ${await res.text()}`);
  return (await res.json()) as Json;
}

beforeAll(async () => {
  k = await startDciApp();
  const [jongno, gangnam] = await Promise.all([k.t.as('cw-jongno'), k.t.as('cw-gangnam')]);
  admin = await k.t.as('admin');
  const a = await household(jongno, '11110', [
    { person: { name: '김영희', birthDate: '1975-05-05', sex: 'F', rrn: RRN.younghee }, relation: 'head' },
    { person: { name: '김철수', birthDate: '2010-03-03', sex: 'M', rrn: RRN.cheolsu }, relation: 'child' },
  ]);
  const b = await household(gangnam, '11680', [
    { person: { name: '이민수', birthDate: '1950-01-15', sex: 'M', rrn: RRN.minsu }, relation: 'head' },
  ]);
  const c = await household(jongno, '11110', [
    { person: { name: '박지원', birthDate: '1990-07-07', sex: 'F' }, relation: 'head' },
  ]);
  households.a = a.id;
  households.b = b.id;
  households.c = c.id;
  people.younghee = a.members[0].personId;
  people.cheolsu = a.members[1].personId;
  people.minsu = b.members[0].personId;
  people.jiwon = c.members[0].personId;
  // A person-level enrolment reported by MOHW, a household-level one and one in a MOLIT programme.
  await k.t.database.db.transaction(async (tx) => {
    await createEntitlement(tx, {
      householdId: households.a!,
      personId: people.younghee!,
      programId: 'WLF00001132',
      caseId: null,
      source: 'external',
      sourceMinistry: '보건복지부',
      amountKrw: 500000,
      cycle: 'monthly',
      startDate: '2025-02-01',
      endDate: null,
    });
    await createEntitlement(tx, {
      householdId: households.b!,
      personId: null,
      programId: 'WLF00001180',
      caseId: null,
      source: 'decision',
      amountKrw: null,
      cycle: 'monthly',
      startDate: '2024-01-01',
      endDate: null,
    });
    await createEntitlement(tx, {
      householdId: households.b!,
      personId: people.minsu!,
      programId: 'WLF00003222',
      caseId: null,
      source: 'external',
      amountKrw: 120000,
      cycle: 'monthly',
      startDate: '2025-06-01',
      endDate: null,
    });
  });
  const created = await admin.post('/api/v1/dci/clients', {
    name: '보건복지부 SPMIS',
    username: 'ministry-mohw',
    clientId: 'mohw-spmis',
    senderId: 'mohw-spmis',
    scopes: ['social.search', 'social.subscribe', 'ibr.search', 'ibr.subscribe'],
    callbackUris: ['http://127.0.0.1:9/never'],
  });
  expect(created.status).toBe(201);
  secret = ((await created.json()) as Json).clientSecret;
  token = await k.token('mohw-spmis', secret);
});
afterAll(() => k.t.close());

const search = (items: Json[], extra: Json = {}) => ({
  signature: 'unsigned',
  header: header('search', items.length, extra),
  message: { transaction_id: `txn-${randomUUID()}`, search_request: items },
});
const item = (criteria: Json, ref = `ref-${randomUUID()}`) => ({
  reference_id: ref,
  timestamp: ts(),
  search_criteria: criteria,
});

describe('OAuth2 client credentials and JWKS', () => {
  it('issues an EdDSA JWT that verifies against the published JWKS (both locations), with the granted scopes', async () => {
    for (const path of ['/api/v1/dci/.well-known/jwks.json', '/.well-known/jwks.json']) {
      const res = await k.t.app.request(path);
      expect(res.status).toBe(200);
      const jwks = (await res.json()) as Json;
      expectContract('jwks', '/.well-known/jwks.json', 200, jwks, 'get');
      expect(jwks.keys[0]).toMatchObject({
        kty: 'OKP',
        crv: 'Ed25519',
        use: 'sig',
        alg: 'EdDSA',
        kid: k.key.kid,
      });
      expect(jwks.keys[0].d).toBeUndefined();
      const { payload } = await jwtVerify(token, createLocalJWKSet(jwks as never), {
        audience: 'bokji-dci',
        issuer: 'bokji',
      });
      expect(payload.sub).toBe('mohw-spmis');
      expect(payload.scope).toBe('social.search social.subscribe ibr.search ibr.subscribe');
    }
  });

  it('accepts HTTP Basic client authentication and narrows scopes on request', async () => {
    const res = await k.t.app.request('/api/v1/dci/oauth2/client/token', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`mohw-spmis:${secret}`).toString('base64')}`,
      },
      body: 'grant_type=client_credentials&scope=ibr.search',
    });
    const body = (await res.json()) as Json;
    expectContract('authz', '/oauth2/client/token', res.status, body);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: '3600', scope: 'ibr.search' });
    expect(decodeJwt(body.access_token).scope).toBe('ibr.search');
  });

  it('refuses a wrong secret, another grant type and an ungranted scope (RFC 6749 errors, DCI errors list)', async () => {
    const attempt = async (form: Record<string, string>) => {
      const res = await k.t.app.request('/api/v1/dci/oauth2/client/token', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form).toString(),
      });
      const body = (await res.json()) as Json;
      expectContract('authz', '/oauth2/client/token', res.status, body);
      return { status: res.status, body };
    };
    const base = { grant_type: 'client_credentials', client_id: 'mohw-spmis', client_secret: secret };
    expect(await attempt({ ...base, client_secret: 'wrong' })).toMatchObject({
      status: 401,
      body: { error: 'invalid_client', errors: [{ code: 'err.request.unauthorized' }] },
    });
    expect(await attempt({ ...base, client_id: 'nobody' })).toMatchObject({ status: 401 });
    expect(await attempt({ ...base, grant_type: 'password' })).toMatchObject({
      status: 400,
      body: { error: 'unsupported_grant_type' },
    });
    expect(await attempt({ ...base, scope: 'social.search admin' })).toMatchObject({
      status: 400,
      body: { error: 'invalid_scope' },
    });
  });

  it('answers 401 without a token, with a Bokji session token, with a forged or expired JWT', async () => {
    const body = search([item({ query_type: 'idtype-value', query: { type: 'RRN', value: RRN.younghee } })]);
    expect((await k.post('social', '/registry/sync/search', body, '')).status).toBe(401);
    expect((await k.post('social', '/registry/sync/search', body, admin.token)).status).toBe(401);
    const [h, p] = token.split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...decodeJwt(token), sub: 'someone' })).toString('base64url')}.${token.split('.')[2]}`;
    expect((await k.post('social', '/registry/sync/search', body, forged)).status).toBe(401);
    expect(p).toBeTruthy();
  });

  it('answers 403 when the token lacks the scope, and logs the denial', async () => {
    const narrow = await k.token('mohw-spmis', secret, 'ibr.search');
    const res = await k.post(
      'social',
      '/registry/sync/search',
      search([item({ query_type: 'idtype-value', query: { type: 'RRN', value: RRN.younghee } })]),
      narrow,
    );
    expect(res.status).toBe(403);
    expect(res.body.errors[0].code).toBe('err.request.forbidden');
    const rows = await k.t.database.db
      .select()
      .from(schema.accessLog)
      .where(eq(schema.accessLog.requestId, res.requestId));
    expect(rows).toEqual([
      expect.objectContaining({ action: 'dci.social.search', outcome: 'denied', username: 'ministry-mohw' }),
    ]);
  });

  it('stops a disabled client at once', async () => {
    const other = await admin.post('/api/v1/dci/clients', {
      name: 'temp',
      username: 'ministry-mohw',
      clientId: 'temp-client',
      scopes: ['social.search'],
    });
    const s = ((await other.json()) as Json).clientSecret;
    const tk = await k.token('temp-client', s);
    expect((await admin.post('/api/v1/dci/clients/temp-client/disable', {})).status).toBe(200);
    const res = await k.post(
      'social',
      '/registry/sync/search',
      search([item({ query_type: 'idtype-value', query: { type: 'RRN', value: RRN.younghee } })], {
        sender_id: 'x',
      }),
      tk,
    );
    expect(res.status).toBe(401);
  });
});

describe('Social Registry sync search', () => {
  it('finds a person by RRN (idtype-value, the keyed hash), built from the spec sample; logs the read with its purpose and no RRN', async () => {
    const { body, changes } = fixSample(sample('ibr', 'processflow3areq.json'));
    expect(changes).toContain('header.total_count: string → integer');
    setPath(body, 'header.sender_id', 'mohw-spmis');
    setPath(body, 'message.search_request.0.search_criteria.query.value', RRN.younghee);
    setPath(body, 'message.search_request.0.search_criteria.query.type', 'NationalID');
    setPath(body, 'message.search_request.0.search_criteria.sort', [
      { attribute_name: 'birth_date', sort_order: 'asc' },
    ]);
    setPath(body, 'message.search_request.0.search_criteria.authorize', {
      purpose: { text: `기초생활 자격 확인 ${RRN.younghee}`, code: 'qualification' },
    });
    expect(requestErrors('social', '/registry/sync/search', body)).toEqual([]);
    const res = await k.post('social', '/registry/sync/search', body, token);
    expect(res.status).toBe(200);
    expect(res.body.header).toMatchObject({
      action: 'on-search',
      status: 'succ',
      sender_id: 'bokji',
      receiver_id: 'mohw-spmis',
    });
    const r = res.body.message.search_response[0];
    expect(r).toMatchObject({
      status: 'succ',
      pagination: { total_count: 1, page_number: 1, page_size: 10 },
    });
    expect(r.data).toMatchObject({ reg_type: 'ns:org:RegistryType:Social', reg_record_type: 'Member' });
    const rec = r.data.reg_records[0];
    expect(rec.member_identifier[0]).toEqual({
      '@type': 'Identifier',
      identifier_type: 'BOKJI_PERSON_ID',
      identifier_value: people.younghee,
    });
    expect(rec.demographic_info).toMatchObject({
      name: { full_name: '김영희' },
      sex: 'female',
      birth_date: '1975-05-05',
    });
    expect(rec.relationship_head).toBe('head');
    expect(JSON.stringify(res.body)).not.toContain('2000004');
    const jwks = (await (await k.t.app.request('/.well-known/jwks.json')).json()) as Json;
    expect(verifyEnvelope(res.body.signature, res.body.header, res.body.message, jwks as never)).toBe(true);
    expect(
      verifyEnvelope(
        res.body.signature,
        { ...res.body.header, status: 'rjct' },
        res.body.message,
        jwks as never,
      ),
    ).toBe(false);

    const rows = await k.t.database.db
      .select()
      .from(schema.accessLog)
      .where(eq(schema.accessLog.requestId, res.requestId));
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'dci.social.search',
        personId: people.younghee,
        householdId: households.a,
        username: 'ministry-mohw',
        role: 'ministry',
        outcome: 'allowed',
        purpose: '기초생활 자격 확인 [RRN]',
      }),
    ]);
    const all = JSON.stringify(await k.t.database.db.select().from(schema.accessLog));
    for (const rrn of Object.values(RRN)) expect(all).not.toContain(rrn.slice(7));
  });

  it('searches by expression (the spec sample, fixed up to whitelisted fields): women in a region, paged and sorted', async () => {
    const { body } = fixSample(sample('social', 'processflow1-3req.json'));
    setPath(body, 'header.sender_id', 'mohw-spmis');
    setPath(body, 'message.search_request.0.search_criteria.response_entity', 'Member');
    setPath(body, 'message.search_request.0.search_criteria.query.value.expression.query', {
      $and: [{ 'demographic_info.person.sex': { $eq: 'female' } }, { region_code: { $in: ['11110'] } }],
    });
    setPath(body, 'message.search_request.0.search_criteria.sort', [
      { attribute_name: 'birth_date', sort_order: 'desc' },
    ]);
    setPath(body, 'message.search_request.0.search_criteria.pagination', { page_size: 1, page_number: 2 });
    expect(requestErrors('social', '/registry/sync/search', body)).toEqual([]);
    const res = await k.post('social', '/registry/sync/search', body, token);
    const r = res.body.message.search_response[0];
    expect(r.pagination).toEqual({ page_size: 1, page_number: 2, total_count: 2 });
    expect(r.data.reg_records.map((x: Json) => x.demographic_info.name.full_name)).toEqual(['김영희']);
  });

  it('searches households (Group) with the spec sample "household_size < 5", its response_entity "Household" read as Group', async () => {
    const { body, changes } = fixSample(sample('social', 'processflow1-2req.json'));
    expect(changes).toContain('[0].response_entity: Household (not in the enum) → Group');
    expect(requestErrors('social', '/registry/sync/search', body)).toEqual([]);
    setPath(body, 'message.search_request.0.search_criteria.response_entity', 'Household');
    setPath(body, 'header.sender_id', 'mohw-spmis');
    setPath(body, 'message.search_request.0.search_criteria.sort', [
      { attribute_name: 'household_size', sort_order: 'desc' },
    ]);
    const res = await k.post('social', '/registry/sync/search', body, token);
    const r = res.body.message.search_response[0];
    expect(r.status).toBe('succ');
    expect(r.data.reg_record_type).toBe('Group');
    expect(r.pagination.total_count).toBe(3);
    const first = r.data.reg_records[0];
    expect(first).toMatchObject({ group_type: 'household', group_size: 2, place: { region_code: '11110' } });
    expect(first.group_head_info.demographic_info.name.full_name).toBe('김영희');
    expect(first.member_list).toHaveLength(2);
    const rows = await k.t.database.db
      .select()
      .from(schema.accessLog)
      .where(eq(schema.accessLog.requestId, res.requestId));
    expect(new Set(rows.map((x) => x.personId))).toEqual(new Set(Object.values(people)));
  });

  it('searches by predicate (ages, enrolment), and the sample with query_type expression and a predicate list', async () => {
    const { body } = fixSample(sample('social', 'processflow2req.json'));
    setPath(body, 'header.sender_id', 'mohw-spmis');
    setPath(body, 'message.search_request.0.search_criteria.query', [
      {
        seq_num: 1,
        expression1: { attribute_name: 'age', operator: 'ge', attribute_value: '18' },
        condition: 'and',
        expression2: { attribute_name: 'program_id', operator: 'eq', attribute_value: 'WLF00001132' },
      },
    ]);
    setPath(body, 'message.search_request.0.search_criteria.sort', undefined);
    const res = await k.post('social', '/registry/sync/search', body, token);
    expect(
      res.body.message.search_response[0].data.reg_records.map(
        (x: Json) => x.demographic_info.name.full_name,
      ),
    ).toEqual(['김영희']);
    const young = await k.post(
      'social',
      '/registry/sync/search',
      search([
        item({
          query_type: 'predicate',
          query: [
            { seq_num: 2, expression1: { attribute_name: 'age', operator: 'lt', attribute_value: 18 } },
            {
              seq_num: 1,
              expression1: { attribute_name: 'sex', operator: 'in', attribute_value: 'M,F' },
              condition: 'not',
              expression2: { attribute_name: 'region_code', operator: 'eq', attribute_value: '11680' },
            },
          ],
        }),
      ]),
      token,
    );
    expect(
      young.body.message.search_response[0].data.reg_records.map(
        (x: Json) => x.demographic_info.name.full_name,
      ),
    ).toEqual(['김철수']);
  });

  it('rejects what is not whitelisted, per request and with the spec codes; injection stays a value', async () => {
    const samples = ['processflow1-1req.json', 'processflow3areq.json'].map((f) => {
      const { body } = fixSample(sample('social', f));
      setPath(body, 'header.sender_id', 'mohw-spmis');
      return body;
    });
    const poverty = await k.post('social', '/registry/sync/search', samples[0], token);
    expect(poverty.status).toBe(200);
    expect(poverty.body.header.status).toBe('rjct');
    expect(poverty.body.message.search_response[0]).toMatchObject({
      status: 'rjct',
      status_reason_code: 'rjct.filter.invalid',
    });
    expect(poverty.body.message.search_response[0].status_reason_message).toContain(
      'poverty_score is not searchable',
    );
    const three = await k.post('social', '/registry/sync/search', samples[1], token);
    expect(three.body.message.search_response[0].status_reason_code).toBe('rjct.search_criteria.invalid');

    const expr = (query: Json) => ({
      query_type: 'expression',
      query: { type: 'ns:org:QueryType:expression', value: { expression: { query } } },
    });
    const cases: [Json, string][] = [
      [expr({ 'name; drop table people': 'x' }), 'rjct.filter.invalid'],
      [expr({ name: { $regex: '.*' } }), 'rjct.filter.invalid'],
      [expr({ $where: 'sleep(1)' }), 'rjct.filter.invalid'],
      [expr({ birth_date: { $gt: '05.02.2004' } }), 'rjct.filter.invalid'],
      [expr({ sex: { $gt: 'female' } }), 'rjct.filter.invalid'],
      [expr({ program_id: 'WLF99999999' }), 'rjct.filter.invalid'],
      [{ query_type: 'graphql', query: { type: 'x', value: {} } }, 'rjct.search_criteria.invalid'],
      [
        { query_type: 'idtype-value', query: { type: 'PASSPORT', value: 'M123' } },
        'rjct.search_criteria.invalid',
      ],
      [{ ...expr({ name: '김영희' }), pagination: { page_size: 10_000 } }, 'rjct.pagination.invalid'],
      [
        { ...expr({ name: '김영희' }), sort: [{ attribute_name: 'poverty_score', sort_order: 'asc' }] },
        'rjct.sort.invalid',
      ],
    ];
    const res = await k.post('social', '/registry/sync/search', search(cases.map(([c]) => item(c))), token);
    expect(res.body.message.search_response.map((r: Json) => r.status_reason_code)).toEqual(
      cases.map(([, code]) => code),
    );
    const injection = await k.post(
      'social',
      '/registry/sync/search',
      search([item(expr({ name: "' or 1=1 --" }))]),
      token,
    );
    expect(injection.body.message.search_response[0]).toMatchObject({
      status: 'succ',
      pagination: { total_count: 0 },
    });
    const rows = await k.t.database.db
      .select()
      .from(schema.accessLog)
      .where(eq(schema.accessLog.requestId, injection.requestId));
    expect(rows).toEqual([expect.objectContaining({ personId: null, action: 'dci.social.search' })]);
  });

  it('rejects a duplicate reference id and a bad timestamp per request, and whole messages with header codes', async () => {
    const crit = { query_type: 'idtype-value', query: { type: 'BOKJI_PERSON_ID', value: people.jiwon } };
    const dup = await k.post(
      'social',
      '/registry/sync/search',
      search([item(crit, 'r1'), item(crit, 'r1'), { ...item(crit, 'r2'), timestamp: 'yesterday' }]),
      token,
    );
    expect(dup.body.header.status).toBe('succ');
    expect(dup.body.message.search_response.map((r: Json) => r.status_reason_code ?? r.status)).toEqual([
      'succ',
      'rjct.reference_id.duplicate',
      'rjct.timestamp.invalid',
    ]);
    const bad = async (mutate: (b: Json) => void, code: string | undefined, status = 400) => {
      const b = search([item(crit)]);
      mutate(b);
      const res = await k.post('social', '/registry/sync/search', b, token);
      expect(res.status).toBe(status);
      expect(res.body.header.status).toBe('rjct');
      expect(res.body.header.status_reason_code).toBe(code);
      expect(res.body.errors[0].code).toMatch(/^err\./);
      return res;
    };
    await bad((b) => (b.header.action = 'subscribe'), 'rjct.action.invalid');
    await bad((b) => (b.header.total_count = 2), 'rjct.total_count.invalid');
    await bad((b) => (b.header.version = '2.0.0'), 'rjct.version.invalid');
    await bad((b) => (b.header.message_ts = 'now'), 'rjct.message_ts.invalid');
    await bad((b) => (b.header.sender_id = 'someone-else'), undefined);
    await bad((b) => (b.header.is_msg_encrypted = true), undefined);
    await bad((b) => delete b.message, undefined);
    const once = search([item(crit)]);
    expect((await k.post('social', '/registry/sync/search', once, token)).status).toBe(200);
    const again = await k.post('social', '/registry/sync/search', once, token);
    expect(again.body.header.status_reason_code).toBe('rjct.message_id.duplicate');
    const malformed = await k.post('social', '/registry/sync/search', '{"header": ', token);
    expect(malformed.status).toBe(400);
  });
});

describe('IBR', () => {
  it('sync/search finds enrolments by RRN (the spec sample) and by programme, one row per beneficiary', async () => {
    const { body } = fixSample(sample('ibr', 'processflow4req.json'));
    setPath(body, 'header.sender_id', 'mohw-spmis');
    setPath(body, 'message.search_request.0.search_criteria.query.value', RRN.younghee);
    setPath(body, 'message.search_request.0.search_criteria.sort', [
      { attribute_name: 'enrolment_date', sort_order: 'asc' },
    ]);
    expect(requestErrors('ibr', '/registry/sync/search', body)).toEqual([]);
    const res = await k.post('ibr', '/registry/sync/search', body, token);
    const r = res.body.message.search_response[0];
    expect(r.data).toMatchObject({ reg_type: 'ns:org:RegistryType:IBR', reg_record_type: 'Beneficiary' });
    expect(r.data.reg_records).toHaveLength(1);
    expect(r.data.reg_records[0]).toMatchObject({
      assistance_unit: 'individual',
      member: { member_identifier: [{ identifier_value: people.younghee }] },
      programme_identifier: {
        programme: { programme_identifier: 'WLF00001132' },
        enrolment_date: '2025-02-01',
        enrolment_status: 'active',
        benefits: { benefit_value: 'KRW 500000', benefit_frequency: 'monthly' },
        source: 'external',
      },
    });
    const byProgramme = await k.post(
      'ibr',
      '/registry/sync/search',
      search([
        item({
          query_type: 'expression',
          query: {
            type: 'ns:org:QueryType:expression',
            value: {
              expression: {
                query: {
                  program_id: 'WLF00001180',
                  enrolment_status: 'active',
                  enrolment_date: { $lte: '2025-01-01' },
                },
              },
            },
          },
        }),
      ]),
      token,
    );
    const rows = byProgramme.body.message.search_response[0].data.reg_records;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      assistance_unit: 'household',
      member: { member_identifier: [{ identifier_value: people.minsu }] },
    });
  });

  it('sync/enrolled answers yes / no (spec query form and the sample form) and logs the person asked about', async () => {
    const { body } = fixSample(sample('ibr', 'processflow2req.json'));
    setPath(body, 'header.sender_id', 'mohw-spmis');
    setPath(body, 'message.enrolled_criteria.query.attribute_value', people.younghee);
    expect(requestErrors('ibr', '/registry/sync/enrolled', body)).toEqual([]);
    const yes = await k.post('ibr', '/registry/sync/enrolled', body, token);
    expect(yes.status).toBe(200);
    expect(yes.body.message.enrolled_response[0]).toMatchObject({ status: 'succ', enrolled_status: 'yes' });
    const ask = (query: Json) =>
      k.post(
        'ibr',
        '/registry/sync/enrolled',
        {
          header: header('search', 1),
          message: {
            transaction_id: `txn-${randomUUID()}`,
            enrolled_criteria: { query_type: 'expression', response_entity: 'Member', query },
          },
        },
        token,
      );
    const no = await ask({
      person_identifier: { eq: RRN.younghee },
      'programme_identifier.program.programme_identifier': { eq: 'WLF00001180' },
    });
    expect(no.body.message.enrolled_response[0].enrolled_status).toBe('no');
    const rows = await k.t.database.db
      .select()
      .from(schema.accessLog)
      .where(eq(schema.accessLog.requestId, no.requestId));
    expect(rows).toEqual([
      expect.objectContaining({ action: 'dci.ibr.enrolled', personId: people.younghee }),
    ]);
    const household = await ask({
      person_identifier: { eq: people.minsu },
      program_id: { eq: 'WLF00001180' },
    });
    expect(household.body.message.enrolled_response[0].enrolled_status).toBe('yes');
    const bad = await ask({ poverty_score: { lt: 3 } });
    expect(bad.body.message.enrolled_response[0]).toMatchObject({
      status: 'rjct',
      enrolled_status: 'no',
      status_reason_code: 'rjct.filter.invalid',
    });
  });

  it('keeps a client to its programme grant', async () => {
    const limited = await admin.post('/api/v1/dci/clients', {
      name: 'MOHW limited',
      username: 'ministry-mohw',
      clientId: 'mohw-limited',
      scopes: ['ibr.search'],
      programIds: ['WLF00001132', 'WLF00001180'],
    });
    const tk = await k.token('mohw-limited', ((await limited.json()) as Json).clientSecret);
    const q = (query: Json) =>
      item({
        query_type: 'expression',
        query: { type: 'ns:org:QueryType:expression', value: { expression: { query } } },
      });
    const res = await k.post(
      'ibr',
      '/registry/sync/search',
      search([q({ person_id: people.minsu }), q({ program_id: 'WLF00003222' })]),
      tk,
    );
    const [all, outside] = res.body.message.search_response;
    expect(
      all.data.reg_records.map((r: Json) => r.programme_identifier.programme.programme_identifier),
    ).toEqual(['WLF00001180']);
    expect(outside).toMatchObject({ status: 'rjct', status_reason_code: 'rjct.filter.invalid' });
    const rows = await k.t.database.db
      .select()
      .from(schema.accessLog)
      .where(eq(schema.accessLog.requestId, res.requestId));
    expect(rows.map((r) => r.outcome).sort()).toEqual(['allowed', 'denied']);
  });
});

describe('txn status (sync)', () => {
  it('reports the statuses of the client’s own earlier requests, by transaction id, correlation id or reference ids', async () => {
    const body = search([
      item({ query_type: 'idtype-value', query: { type: 'RRN', value: RRN.minsu } }, 'ok-1'),
      item({ query_type: 'idtype-value', query: { type: 'UIN', value: 'nope' } }, 'bad-1'),
    ]);
    const first = await k.post('social', '/registry/sync/search', body, token);
    const status = (
      attribute_type: string,
      attribute_value: unknown,
      registry: 'social' | 'ibr' = 'social',
    ) =>
      k.post(
        registry,
        '/registry/sync/txn/status',
        {
          header: header('txn-status', 1),
          message: {
            transaction_id: `status-${randomUUID()}`,
            txnstatus_request: { reference_id: 'q1', txn_type: 'search', attribute_type, attribute_value },
          },
        },
        token,
      );
    for (const [type, value] of [
      ['transaction_id', body.message.transaction_id],
      ['correlation_id', first.body.message.correlation_id],
    ] as const) {
      const res = await status(type, value);
      expect(res.body.header).toMatchObject({ action: 'txn-on-status', status: 'succ' });
      expect(res.body.message.txnstatus_response.txn_status).toMatchObject({
        transaction_id: body.message.transaction_id,
        correlation_id: first.body.message.correlation_id,
      });
      expect(
        res.body.message.txnstatus_response.txn_status.search_response.map((i: Json) => [
          i.reference_id,
          i.status,
          i.status_reason_code,
        ]),
      ).toEqual([
        ['ok-1', 'succ', undefined],
        ['bad-1', 'rjct', 'rjct.filter.invalid'],
      ]);
      expect(JSON.stringify(res.body)).not.toContain('이민수');
    }
    const refs = await status('reference_id_list', ['bad-1']);
    expect(refs.body.message.txnstatus_response.txn_status.search_response).toHaveLength(1);
    const elsewhere = await status('transaction_id', body.message.transaction_id, 'ibr');
    expect(elsewhere.body.header.status).toBe('rjct');
  });
});

describe('OpenAPI', () => {
  it('documents the DCI operations in the API document, with the DCI bearer scheme', async () => {
    const doc = (await (await k.t.app.request('/openapi.json')).json()) as Json;
    for (const p of [
      '/api/v1/dci/social/registry/sync/search',
      '/api/v1/dci/social/registry/search',
      '/api/v1/dci/social/registry/subscribe',
      '/api/v1/dci/ibr/registry/sync/enrolled',
      '/api/v1/dci/ibr/registry/sync/search',
      '/api/v1/dci/oauth2/client/token',
      '/api/v1/dci/.well-known/jwks.json',
    ])
      expect(Object.keys(doc.paths)).toContain(p);
    expect(doc.components.securitySchemes.dciBearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.paths['/api/v1/dci/social/registry/sync/search'].post.security).toEqual([{ dciBearer: [] }]);
  });

  it('lists the spec defects worked around while validating', () => {
    expect(specDefects.social).toContain(
      'info.version is missing (folded into info.description); set to 1.0.0 in memory',
    );
    expect(
      specDefects.ibr.some((d) => d.startsWith('/registry/sync/enrolled: responses.default is a schema')),
    ).toBe(true);
  });
});

describe('notification runs and the app lifecycle', () => {
  it('stops its notification runs when the app closes: none runs against the closed database', async () => {
    const app = await createTestApp();
    configureDci(app.database, { signingKey: generateSigningKey() }, 5);
    // The first DCI request starts the service and its runs every 5 ms.
    expect((await app.app.request('/api/v1/dci/.well-known/jwks.json')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 30));
    await app.close();
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      await new Promise((r) => setTimeout(r, 60));
    } finally {
      console.error = original;
    }
    expect(errors).toEqual([]);
  });

  it('issues a token like a login: never recorded for a replay, even with an Idempotency-Key', async () => {
    const app = await createTestApp();
    const signingKey = generateSigningKey();
    configureDci(app.database, { signingKey }, 5);
    const admin = await app.as('admin');
    const created = await admin.post('/api/v1/dci/clients', {
      name: '국토교통부 시험',
      username: 'ministry-molit',
      clientId: 'molit-keyed',
      scopes: ['social.search'],
    });
    expect(created.status).toBe(201);
    const secret = ((await created.json()) as Json).clientSecret as string;
    const tokenRequest = () =>
      app.app.request('/api/v1/dci/oauth2/client/token', {
        method: 'POST',
        headers: {
          authorization: `Bearer ${admin.token}`,
          'idempotency-key': 'token-keyed-1',
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: 'molit-keyed',
          client_secret: secret,
        }).toString(),
      });
    const jwks = createLocalJWKSet({ keys: [signingKey.publicJwk] } as never);
    const issued: string[] = [];
    for (const _ of [1, 2]) {
      const res = await tokenRequest();
      expect(res.status).toBe(200);
      const token = ((await res.json()) as Json).access_token as string;
      const { payload } = await jwtVerify(token, jwks, { audience: 'bokji-dci', issuer: 'bokji' });
      expect(payload.sub).toBe('molit-keyed');
      issued.push(token);
    }
    expect(issued[1]).not.toBe(issued[0]);
    const kept = await app.database.db.select().from(schema.idempotencyKeys);
    expect(kept.filter((row) => JSON.stringify(row).includes(issued[0]!))).toEqual([]);
    await app.close();
  });
});
