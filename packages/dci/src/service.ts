import type { Registry as ProgramRegistry } from '@bokji/core';
import { type Db, type RrnVault, schema } from '@bokji/db';
import { and, eq, inArray } from 'drizzle-orm';
import { type AccessRow, type Actor, writeAccess } from './access-log.js';
import { activePrincipal, authenticateClient, callbackAllowed, type Principal } from './clients.js';
import {
  type AckErrorCode,
  DCI_VERSION,
  DciMessageError,
  DciReject,
  type DciScope,
  dciScopes,
  limits,
  type Registry,
  type RequestStatus,
  regType,
} from './codes.js';
import { type DeliveryOptions, deliver } from './delivery.js';
import {
  ack,
  ackError,
  checkBatch,
  type Envelope,
  httpError,
  isDateTime,
  newId,
  now,
  type RequestHeader,
  readEnvelope,
  replyHeader,
} from './envelope.js';
import type { Context } from './fields.js';
import { canonicalJson, type SigningKey, signEnvelope } from './keys.js';
import { type NotifyEvent, notifyEvents } from './notify.js';
import {
  type Collection,
  type Cond,
  collectionOf,
  fieldsOf,
  type ParseEnv,
  parseEnrolledQuery,
  parseIdTypeValue,
  parseQuery,
} from './query.js';
import { iso } from './records.js';
import { findEnrolled, runSearch } from './search.js';
import { issueToken, type TokenOptions, verifyToken } from './tokens.js';
import { findTransactions, recordTransaction, type TxnItem, updateTransaction } from './transactions.js';

const { dciSubscriptions, dciClients, people } = schema;

export interface DciDeps {
  db: Db;
  vault: RrnVault;
  registry: ProgramRegistry;
  /** The registry's current date (ISO). */
  today: () => string;
}

export interface DciOptions {
  signingKey: SigningKey;
  /** `sender_id` of Bokji's replies; also the JWT issuer. */
  senderId?: string;
  audience?: string;
  tokenTtlSeconds?: number;
  fetch?: typeof fetch;
  delivery?: Partial<Omit<DeliveryOptions, 'fetch'>>;
  /** Events younger than this are left for the next notification run (commit lag). */
  notifyLagMs?: number;
}

/** An HTTP-layer refusal (401, 403): `HttpErrorResponse`, logged by the caller. */
export class DciHttpError extends Error {
  constructor(
    readonly status: 401 | 403,
    readonly code: AckErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DciHttpError';
  }
}

/** An authenticated request: the client, its Bokji account, the token's scopes and the request context. */
export interface Caller {
  principal: Principal;
  scopes: DciScope[];
  ip: string | null;
  requestId: string;
  purpose: string | null;
}

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** No RRN ever reaches the access log, even inside a free-text purpose. */
const scrub = (s: string) => s.replace(/\d{6}\s*-?\s*\d{7}/g, '[RRN]').slice(0, 200);

const replyTo = (action: string) => (action === 'txn-status' ? 'txn-on-status' : `on-${action}`);

function transactionIdOf(message: Record<string, unknown>): string {
  const t = message.transaction_id;
  if (typeof t !== 'string' || t.length > 99)
    throw new DciMessageError(
      'err.request.bad',
      'message.transaction_id must be a string of up to 99 characters',
    );
  return t;
}

function referenceOf(item: Record<string, unknown>, seen: Set<string>): string {
  const ref = item.reference_id;
  if (typeof ref !== 'string' || ref.length < 1 || ref.length > 99)
    throw new DciReject('rjct.reference_id.invalid', 'reference_id must be a string of 1 to 99 characters');
  if (seen.has(ref))
    throw new DciReject('rjct.reference_id.duplicate', 'reference_id appears twice in this message');
  seen.add(ref);
  if (!isDateTime(item.timestamp))
    throw new DciReject('rjct.timestamp.invalid', 'timestamp must be an ISO 8601 date-time with a time zone');
  return ref;
}

function pageOf(p: unknown): { size: number; number: number } {
  if (p === undefined || p === null || p === '') return { size: limits.defaultPageSize, number: 1 };
  const bad = () =>
    new DciReject(
      'rjct.pagination.invalid',
      `pagination needs page_size from 1 to ${limits.maxPageSize} and page_number from 1`,
    );
  if (!isObject(p)) throw bad();
  const size = p.page_size;
  const num = p.page_number ?? 1;
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > limits.maxPageSize)
    throw bad();
  if (typeof num !== 'number' || !Number.isInteger(num) || num < 1 || num > 1_000_000) throw bad();
  return { size, number: num };
}

function checkRegType(v: unknown, registry: Registry) {
  if (v === undefined || v === null || v === '') return;
  const last = typeof v === 'string' ? v.split(':').pop()!.toLowerCase() : '';
  const ok = registry === 'social' ? ['social', 'sr'].includes(last) : ['ibr'].includes(last);
  if (!ok) throw new DciReject('rjct.search_criteria.invalid', `reg_type must be ${regType[registry]}`);
}

function purposeText(criteria: Record<string, unknown>): string | undefined {
  for (const k of ['authorize', 'consent']) {
    const p = isObject(criteria[k]) ? (criteria[k] as Record<string, unknown>).purpose : undefined;
    if (isObject(p)) {
      const t = [p.text, p.code].find((x) => typeof x === 'string' && x.trim());
      if (typeof t === 'string') return t.trim();
    }
  }
  return undefined;
}

const socialEvents: Record<string, string> = {
  register: 'REGISTER',
  newhouseholdmember: 'NewHouseHoldMember',
};
const ibrEvents: Record<string, string> = {
  enrollement: 'enrollement',
  enrollment: 'enrollement',
  enrolment: 'enrollement',
  enrollement_status_change: 'enrollement_status_change',
  enrollment_status_change: 'enrollement_status_change',
  enrolment_status_change: 'enrollement_status_change',
};

/**
 * The DCI adapter over Bokji's registry: Social Registry (people and households) and IBR
 * (entitlements), OAuth2 client credentials, txn status, subscriptions and notifications. Routes
 * call it with the request body and get `{ status, body }` back.
 */
export class DciService {
  readonly senderId: string;
  private readonly tokenOptions: TokenOptions;
  private readonly delivery: DeliveryOptions;
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly deps: DciDeps,
    private readonly options: DciOptions,
  ) {
    this.senderId = options.senderId ?? 'bokji';
    this.tokenOptions = {
      issuer: this.senderId,
      audience: options.audience ?? `${this.senderId}-dci`,
      ttlSeconds: options.tokenTtlSeconds ?? 3600,
    };
    this.delivery = {
      fetch: options.fetch ?? fetch,
      attempts: options.delivery?.attempts ?? 3,
      retryDelayMs: options.delivery?.retryDelayMs ?? 2000,
      timeoutMs: options.delivery?.timeoutMs ?? 10_000,
    };
  }

  /** The service this one is a view of (itself when it is not a view): owns the background jobs. */
  private root: DciService = this;
  /** A view's hold on its background jobs until its request's transaction has committed. */
  private defer: ((start: () => void) => void) | undefined;

  /**
   * The same service (signing key, options, background jobs) with its queries on `db`, a
   * request's transaction. Background jobs it starts (async replies, callbacks) run on the
   * service's own database, and only once `defer` starts them: after the transaction has
   * committed, so they see what the request wrote (and never hold, or wait for, its connection).
   */
  within(db: Db, defer?: (start: () => void) => void): DciService {
    if (db === this.root.deps.db) return this.root;
    const view = Object.create(this.root) as DciService;
    Object.defineProperties(view, {
      deps: { value: { ...this.root.deps, db } },
      defer: { value: defer },
    });
    return view;
  }

  /** Resolves when every background job (async replies) has finished. */
  async idle(): Promise<void> {
    const pending = this.root.pending;
    while (pending.size) await Promise.allSettled([...pending]);
  }

  /** Runs a background job on the root service, now or when the view's request has committed. */
  private track(job: (service: DciService) => Promise<void>) {
    const root = this.root;
    const start = () => {
      const p = job(root).catch((e) => {
        console.error(
          JSON.stringify({ level: 'error', msg: 'dci background job failed', error: (e as Error).name }),
        );
      });
      root.pending.add(p);
      void p.finally(() => root.pending.delete(p));
    };
    if (this.defer) this.defer(start);
    else start();
  }

  // ------------------------------------------------------------------ keys and tokens

  jwks() {
    return { keys: [this.options.signingKey.publicJwk] };
  }

  private envelope(header: Record<string, unknown>, message?: unknown) {
    const signature = signEnvelope(this.options.signingKey, this.senderId, header, message);
    return message === undefined ? { signature, header } : { signature, header, message };
  }

  /** `POST /oauth2/client/token` (RFC 6749 §4.4; errors per §5.2, with the DCI `errors` list too). */
  async token(input: {
    grantType?: string;
    clientId?: string;
    clientSecret?: string;
    scope?: string;
    basic?: { clientId: string; clientSecret: string };
  }): Promise<Reply> {
    const fail = (status: 400 | 401, error: string, description: string): Reply => ({
      status,
      body: {
        error,
        error_description: description,
        ...httpError(status === 401 ? 'err.request.unauthorized' : 'err.request.bad', description),
      },
      headers: {
        'cache-control': 'no-store',
        ...(status === 401 && input.basic
          ? { 'www-authenticate': `Basic realm="${this.senderId}-dci"` }
          : {}),
      },
    });
    if (input.basic && (input.clientId || input.clientSecret))
      return fail(400, 'invalid_request', 'send the client credentials in one place only');
    if (!input.grantType) return fail(400, 'invalid_request', 'grant_type is required');
    if (input.grantType !== 'client_credentials')
      return fail(400, 'unsupported_grant_type', 'only grant_type=client_credentials is supported');
    const id = input.basic?.clientId ?? input.clientId;
    const secret = input.basic?.clientSecret ?? input.clientSecret;
    if (!id || !secret) return fail(401, 'invalid_client', 'client_id and client_secret are required');
    const principal = await authenticateClient(this.deps.db, id, secret);
    if (!principal) return fail(401, 'invalid_client', 'unknown client or wrong secret');
    const requested = (input.scope ?? '').split(/\s+/).filter(Boolean);
    const outside = requested.filter((s) => !principal.client.scopes.includes(s as DciScope));
    if (outside.length) return fail(400, 'invalid_scope', `not granted: ${outside.join(' ').slice(0, 200)}`);
    const scopes = (requested.length ? requested : principal.client.scopes) as DciScope[];
    const token = await issueToken(
      this.options.signingKey,
      this.tokenOptions,
      principal.client.clientId,
      scopes,
    );
    return {
      status: 200,
      body: {
        access_token: token,
        token_type: 'Bearer',
        // The DCI authz spec types expires_in as a string.
        expires_in: String(this.tokenOptions.ttlSeconds),
        scope: scopes.join(' '),
      },
      headers: { 'cache-control': 'no-store', pragma: 'no-cache' },
    };
  }

  /** The caller behind `Authorization: Bearer <jwt>`; 401 otherwise. */
  async authenticate(
    authorization: string | undefined,
  ): Promise<{ principal: Principal; scopes: DciScope[] }> {
    const token = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : '';
    if (!token)
      throw new DciHttpError(
        401,
        'err.request.unauthorized',
        'a bearer token from POST /oauth2/client/token is required',
      );
    let claims: Awaited<ReturnType<typeof verifyToken>>;
    try {
      claims = await verifyToken(this.options.signingKey, this.tokenOptions, token);
    } catch {
      throw new DciHttpError(401, 'err.request.unauthorized', 'the access token is invalid or expired');
    }
    const principal = await activePrincipal(this.deps.db, claims.clientId);
    if (!principal) throw new DciHttpError(401, 'err.request.unauthorized', 'the client is disabled');
    return { principal, scopes: claims.scopes.filter((s) => principal.client.scopes.includes(s)) };
  }

  private actor(caller: Caller): Actor {
    return {
      user: caller.principal.user,
      ip: caller.ip,
      requestId: caller.requestId,
      purpose: caller.purpose ? scrub(caller.purpose) : null,
    };
  }

  /** 403 (access-logged as a denial) unless the token carries the scope. */
  async requireScope(caller: Caller, scope: DciScope, action: string): Promise<void> {
    if (caller.scopes.includes(scope)) return;
    await writeAccess(this.deps.db, this.actor(caller), [
      {
        action,
        purpose: caller.purpose ? scrub(caller.purpose) : `DCI ${action}`,
        outcome: 'denied',
        subjects: [],
      },
    ]);
    throw new DciHttpError(403, 'err.request.forbidden', `the token does not carry the ${scope} scope`);
  }

  private checkSender(caller: Caller, header: RequestHeader) {
    const expected = caller.principal.client.senderId;
    if (expected && header.sender_id !== expected)
      throw new DciMessageError('err.sender_id.invalid', 'header.sender_id does not match this client');
  }

  private callbackOf(caller: Caller, header: RequestHeader): string {
    const uri = header.sender_uri;
    if (!uri || !callbackAllowed(uri, caller.principal.client.callbackUris))
      throw new DciMessageError(
        'err.sender_uri.invalid',
        'header.sender_uri must be a callback URI under one registered for this client',
      );
    return uri;
  }

  private parseEnv(caller: Caller, context: Context): ParseEnv {
    const allowed = caller.principal.client.programIds;
    return {
      context,
      knownProgram: (id) => this.deps.registry.get(id) !== undefined,
      ...(allowed ? { allowedPrograms: new Set(allowed) } : {}),
      hashRrn: (rrn) => this.deps.vault.hash(rrn),
    };
  }

  /** A refused message: the rejected reply envelope (sync) or an ACK with ERR (async). */
  refuse(e: DciMessageError, mode: 'sync' | 'async', action: string, header?: RequestHeader): Reply {
    if (mode === 'async') return { status: e.httpStatus, body: ackError(e.ackCode, e.message) };
    const h = replyHeader({
      action: replyTo(action),
      status: 'rjct',
      senderId: this.senderId,
      ...(header ? { receiverId: header.sender_id } : {}),
      ...(e.headerCode ? { reasonCode: e.headerCode } : {}),
      reasonMessage: e.message,
      totalCount: header?.total_count ?? 0,
      completedCount: 0,
    });
    return { status: e.httpStatus, body: { ...this.envelope(h), ...httpError(e.ackCode, e.message) } };
  }

  private async guard(
    mode: 'sync' | 'async',
    action: string,
    body: unknown,
    run: (env: Envelope) => Promise<Reply>,
  ) {
    let env: Envelope | undefined;
    try {
      env = readEnvelope(body, action);
      return await run(env);
    } catch (e) {
      if (e instanceof DciMessageError) return this.refuse(e, mode, action, env?.header);
      throw e;
    }
  }

  // ------------------------------------------------------------------ search

  /** `/registry/sync/search` and `/registry/search` of the Social Registry and the IBR. */
  async search(caller: Caller, registry: Registry, body: unknown, mode: 'sync' | 'async'): Promise<Reply> {
    await this.requireScope(caller, `${registry}.search`, `dci.${registry}.search`);
    return this.guard(mode, 'search', body, async (env) => {
      this.checkSender(caller, env.header);
      const items = checkBatch(env.header, env.message.search_request, 'search_request', limits.maxBatch);
      const transactionId = transactionIdOf(env.message);
      const correlationId = newId();
      const base = {
        clientId: caller.principal.client.id,
        registry,
        action: 'search' as const,
        messageId: env.header.message_id,
        transactionId,
        correlationId,
      };
      if (mode === 'async') {
        const callback = this.callbackOf(caller, env.header);
        await recordTransaction(this.deps.db, {
          ...base,
          mode,
          status: 'pdng',
          items: pendingItems(items),
          callbackUri: callback,
        });
        this.track((svc) => svc.replySearch(caller, registry, env, items, correlationId, callback));
        return { status: 202, body: ack(correlationId) };
      }
      await recordTransaction(this.deps.db, { ...base, mode, status: 'rcvd' });
      try {
        const r = await this.searchItems(caller, registry, items);
        await writeAccess(this.deps.db, this.actor(caller), r.access);
        await updateTransaction(this.deps.db, correlationId, { status: r.status, items: r.txItems });
        const header = this.resultHeader('on-search', env.header, r.status, items.length);
        return {
          status: 200,
          body: this.envelope(header, {
            transaction_id: transactionId,
            correlation_id: correlationId,
            search_response: r.responses,
          }),
        };
      } catch (e) {
        await updateTransaction(this.deps.db, correlationId, { status: 'rjct' });
        throw e;
      }
    });
  }

  private resultHeader(action: string, request: RequestHeader, status: RequestStatus, count: number) {
    return replyHeader({
      action,
      status,
      senderId: this.senderId,
      receiverId: request.sender_id,
      totalCount: count,
      completedCount: count,
    });
  }

  private async searchItems(caller: Caller, registry: Registry, items: unknown[]) {
    const seen = new Set<string>();
    const responses: Record<string, unknown>[] = [];
    const txItems: TxnItem[] = [];
    const access: AccessRow[] = [];
    const action = `dci.${registry}.search`;
    for (const raw of items) {
      const timestamp = now();
      const item = isObject(raw) ? raw : {};
      let purpose = caller.purpose ? scrub(caller.purpose) : `DCI ${registry} search`;
      try {
        if (!isObject(raw))
          throw new DciReject('rjct.search_criteria.invalid', 'each search_request is an object');
        const ref = referenceOf(item, seen);
        const c = item.search_criteria;
        if (!isObject(c)) throw new DciReject('rjct.search_criteria.invalid', 'search_criteria is required');
        const fromBody = purposeText(c);
        if (fromBody) purpose = scrub(fromBody);
        checkRegType(c.reg_type, registry);
        const parsed = parseQuery(
          c.query_type,
          c.query,
          this.parseEnv(caller, registry === 'social' ? 'person' : 'enrolment'),
        );
        const collection: Collection =
          registry === 'social'
            ? (collectionOf(c.response_entity) ?? parsed.collection ?? 'Member')
            : 'Member';
        const page = pageOf(c.pagination);
        const out = await runSearch(
          { db: this.deps.db, registry: this.deps.registry, today: this.deps.today() },
          {
            registry,
            cond: parsed.cond,
            collection,
            sort: c.sort,
            pageSize: page.size,
            pageNumber: page.number,
            ...(caller.principal.client.programIds
              ? { allowedPrograms: caller.principal.client.programIds }
              : {}),
          },
        );
        access.push({ action, purpose, outcome: 'allowed', subjects: out.subjects });
        responses.push({
          reference_id: ref,
          timestamp,
          status: 'succ',
          data: {
            version: DCI_VERSION,
            reg_type: regType[registry],
            reg_record_type: out.recordType,
            reg_records: out.records,
          },
          pagination: { page_size: page.size, page_number: page.number, total_count: out.total },
          locale: 'kor',
        });
        txItems.push({ referenceId: ref, status: 'succ', totalCount: out.total, timestamp });
      } catch (e) {
        if (!(e instanceof DciReject)) throw e;
        const ref = typeof item.reference_id === 'string' ? item.reference_id.slice(0, 99) : '';
        if (e.denial) access.push({ action, purpose, outcome: 'denied', subjects: [] });
        responses.push({
          reference_id: ref,
          timestamp,
          status: 'rjct',
          status_reason_code: e.reasonCode,
          status_reason_message: e.message.slice(0, 999),
          locale: 'kor',
        });
        txItems.push({
          referenceId: ref,
          status: 'rjct',
          reasonCode: e.reasonCode,
          reasonMessage: e.message,
          timestamp,
        });
      }
    }
    const status: RequestStatus = txItems.some((i) => i.status === 'succ') ? 'succ' : 'rjct';
    return { responses, txItems, access, status };
  }

  private async replySearch(
    caller: Caller,
    registry: Registry,
    env: Envelope,
    items: unknown[],
    correlationId: string,
    callback: string,
  ): Promise<void> {
    const transactionId = String(env.message.transaction_id);
    let envelope: unknown;
    let status: RequestStatus;
    let txItems: TxnItem[];
    try {
      const r = await this.searchItems(caller, registry, items);
      await writeAccess(this.deps.db, this.actor(caller), r.access);
      status = r.status;
      txItems = r.txItems;
      envelope = this.envelope(this.resultHeader('on-search', env.header, r.status, items.length), {
        transaction_id: transactionId,
        correlation_id: correlationId,
        search_response: r.responses,
      });
    } catch (e) {
      // No data leaves when the access log cannot be written (or anything else fails).
      const reason = e instanceof DciMessageError ? e.message : 'the search failed; no data is returned';
      status = 'rjct';
      txItems = pendingItems(items).map((i) => ({ ...i, status: 'rjct', reasonMessage: reason }));
      envelope = this.envelope(
        replyHeader({
          action: 'on-search',
          status: 'rjct',
          senderId: this.senderId,
          receiverId: env.header.sender_id,
          reasonMessage: reason,
          totalCount: items.length,
          completedCount: items.length,
        }),
        {
          transaction_id: transactionId,
          correlation_id: correlationId,
          search_response: txItems.map((i) => ({
            reference_id: i.referenceId,
            timestamp: i.timestamp,
            status: 'rjct',
            status_reason_message: reason,
          })),
        },
      );
    }
    await this.send(caller.principal.client.callbackUris, callback, envelope, correlationId, status, txItems);
  }

  private async send(
    prefixes: string[],
    callback: string,
    envelope: unknown,
    correlationId: string,
    status: RequestStatus,
    items?: TxnItem[],
  ) {
    const result = await deliver(this.delivery, callback, prefixes, envelope);
    await updateTransaction(this.deps.db, correlationId, {
      status,
      ...(items ? { items } : {}),
      delivery: result.ok ? 'delivered' : 'failed',
      deliveryAttempts: result.attempts,
      lastError: result.error ?? null,
    });
  }

  // ------------------------------------------------------------------ IBR enrolled

  /** IBR `/registry/sync/enrolled`: is the person (or anyone matching) enrolled? yes / no. */
  async enrolled(caller: Caller, body: unknown): Promise<Reply> {
    await this.requireScope(caller, 'ibr.search', 'dci.ibr.enrolled');
    return this.guard('sync', 'search', body, async (env) => {
      this.checkSender(caller, env.header);
      const criteria = env.message.enrolled_criteria;
      if (!isObject(criteria))
        throw new DciMessageError('err.request.bad', 'message.enrolled_criteria is required');
      if (env.header.total_count !== 1)
        throw new DciMessageError(
          'err.request.bad',
          'header.total_count must be 1 (one enrolled_criteria)',
          'rjct.total_count.invalid',
        );
      const transactionId = transactionIdOf(env.message);
      const correlationId = newId();
      const referenceId =
        typeof criteria.reference_id === 'string' && criteria.reference_id
          ? criteria.reference_id.slice(0, 99)
          : transactionId || correlationId;
      await recordTransaction(this.deps.db, {
        clientId: caller.principal.client.id,
        registry: 'ibr',
        action: 'enrolled',
        mode: 'sync',
        messageId: env.header.message_id,
        transactionId,
        correlationId,
        status: 'rcvd',
      });
      const timestamp = now();
      const purpose = caller.purpose ? scrub(caller.purpose) : 'DCI ibr enrolled';
      let item: Record<string, unknown>;
      let txItem: TxnItem;
      const access: AccessRow[] = [];
      try {
        const penv = this.parseEnv(caller, 'enrolment');
        const cond =
          criteria.query_type === 'idtype-value'
            ? parseIdTypeValue(criteria.query, penv)
            : parseEnrolledQuery(criteria.query, penv);
        const allowed = caller.principal.client.programIds ?? undefined;
        const r = await findEnrolled(
          { db: this.deps.db, registry: this.deps.registry, today: this.deps.today() },
          cond,
          allowed,
        );
        access.push({
          action: 'dci.ibr.enrolled',
          purpose,
          outcome: 'allowed',
          subjects: [{ personIds: await this.askedAbout(cond) }],
        });
        item = {
          reference_id: referenceId,
          timestamp,
          status: 'succ',
          enrolled_status: r.enrolled ? 'yes' : 'no',
        };
        txItem = { referenceId, status: 'succ', timestamp };
      } catch (e) {
        if (!(e instanceof DciReject)) throw e;
        if (e.denial) access.push({ action: 'dci.ibr.enrolled', purpose, outcome: 'denied', subjects: [] });
        item = {
          reference_id: referenceId,
          timestamp,
          status: 'rjct',
          status_reason_code: e.reasonCode,
          status_reason_message: e.message.slice(0, 999),
          enrolled_status: 'no',
        };
        txItem = {
          referenceId,
          status: 'rjct',
          reasonCode: e.reasonCode,
          reasonMessage: e.message,
          timestamp,
        };
      }
      if (access.length) await writeAccess(this.deps.db, this.actor(caller), access);
      await updateTransaction(this.deps.db, correlationId, { status: txItem.status, items: [txItem] });
      return {
        status: 200,
        body: this.envelope(this.resultHeader('on-search', env.header, txItem.status, 1), {
          transaction_id: transactionId,
          correlation_id: correlationId,
          enrolled_response: [item],
        }),
      };
    });
  }

  /** The people a condition names (by id or RRN hash): an answer about them is about them even if "no". */
  private async askedAbout(cond: Cond): Promise<string[]> {
    const ids = new Set<string>();
    const hashes: string[] = [];
    const walk = (c: Cond) => {
      if ('and' in c) c.and.forEach(walk);
      else if ('or' in c) c.or.forEach(walk);
      else if ('not' in c) return;
      else if ('rrnHash' in c) hashes.push(...c.rrnHash);
      else if (c.field === 'person_id' && (c.op === 'eq' || c.op === 'in'))
        for (const v of c.values) ids.add(String(v));
    };
    walk(cond);
    if (!fieldsOf(cond).has('person_id') && !hashes.length) return [];
    const found = await this.deps.db
      .select({ id: people.id })
      .from(people)
      .where(
        hashes.length
          ? inArray(people.rrnHash, hashes)
          : inArray(people.id, [...ids].slice(0, limits.maxInValues)),
      );
    const out = new Set(found.map((r) => r.id));
    if (hashes.length && ids.size) {
      const byId = await this.deps.db
        .select({ id: people.id })
        .from(people)
        .where(inArray(people.id, [...ids]));
      for (const r of byId) out.add(r.id);
    }
    return [...out];
  }

  // ------------------------------------------------------------------ txn status

  /** `/registry/sync/txn/status` and `/registry/txn/status`: statuses of the client's own transactions. */
  async txnStatus(caller: Caller, registry: Registry, body: unknown, mode: 'sync' | 'async'): Promise<Reply> {
    if (!caller.scopes.some((s) => s.startsWith(`${registry}.`)))
      await this.requireScope(caller, `${registry}.search`, `dci.${registry}.txn-status`);
    return this.guard(mode, 'txn-status', body, async (env) => {
      this.checkSender(caller, env.header);
      const transactionId = transactionIdOf(env.message);
      const q = env.message.txnstatus_request;
      if (!isObject(q)) throw new DciMessageError('err.request.bad', 'message.txnstatus_request is required');
      const { txn_type: txnType, attribute_type: attributeType, attribute_value: attributeValue } = q;
      if (typeof q.reference_id !== 'string' || !q.reference_id)
        throw new DciMessageError('err.request.bad', 'txnstatus_request.reference_id is required');
      if (txnType !== 'search' && txnType !== 'subscribe' && txnType !== 'receipt')
        throw new DciMessageError('err.request.bad', 'txn_type must be search, subscribe or receipt');
      if (
        attributeType !== 'transaction_id' &&
        attributeType !== 'correlation_id' &&
        attributeType !== 'reference_id_list'
      )
        throw new DciMessageError(
          'err.request.bad',
          'attribute_type must be transaction_id, reference_id_list or correlation_id',
        );
      const listOk =
        Array.isArray(attributeValue) &&
        attributeValue.length > 0 &&
        attributeValue.length <= 100 &&
        attributeValue.every((v) => typeof v === 'string');
      if (
        attributeType === 'reference_id_list'
          ? !listOk
          : typeof attributeValue !== 'string' || attributeValue.length > 99
      )
        throw new DciMessageError('err.request.bad', 'attribute_value does not fit attribute_type');
      const correlationId = newId();
      const callback = mode === 'async' ? this.callbackOf(caller, env.header) : undefined;
      await recordTransaction(this.deps.db, {
        clientId: caller.principal.client.id,
        registry,
        action: 'txn-status',
        mode,
        messageId: env.header.message_id,
        transactionId,
        correlationId,
        status: 'succ',
        ...(callback ? { callbackUri: callback } : {}),
      });
      const found = await findTransactions(this.deps.db, {
        clientId: caller.principal.client.id,
        registry,
        txnType,
        attributeType,
        attributeValue: attributeValue as string | string[],
      });
      const refs = attributeType === 'reference_id_list' ? new Set(attributeValue as string[]) : undefined;
      const items = found
        .flatMap((t) => t.items as TxnItem[])
        .filter((i) => !refs || refs.has(i.referenceId))
        .map((i) => ({
          reference_id: i.referenceId,
          timestamp: i.timestamp,
          status: i.status,
          ...(i.reasonCode?.startsWith('rjct.') && searchCodes.has(i.reasonCode)
            ? { status_reason_code: i.reasonCode }
            : {}),
          ...(i.reasonMessage
            ? {
                status_reason_message: `${i.reasonCode ? `${i.reasonCode}: ` : ''}${i.reasonMessage}`.slice(
                  0,
                  999,
                ),
              }
            : {}),
        }));
      const latest = found[0];
      const message = {
        transaction_id: transactionId,
        correlation_id: correlationId,
        txnstatus_response: {
          txn_type: txnType,
          txn_status: {
            transaction_id:
              latest?.transactionId ?? (attributeType === 'transaction_id' ? String(attributeValue) : ''),
            correlation_id:
              latest?.correlationId ?? (attributeType === 'correlation_id' ? String(attributeValue) : ''),
            search_response: items,
          },
        },
      };
      const header = replyHeader({
        action: 'txn-on-status',
        status: latest ? 'succ' : 'rjct',
        ...(latest ? {} : { reasonMessage: 'no transaction of this client matches' }),
        senderId: this.senderId,
        receiverId: env.header.sender_id,
        totalCount: 1,
        completedCount: 1,
      });
      const envelope = this.envelope(header, message);
      if (mode === 'sync') return { status: 200, body: envelope };
      this.track((svc) =>
        svc.send(caller.principal.client.callbackUris, callback!, envelope, correlationId, 'succ'),
      );
      return { status: 202, body: ack(correlationId) };
    });
  }

  // ------------------------------------------------------------------ subscriptions

  /** `/registry/subscribe`: ACK now, the subscriptions (or rejections) POSTed to `on-subscribe`. */
  async subscribe(caller: Caller, registry: Registry, body: unknown): Promise<Reply> {
    await this.requireScope(caller, `${registry}.subscribe`, `dci.${registry}.subscribe`);
    return this.guard('async', 'subscribe', body, async (env) => {
      this.checkSender(caller, env.header);
      const items = checkBatch(
        env.header,
        env.message.subscribe_request,
        'subscribe_request',
        limits.maxBatch,
      );
      const transactionId = transactionIdOf(env.message);
      const callback = this.callbackOf(caller, env.header);
      const correlationId = newId();
      await recordTransaction(this.deps.db, {
        clientId: caller.principal.client.id,
        registry,
        action: 'subscribe',
        mode: 'async',
        messageId: env.header.message_id,
        transactionId,
        correlationId,
        status: 'pdng',
        items: pendingItems(items),
        callbackUri: callback,
      });
      const seen = new Set<string>();
      const responses: Record<string, unknown>[] = [];
      const txItems: TxnItem[] = [];
      for (const raw of items) {
        const timestamp = now();
        const item = isObject(raw) ? raw : {};
        try {
          const ref = referenceOf(item, seen);
          const info = await this.createSubscription(caller, registry, item, ref, transactionId, callback);
          responses.push({
            reference_id: ref,
            timestamp,
            status: 'succ',
            subscriptions: [info],
            locale: 'kor',
          });
          txItems.push({ referenceId: ref, status: 'succ', timestamp });
        } catch (e) {
          if (!(e instanceof DciReject)) throw e;
          const ref = typeof item.reference_id === 'string' ? item.reference_id.slice(0, 99) : '';
          responses.push({
            reference_id: ref,
            timestamp,
            status: 'rjct',
            status_reason_code: e.reasonCode,
            status_reason_message: e.message.slice(0, 999),
          });
          txItems.push({
            referenceId: ref,
            status: 'rjct',
            reasonCode: e.reasonCode,
            reasonMessage: e.message,
            timestamp,
          });
        }
      }
      const status: RequestStatus = txItems.some((i) => i.status === 'succ') ? 'succ' : 'rjct';
      const header = this.requestStyleHeader('on-subscribe', env.header, status, items.length);
      const envelope = this.envelope(header, {
        transaction_id: transactionId,
        correlation_id: correlationId,
        subscribe_response: responses,
      });
      await updateTransaction(this.deps.db, correlationId, { status: 'pdng', items: txItems });
      this.track((svc) =>
        svc.send(caller.principal.client.callbackUris, callback, envelope, correlationId, status, txItems),
      );
      return { status: 202, body: ack(correlationId) };
    });
  }

  /** The patched spec gives on-subscribe / on-unsubscribe a request-style header (`MsgHeader_V1.0.0`). */
  private requestStyleHeader(action: string, request: RequestHeader, status: RequestStatus, count: number) {
    return { ...this.resultHeader(action, request, status, count) };
  }

  private async createSubscription(
    caller: Caller,
    registry: Registry,
    item: Record<string, unknown>,
    referenceId: string,
    transactionId: string,
    callback: string,
  ) {
    const c = item.subscribe_criteria;
    const details = (m: string) => new DciReject('rjct.notify_details.invalid', m);
    if (!isObject(c)) throw details('subscribe_criteria is required');
    if (c.reg_type !== undefined && c.reg_type !== '') {
      try {
        checkRegType(c.reg_type, registry);
      } catch (e) {
        throw details((e as Error).message);
      }
    }
    const eventKey =
      typeof c.reg_event_type === 'string' ? c.reg_event_type.split(':').pop()!.toLowerCase() : '';
    const eventType = (registry === 'social' ? socialEvents : ibrEvents)[eventKey];
    if (!eventType)
      throw new DciReject(
        'rjct.notify_types.invalid',
        `reg_event_type must be ${Object.values(registry === 'social' ? socialEvents : ibrEvents)
          .filter((v, i, a) => a.indexOf(v) === i)
          .join(' or ')}`,
      );
    let recordType: string;
    if (registry === 'ibr') {
      const t =
        typeof c.notify_record_type === 'string' ? c.notify_record_type.split(':').pop()!.toLowerCase() : '';
      if (!['beneficiary', 'member', 'person'].includes(t))
        throw details('notify_record_type must be Beneficiary');
      recordType = 'Beneficiary';
    } else {
      try {
        recordType = collectionOf(c.notify_record_type) ?? '';
      } catch {
        recordType = '';
      }
      if (!recordType) throw details('notify_record_type must be Member or Group');
    }
    const filterType =
      typeof c.filter_type === 'string' && c.filter_type
        ? c.filter_type
        : Array.isArray(c.filter)
          ? 'predicate'
          : isObject(c.filter) && isObject(c.filter.value)
            ? 'expression'
            : 'idtype-value';
    let cond: Cond;
    try {
      cond = parseQuery(
        filterType,
        c.filter,
        this.parseEnv(caller, registry === 'social' ? 'person' : 'enrolment'),
      ).cond;
    } catch (e) {
      if (e instanceof DciReject) throw new DciReject('rjct.notify_details.invalid', e.message, e.denial);
      throw e;
    }
    const f = c.frequency;
    if (f !== undefined && f !== null && f !== '') {
      if (
        !isObject(f) ||
        !isDateTime(f.start_time) ||
        !isDateTime(f.end_time) ||
        typeof f.frequency !== 'string'
      )
        throw details('frequency needs start_time, end_time (ISO 8601 date-times) and frequency');
    }
    const freq = isObject(f) ? f : undefined;
    const client = caller.principal.client;
    const existing = await this.deps.db
      .select({ filter: dciSubscriptions.filter })
      .from(dciSubscriptions)
      .where(
        and(
          eq(dciSubscriptions.clientId, client.id),
          eq(dciSubscriptions.registry, registry),
          eq(dciSubscriptions.eventType, eventType),
          eq(dciSubscriptions.recordType, recordType),
          eq(dciSubscriptions.callbackUri, callback),
          eq(dciSubscriptions.status, 'subscribe'),
        ),
      );
    if (existing.some((s) => canonicalJson(s.filter) === canonicalJson(cond)))
      throw new DciReject('rjct.event.already_subscribed', 'an identical subscription exists');
    const code = `sub-${newId()}`;
    const timestamp = now();
    const purpose = purposeText(c) ?? caller.purpose ?? null;
    await this.deps.db.insert(dciSubscriptions).values({
      code,
      clientId: client.id,
      registry,
      eventType,
      recordType,
      filter: cond,
      purpose: purpose ? scrub(purpose) : null,
      callbackUri: callback,
      transactionId,
      referenceId,
      startsAt: freq ? String(freq.start_time) : null,
      endsAt: freq ? String(freq.end_time) : null,
      frequency: freq ? String(freq.frequency) : null,
      status: 'subscribe',
      cursor: timestamp,
    });
    return {
      version: DCI_VERSION,
      code,
      status: 'subscribe',
      timestamp,
      reg_type: regType[registry],
      reg_event_type: eventType,
      ...(freq
        ? { frequency: { start_time: freq.start_time, end_time: freq.end_time, frequency: freq.frequency } }
        : {}),
      filter_type: filterType,
      notify_record_type: recordType,
    };
  }

  /** `/registry/unsubscribe`: ACK now, the outcome POSTed to `on-unsubscribe`. All codes or none. */
  async unsubscribe(caller: Caller, registry: Registry, body: unknown): Promise<Reply> {
    await this.requireScope(caller, `${registry}.subscribe`, `dci.${registry}.unsubscribe`);
    return this.guard('async', 'unsubscribe', body, async (env) => {
      this.checkSender(caller, env.header);
      const transactionId = transactionIdOf(env.message);
      const codes = env.message.subscription_codes;
      if (
        !Array.isArray(codes) ||
        codes.length === 0 ||
        codes.length > 100 ||
        !codes.every((x) => typeof x === 'string' && x.length <= 99)
      )
        throw new DciMessageError('err.request.bad', 'message.subscription_codes must list 1 to 100 codes');
      const callback = this.callbackOf(caller, env.header);
      const correlationId = newId();
      await recordTransaction(this.deps.db, {
        clientId: caller.principal.client.id,
        registry,
        action: 'unsubscribe',
        mode: 'async',
        messageId: env.header.message_id,
        transactionId,
        correlationId,
        status: 'pdng',
        callbackUri: callback,
      });
      const timestamp = now();
      const client = caller.principal.client;
      const rows = await this.deps.db
        .select()
        .from(dciSubscriptions)
        .where(
          and(inArray(dciSubscriptions.code, codes as string[]), eq(dciSubscriptions.registry, registry)),
        );
      const mine = rows.filter((r) => r.clientId === client.id);
      let status: RequestStatus = 'succ';
      let reasonCode: string | undefined;
      let reasonMessage: string | undefined;
      if (!isDateTime(env.message.timestamp)) {
        [status, reasonCode, reasonMessage] = [
          'rjct',
          'rjct.timestamp.invalid',
          'timestamp must be an ISO 8601 date-time',
        ];
      } else if (mine.length !== new Set(codes).size) {
        [status, reasonCode, reasonMessage] = [
          'rjct',
          'rjct.subscription_code.invalid',
          'unknown subscription code',
        ];
      } else if (mine.some((r) => r.status !== 'subscribe')) {
        [status, reasonCode, reasonMessage] = [
          'rjct',
          'rjct.event.already_unsubscribed',
          'already unsubscribed',
        ];
      } else {
        await this.deps.db
          .update(dciSubscriptions)
          .set({ status: 'unsubscribe', unsubscribedAt: timestamp })
          .where(
            inArray(
              dciSubscriptions.id,
              mine.map((r) => r.id),
            ),
          );
      }
      const after = new Map(mine.map((r) => [r.code, status === 'succ' ? 'unsubscribe' : r.status]));
      const message = {
        transaction_id: transactionId,
        correlation_id: correlationId,
        timestamp,
        status,
        ...(reasonCode ? { status_reason_code: reasonCode, status_reason_message: reasonMessage } : {}),
        subscription_status: [...after].map(([code, s]) => ({ code, status: s })),
      };
      const envelope = this.envelope(
        this.requestStyleHeader('on-unsubscribe', env.header, status, codes.length),
        message,
      );
      const items: TxnItem[] = [
        {
          referenceId: transactionId || correlationId,
          status,
          timestamp,
          ...(reasonCode ? { reasonCode, reasonMessage: reasonMessage! } : {}),
        },
      ];
      this.track((svc) => svc.send(client.callbackUris, callback, envelope, correlationId, status, items));
      return { status: 202, body: ack(correlationId) };
    });
  }

  // ------------------------------------------------------------------ notify

  /**
   * One notification run: for each live subscription, the events since its cursor (up to the
   * batch limit) are access-logged and POSTed as `notify` to the subscriber's callback; the cursor
   * moves only when the subscriber took them (at-least-once).
   */
  async runNotifications(nowMs = Date.now()) {
    const upTo = new Date(nowMs - (this.options.notifyLagMs ?? 5000)).toISOString();
    const subs = await this.deps.db
      .select({ s: dciSubscriptions })
      .from(dciSubscriptions)
      .innerJoin(dciClients, eq(dciClients.id, dciSubscriptions.clientId))
      .where(and(eq(dciSubscriptions.status, 'subscribe'), eq(dciClients.disabled, false)));
    const summary = { subscriptions: 0, events: 0, delivered: 0, failed: 0 };
    const t = (ts: string) => Date.parse(iso(ts));
    for (const { s } of subs) {
      if (s.startsAt && t(s.startsAt) > t(upTo)) continue;
      const until = s.endsAt && t(s.endsAt) < t(upTo) ? iso(s.endsAt) : upTo;
      if (t(s.cursor) >= t(until)) continue;
      const [client] = await this.deps.db.select().from(dciClients).where(eq(dciClients.id, s.clientId));
      const principal = client ? await activePrincipal(this.deps.db, client.clientId) : undefined;
      if (!principal) continue;
      summary.subscriptions += 1;
      const events: NotifyEvent[] = await notifyEvents(
        { db: this.deps.db, registry: this.deps.registry, today: this.deps.today() },
        s,
        until,
        limits.maxNotifyEvents,
        principal.client.programIds ?? undefined,
      );
      if (events.length === 0) {
        await this.deps.db
          .update(dciSubscriptions)
          .set({ cursor: until })
          .where(eq(dciSubscriptions.id, s.id));
        continue;
      }
      const registry = s.registry as Registry;
      const transactionId = newId();
      try {
        await writeAccess(
          this.deps.db,
          { user: principal.user, ip: null, requestId: transactionId, purpose: null },
          [
            {
              action: `dci.${registry}.notify`,
              purpose: s.purpose ?? `DCI ${registry} subscription ${s.code}`,
              outcome: 'allowed',
              subjects: events.map((e) => e.subject),
            },
          ],
        );
      } catch {
        summary.failed += 1;
        continue;
      }
      const header = replyHeader({
        action: 'notify',
        status: 'succ',
        senderId: this.senderId,
        totalCount: events.length,
        completedCount: events.length,
      });
      const envelope = this.envelope(header, {
        transaction_id: transactionId,
        notify_event: events.map((e) => ({
          reference_id: newId(),
          timestamp: e.timestamp,
          data: {
            version: DCI_VERSION,
            reg_type: regType[registry],
            reg_event_type: s.eventType,
            reg_record_type: s.recordType,
            reg_records: e.record,
          },
          locale: 'kor',
        })),
      });
      const result = await deliver(this.delivery, s.callbackUri, principal.client.callbackUris, envelope);
      summary.events += events.length;
      if (result.ok) {
        summary.delivered += 1;
        const cursor = events.length < limits.maxNotifyEvents ? until : events[events.length - 1]!.at;
        await this.deps.db.update(dciSubscriptions).set({ cursor }).where(eq(dciSubscriptions.id, s.id));
      } else summary.failed += 1;
    }
    return summary;
  }
}

const searchCodes = new Set([
  'rjct.reference_id.invalid',
  'rjct.reference_id.duplicate',
  'rjct.timestamp.invalid',
  'rjct.search_criteria.invalid',
  'rjct.filter.invalid',
  'rjct.sort.invalid',
  'rjct.pagination.invalid',
  'rjct.search.too_many_records_found',
]);

function pendingItems(items: unknown[]): TxnItem[] {
  const timestamp = now();
  return items.map((raw) => {
    const ref = isObject(raw) && typeof raw.reference_id === 'string' ? raw.reference_id.slice(0, 99) : '';
    return { referenceId: ref, status: 'pdng' as const, timestamp };
  });
}

export { dciScopes };
