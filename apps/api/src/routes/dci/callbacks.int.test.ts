import { randomUUID } from 'node:crypto';
import { createEntitlement } from '@bokji/casework';
import { schema } from '@bokji/db';
import { verifyEnvelope } from '@bokji/dci';
import { fixSample, requestErrors, sample, setPath } from '@bokji/dci/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyedDeps } from '../../middleware/idempotency.js';
import type { Client } from '../../test-app.js';
import { dciFor, dciIdle } from './context.js';
import { type DciKit, header, type Json, type Received, startDciApp, startReceiver, ts } from './test-kit.js';

/**
 * The async round trips on loopback: ACK with a correlation id, then the reply POSTed to the
 * caller's `sender_uri` by a real HTTP request to a receiver on 127.0.0.1. Every callback body is
 * validated against the spec's request schema of the endpoint that receives it (on-search,
 * txn/on-status, on-subscribe, on-unsubscribe, notify) and its signature against the JWKS.
 */
let k: DciKit;
let rx: Awaited<ReturnType<typeof startReceiver>>;
let token: string;
let jongno: Client;
let admin: Client;
let jwks: Json;
const RRN = '880808-1000007';
let personId: string;

beforeAll(async () => {
  rx = await startReceiver();
  k = await startDciApp();
  [jongno, admin] = await Promise.all([k.t.as('cw-jongno'), k.t.as('admin')]);
  const hh = await jongno.post('/api/v1/households', {
    residence: { regionCode: '11110', address: '가상로 1', tenure: 'owner' },
    effectiveFrom: '2025-01-01',
    members: [{ person: { name: '정콜백', birthDate: '1988-08-08', sex: 'M', rrn: RRN }, relation: 'head' }],
  });
  const hhBody = (await hh.json()) as Json;
  if (hh.status !== 201) throw new Error(`household ${hh.status} ${JSON.stringify(hhBody)}`);
  personId = hhBody.members[0].personId;
  const created = await admin.post('/api/v1/dci/clients', {
    name: 'SPMIS',
    username: 'ministry-mohw',
    clientId: 'spmis',
    scopes: ['social.search', 'social.subscribe', 'ibr.search', 'ibr.subscribe'],
    callbackUris: [`${rx.url}/dci`],
  });
  token = await k.token('spmis', ((await created.json()) as Json).clientSecret);
  jwks = (await (await k.t.app.request('/.well-known/jwks.json')).json()) as Json;
});
afterAll(async () => {
  await dciIdle(k.t.database);
  await rx.close();
  await k.t.close();
});

/** The callback is what the spec says the receiving endpoint accepts, and it carries Bokji's signature. */
function expectCallback(spec: 'social' | 'ibr', path: string, r: Received) {
  expect(requestErrors(spec, path, r.body)).toEqual([]);
  expect(verifyEnvelope(r.body.signature, r.body.header, r.body.message, jwks as never)).toBe(true);
}

const byCorrelation = (id: string) => (r: Received) => r.body.message?.correlation_id === id;

describe('async search', () => {
  it('ACKs, then POSTs on-search to sender_uri; txn status follows the delivery', async () => {
    const { body } = fixSample(sample('social', 'processflow1-2req.json'));
    setPath(body, 'header.sender_uri', `${rx.url}/dci/registry/on-search`);
    setPath(body, 'message.search_request.0.search_criteria.query.value.expression.query', {
      region_code: '11110',
    });
    setPath(body, 'message.search_request.0.search_criteria.sort', [
      { attribute_name: 'region_code', sort_order: 'asc' },
    ]);
    expect(requestErrors('social', '/registry/search', body)).toEqual([]);
    const res = await k.post('social', '/registry/search', body, token);
    expect(res.status).toBe(202);
    expect(res.body.message.ack_status).toBe('ACK');
    const cb = await rx.next(byCorrelation(res.body.message.correlation_id));
    expect(cb.path).toBe('/dci/registry/on-search');
    expectCallback('social', '/registry/on-search', cb);
    expect(cb.body.header).toMatchObject({ action: 'on-search', status: 'succ', receiver_id: 'SP-System' });
    expect(cb.body.message.transaction_id).toBe((body.message as Json).transaction_id);
    const group = cb.body.message.search_response[0].data.reg_records[0];
    expect(group.member_list[0].demographic_info.name.full_name).toBe('정콜백');

    await dciIdle(k.t.database);
    const [txn] = await k.t.database.db
      .select()
      .from(schema.dciTransactions)
      .where(eq(schema.dciTransactions.correlationId, res.body.message.correlation_id));
    expect(txn).toMatchObject({ status: 'succ', delivery: 'delivered', deliveryAttempts: 1, mode: 'async' });
    const rows = await k.t.database.db
      .select()
      .from(schema.accessLog)
      .where(eq(schema.accessLog.requestId, res.requestId));
    expect(rows).toEqual([
      expect.objectContaining({ action: 'dci.social.search', personId, outcome: 'allowed' }),
    ]);

    const status = await k.post(
      'social',
      '/registry/txn/status',
      {
        header: header('txn-status', 1, {
          sender_id: 'SP-System',
          sender_uri: `${rx.url}/dci/registry/txn/on-status`,
        }),
        message: {
          transaction_id: `st-${randomUUID()}`,
          txnstatus_request: {
            reference_id: 'st-1',
            txn_type: 'search',
            attribute_type: 'correlation_id',
            attribute_value: res.body.message.correlation_id,
          },
        },
      },
      token,
    );
    expect(status.status).toBe(202);
    const onStatus = await rx.next(byCorrelation(status.body.message.correlation_id));
    expectCallback('social', '/registry/txn/on-status', onStatus);
    expect(onStatus.body.message.txnstatus_response.txn_status.search_response[0]).toMatchObject({
      status: 'succ',
    });
  });

  it('in a request’s transaction, replies only after the commit, from what the transaction wrote', async () => {
    const app = dciFor(k.t.deps);
    const { principal, scopes } = await app.authenticate(`Bearer ${token}`);
    const caller = { principal, scopes, ip: null, requestId: randomUUID(), purpose: '지연 회신 확인' };
    const { body } = fixSample(sample('social', 'processflow1-2req.json'));
    setPath(body, 'header.sender_uri', `${rx.url}/dci/registry/on-search`);
    setPath(body, 'message.search_request.0.search_criteria.query.value.expression.query', {
      region_code: '11110',
    });
    const held: (() => void)[] = [];
    let correlationId = '';
    await k.t.database.db.transaction(async (tx) => {
      // What the idempotency middleware hands a keyed request: its transaction, and afterCommit.
      const view = dciFor(keyedDeps(k.t.deps, tx as never, (start) => void held.push(start)));
      const ack = await view.search(caller, 'social', body, 'async');
      expect(ack.status).toBe(202);
      correlationId = (ack.body as Json).message.correlation_id;
    });
    const byThis = byCorrelation(correlationId);
    await dciIdle(k.t.database);
    expect(rx.received.filter(byThis)).toEqual([]); // held until the commit
    expect(held).toHaveLength(1);
    for (const start of held) start();
    const cb = await rx.next(byThis);
    expect(cb.body.header).toMatchObject({ action: 'on-search', status: 'succ' });
    await dciIdle(k.t.database);
    const [txn] = await k.t.database.db
      .select()
      .from(schema.dciTransactions)
      .where(eq(schema.dciTransactions.correlationId, correlationId));
    expect(txn).toMatchObject({ status: 'succ', delivery: 'delivered', mode: 'async' });
  });

  it('refuses a sender_uri outside the registered prefixes (ERR err.sender_uri.invalid), and records failed deliveries', async () => {
    const req = (uri?: string) => ({
      header: header('search', 1, uri ? { sender_uri: uri } : {}),
      message: {
        transaction_id: `t-${randomUUID()}`,
        search_request: [
          {
            reference_id: 'r1',
            timestamp: ts(),
            search_criteria: { query_type: 'idtype-value', query: { type: 'RRN', value: RRN } },
          },
        ],
      },
    });
    for (const uri of [
      undefined,
      'http://169.254.169.254/latest',
      `${rx.url}/dcievil`,
      `${rx.url.replace('127.0.0.1', 'localhost')}/dci`,
    ]) {
      const res = await k.post('ibr', '/registry/search', req(uri), token);
      expect(res.status).toBe(400);
      expect(res.body.message).toMatchObject({
        ack_status: 'ERR',
        error: { code: 'err.sender_uri.invalid' },
      });
    }
    rx.respondWith.status = 500;
    const failing = await k.post('ibr', '/registry/search', req(`${rx.url}/dci/fail`), token);
    expect(failing.status).toBe(202);
    await dciIdle(k.t.database);
    rx.respondWith.status = 200;
    const [txn] = await k.t.database.db
      .select()
      .from(schema.dciTransactions)
      .where(eq(schema.dciTransactions.correlationId, failing.body.message.correlation_id));
    expect(txn).toMatchObject({ delivery: 'failed', deliveryAttempts: 2, lastError: 'HTTP 500' });
    expect(rx.received.filter((r) => r.path === '/dci/fail')).toHaveLength(2);
  });
});

describe('subscribe, notify, unsubscribe', () => {
  it('Social Registry: on-subscribe with a code, notify on REGISTER in the region, nothing after unsubscribe', async () => {
    const subscribe = {
      header: header('subscribe', 1, { sender_uri: `${rx.url}/dci/social` }),
      message: {
        transaction_id: `sub-${randomUUID()}`,
        subscribe_request: [
          {
            reference_id: 's1',
            timestamp: ts(),
            subscribe_criteria: {
              reg_type: 'ns:org:RegistryType:Social',
              reg_event_type: 'REGISTER',
              filter_type: 'expression',
              filter: {
                type: 'ns:org:QueryType:expression',
                value: { expression: { query: { region_code: '11680' } } },
              },
              notify_record_type: 'spdci-extensions-dci:Member',
              authorize: { purpose: { text: '신규 등록자 연계', code: 'enrolment' } },
            },
          },
          {
            reference_id: 's2',
            timestamp: ts(),
            subscribe_criteria: {
              reg_event_type: 'LiveBirth',
              filter: { type: 'RRN', value: RRN },
              notify_record_type: 'Member',
            },
          },
        ],
      },
    };
    setPath(subscribe, 'header.total_count', 2);
    expect(requestErrors('social', '/registry/subscribe', subscribe)).toEqual([]);
    const ack = await k.post('social', '/registry/subscribe', subscribe, token);
    expect(ack.status).toBe(202);
    const onSub = await rx.next(byCorrelation(ack.body.message.correlation_id));
    expectCallback('social', '/registry/on-subscribe', onSub);
    const [ok, bad] = onSub.body.message.subscribe_response;
    expect(ok).toMatchObject({
      status: 'succ',
      subscriptions: [{ status: 'subscribe', reg_event_type: 'REGISTER' }],
    });
    expect(bad).toMatchObject({ status: 'rjct', status_reason_code: 'rjct.notify_types.invalid' });
    const code = ok.subscriptions[0].code as string;

    const again = await k.post(
      'social',
      '/registry/subscribe',
      {
        ...subscribe,
        header: header('subscribe', 1, { sender_uri: `${rx.url}/dci/social` }),
        message: { ...subscribe.message, subscribe_request: [subscribe.message.subscribe_request[0]] },
      },
      token,
    );
    const dup = await rx.next(byCorrelation(again.body.message.correlation_id));
    expect(dup.body.message.subscribe_response[0].status_reason_code).toBe('rjct.event.already_subscribed');

    const gangnam = await k.t.as('cw-gangnam');
    const created = await gangnam.post('/api/v1/households', {
      residence: { regionCode: '11680', address: '가상로 2', tenure: 'owner' },
      effectiveFrom: '2026-02-01',
      members: [{ person: { name: '최신규', birthDate: '2001-01-01', sex: 'F' }, relation: 'head' }],
    });
    const newcomer = ((await created.json()) as Json).members[0].personId as string;
    const run = await admin.post('/api/v1/dci/notifications/run', {});
    expect(run.status).toBe(200);
    expect(await run.json()).toMatchObject({ delivered: 1, events: 1 });
    const notify = await rx.next((r) => r.body.header?.action === 'notify' && r.path === '/dci/social');
    expectCallback('social', '/registry/notify', notify);
    const event = notify.body.message.notify_event[0];
    expect(event.data).toMatchObject({ reg_event_type: 'REGISTER', reg_record_type: 'Member' });
    expect(event.data.reg_records.member_identifier[0].identifier_value).toBe(newcomer);
    const logged = await k.t.database.db
      .select()
      .from(schema.accessLog)
      .where(eq(schema.accessLog.action, 'dci.social.notify'));
    expect(logged).toEqual([
      expect.objectContaining({ personId: newcomer, purpose: '신규 등록자 연계', username: 'ministry-mohw' }),
    ]);
    expect(await (await admin.post('/api/v1/dci/notifications/run', {})).json()).toMatchObject({ events: 0 });

    const unsub = {
      header: header('unsubscribe', 1, { sender_uri: `${rx.url}/dci/social` }),
      message: { transaction_id: `un-${randomUUID()}`, timestamp: ts(), subscription_codes: [code] },
    };
    expect(requestErrors('social', '/registry/unsubscribe', unsub)).toEqual([]);
    const u = await k.post('social', '/registry/unsubscribe', unsub, token);
    const onUnsub = await rx.next(byCorrelation(u.body.message.correlation_id));
    expectCallback('social', '/registry/on-unsubscribe', onUnsub);
    expect(onUnsub.body.message).toMatchObject({
      status: 'succ',
      subscription_status: [{ code, status: 'unsubscribe' }],
    });
    const twice = await k.post(
      'social',
      '/registry/unsubscribe',
      { ...unsub, header: header('unsubscribe', 1, { sender_uri: `${rx.url}/dci/social` }) },
      token,
    );
    const onTwice = await rx.next(byCorrelation(twice.body.message.correlation_id));
    expect(onTwice.body.message).toMatchObject({
      status: 'rjct',
      status_reason_code: 'rjct.event.already_unsubscribed',
    });

    await gangnam.post('/api/v1/households', {
      residence: { regionCode: '11680', address: '가상로 3', tenure: 'owner' },
      effectiveFrom: '2026-02-01',
      members: [{ person: { name: '최이후', birthDate: '2002-02-02', sex: 'M' }, relation: 'head' }],
    });
    expect(await (await admin.post('/api/v1/dci/notifications/run', {})).json()).toMatchObject({ events: 0 });
  });

  it('IBR: notify on enrollement, with a Beneficiary record', async () => {
    const ack = await k.post(
      'ibr',
      '/registry/subscribe',
      {
        header: header('subscribe', 1, { sender_uri: `${rx.url}/dci/ibr` }),
        message: {
          transaction_id: `sub-${randomUUID()}`,
          subscribe_request: [
            {
              reference_id: 'i1',
              timestamp: ts(),
              subscribe_criteria: {
                reg_event_type: 'spdci-common:RegistryEventType:enrollement',
                filter_type: 'predicate',
                filter: [
                  {
                    seq_num: 1,
                    expression1: {
                      attribute_name: 'program_id',
                      operator: 'eq',
                      attribute_value: 'WLF00001132',
                    },
                  },
                ],
                notify_record_type: 'Beneficiary',
              },
            },
          ],
        },
      },
      token,
    );
    const onSub = await rx.next(byCorrelation(ack.body.message.correlation_id));
    expectCallback('ibr', '/registry/on-subscribe', onSub);
    expect(onSub.body.message.subscribe_response[0].status).toBe('succ');
    const [membership] = await k.t.database.db
      .select({ householdId: schema.memberships.householdId })
      .from(schema.memberships)
      .where(eq(schema.memberships.personId, personId));
    const householdId = membership!.householdId;
    await k.t.database.db.transaction((tx) =>
      createEntitlement(tx, {
        householdId,
        personId,
        programId: 'WLF00001132',
        caseId: null,
        source: 'external',
        sourceMinistry: '보건복지부',
        amountKrw: 300000,
        cycle: 'monthly',
        startDate: '2026-02-01',
        endDate: null,
      }),
    );
    // A keyed run (as a scheduler would send it) whose subscriber takes its time to answer: the
    // run commits as it goes and holds no transaction across the delivery, so the rest of the API
    // keeps answering meanwhile (on the embedded database one open transaction stops every query).
    rx.respondWith.delayMs = 1500;
    let runEnded = false;
    const run = admin
      .post('/api/v1/dci/notifications/run', {}, { 'idempotency-key': `notify-${randomUUID()}` })
      .finally(() => {
        runEnded = true;
      });
    const notify = await rx.next((r) => r.body.header?.action === 'notify' && r.path === '/dci/ibr');
    const probe = await jongno.get(`/api/v1/households/${householdId}`);
    expect(probe.status).toBe(200);
    expect(runEnded).toBe(false);
    rx.respondWith.delayMs = 0;
    expect(await (await run).json()).toMatchObject({ delivered: 1 });
    expectCallback('ibr', '/registry/notify', notify);
    expect(notify.body.message.notify_event[0].data).toMatchObject({
      reg_event_type: 'enrollement',
      reg_record_type: 'Beneficiary',
      reg_records: {
        programme_identifier: {
          programme: { programme_identifier: 'WLF00001132' },
          enrolment_status: 'active',
        },
      },
    });
  });
});
