import {
  DciHttpError,
  DciMessageError,
  type DciService,
  httpError,
  type Registry,
  type Reply,
  searchable,
} from '@bokji/dci';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import { routeInventory } from '../../auth.js';
import { clientIp, type DciEnv, dciFor, purposeHeader } from './context.js';

/**
 * The DCI registry operations, mounted at /api/v1/dci/social/registry/… (Social Registry) and
 * /api/v1/dci/ibr/registry/… (IBR). Bodies are read by `@bokji/dci`, which answers with the DCI
 * codes; the zod schemas here only document the envelope.
 */
export const DciEnvelope = z
  .looseObject({
    signature: z.string().optional().describe('Signature of {header}+{message} (not verified on requests)'),
    header: z.looseObject({}).describe('MsgHeader_V1.0.0 (requests) / MsgCallbackHeader_V1.0.0 (replies)'),
    message: z.looseObject({}).optional(),
  })
  .openapi('DciEnvelope', { description: 'DCI envelope { signature, header, message }' });

export const DciAck = z
  .object({
    message: z.object({
      ack_status: z.enum(['ACK', 'NACK', 'ERR']),
      timestamp: z.string(),
      correlation_id: z.string(),
      error: z.object({ code: z.string(), message: z.string() }).optional(),
    }),
  })
  .openapi('DciAck', { description: 'Acknowledgement of an async request (components/responses/Response)' });

export const DciHttpErrorBody = z
  .object({ errors: z.array(z.object({ code: z.string(), message: z.string() })) })
  .openapi('DciHttpError', { description: 'HTTP-layer error (components/responses/HttpErrorResponse)' });

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const httpErrors = {
  401: json(DciHttpErrorBody, 'No valid DCI bearer token (err.request.unauthorized)'),
  403: json(DciHttpErrorBody, 'The token lacks the scope (err.request.forbidden); access-logged as denied'),
  500: json(DciHttpErrorBody, 'Unexpected failure (err.service.unavailable), nothing internal'),
};

const toHttp = (c: Context, e: DciHttpError) => c.json(httpError(e.code, e.message), e.status);

/** Authenticates the DCI client JWT before anything reads the body (401 / 403 in DCI form). */
const dciAuth = (mode: 'sync' | 'async', action: string) =>
  createMiddleware<DciEnv>(async (c, next) => {
    c.set('dciMode', mode);
    c.set('dciAction', action);
    const service = dciFor(c.get('deps'));
    try {
      const { principal, scopes } = await service.authenticate(c.req.header('authorization'));
      c.set('user', principal.user);
      c.set('dciCaller', {
        principal,
        scopes,
        ip: clientIp(c),
        requestId: c.get('requestId'),
        purpose: purposeHeader(c),
      });
    } catch (e) {
      if (e instanceof DciHttpError) return toHttp(c, e);
      throw e;
    }
    return next();
  });

const reply = (c: Context, r: Reply) => {
  for (const [k, v] of Object.entries(r.headers ?? {})) c.header(k, v);
  return c.json(r.body as never, r.status as never);
};

type Operation = {
  path: string;
  mode: 'sync' | 'async';
  /** The request's header.action. */
  action: string;
  summary: string;
  description: string;
  run: (svc: DciService, c: Context<DciEnv>, body: unknown) => Promise<Reply>;
};

function operations(registry: Registry): Operation[] {
  const name = registry === 'social' ? 'Social Registry' : 'IBR';
  const what =
    registry === 'social'
      ? 'people (Member) or households (Group) of the Social Registry'
      : 'enrolments (Beneficiary) of the Integrated Beneficiary Registry';
  const list: Operation[] = [
    {
      path: '/registry/sync/search',
      mode: 'sync',
      action: 'search',
      summary: `${name}: search (sync)`,
      description: `Search ${what}. Header action \`search\`; each \`search_request\` has a \`reference_id\`, a \`timestamp\` and \`search_criteria\` with \`query_type\` idtype-value (RRN / NationalID / NID / UIN matched by its keyed hash, BOKJI_PERSON_ID, BOKJI_HOUSEHOLD_ID), expression (MongoDB style) or predicate over the whitelisted attributes — ${searchable(registry === 'social' ? 'person' : 'enrolment').join(', ')} — with \`sort\` and \`pagination\` (page_size ≤ 500). Anything else is \`rjct.filter.invalid\` / \`rjct.search_criteria.invalid\`. The reply (action \`on-search\`) carries per request \`status\` succ / rjct with \`status_reason_code\`, records and \`pagination.total_count\`. Scope ${registry}.search. Every record returned is access-logged. See docs/dci.md.`,
      run: (svc, c, body) => svc.search(c.get('dciCaller'), registry, body, 'sync'),
    },
    {
      path: '/registry/search',
      mode: 'async',
      action: 'search',
      summary: `${name}: search (async)`,
      description: `As the sync search, but answered at once with an ACK carrying a \`correlation_id\`; the \`on-search\` envelope is then POSTed to \`header.sender_uri\` (which must lie under a callback URI registered for the client). Scope ${registry}.search.`,
      run: (svc, c, body) => svc.search(c.get('dciCaller'), registry, body, 'async'),
    },
    {
      path: '/registry/sync/txn/status',
      mode: 'sync',
      action: 'txn-status',
      summary: `${name}: transaction status (sync)`,
      description:
        'Status per reference id of the client’s own earlier transactions, found by transaction_id, correlation_id or reference_id_list (txn_type search or subscribe). Statuses only: records are never kept.',
      run: (svc, c, body) => svc.txnStatus(c.get('dciCaller'), registry, body, 'sync'),
    },
    {
      path: '/registry/txn/status',
      mode: 'async',
      action: 'txn-status',
      summary: `${name}: transaction status (async)`,
      description:
        'As the sync status, answered by an ACK and a `txn-on-status` POST to `header.sender_uri`.',
      run: (svc, c, body) => svc.txnStatus(c.get('dciCaller'), registry, body, 'async'),
    },
    {
      path: '/registry/subscribe',
      mode: 'async',
      action: 'subscribe',
      summary: `${name}: subscribe to events`,
      description: `Subscribe to ${registry === 'social' ? 'REGISTER (a person or household registered) or NewHouseHoldMember (someone joined a household)' : 'enrollement (an enrolment recorded) or enrollement_status_change'} events with a filter (same whitelist as search). ACK, then \`on-subscribe\` with subscription codes to \`header.sender_uri\`; events are later POSTed there as \`notify\`. Scope ${registry}.subscribe.`,
      run: (svc, c, body) => svc.subscribe(c.get('dciCaller'), registry, body),
    },
    {
      path: '/registry/unsubscribe',
      mode: 'async',
      action: 'unsubscribe',
      summary: `${name}: unsubscribe`,
      description:
        'Ends subscriptions by code (all of them or none). ACK, then `on-unsubscribe` to `header.sender_uri`.',
      run: (svc, c, body) => svc.unsubscribe(c.get('dciCaller'), registry, body),
    },
  ];
  if (registry === 'ibr')
    list.push({
      path: '/registry/sync/enrolled',
      mode: 'sync',
      action: 'search',
      summary: 'IBR: is the person enrolled? (sync)',
      description:
        'Answers enrolled_status yes / no for `enrolled_criteria.query`: `{ person_identifier: { eq: <Bokji person id or RRN> }, "programme_identifier.program.programme_identifier": { eq: <program id> } }` (or a single attribute_name / operator / attribute_value). Yes when a live (active or suspended) enrolment matches. Scope ibr.search; the person asked about is access-logged.',
      run: (svc, c, body) => svc.enrolled(c.get('dciCaller'), body),
    });
  return list;
}

/** The Social Registry or IBR sub-app (paths relative to /api/v1/dci/<registry>). */
export function registryRoutes(registry: Registry, base: string) {
  const app = new OpenAPIHono<DciEnv>();
  app.onError((err, c) => {
    if (err instanceof DciHttpError) return toHttp(c, err);
    if (err instanceof HTTPException && err.status === 400) {
      const refused = new DciMessageError('err.request.bad', 'the body is not valid JSON');
      return reply(
        c,
        dciFor(c.get('deps')).refuse(refused, c.get('dciMode'), c.get('dciAction') ?? 'search'),
      );
    }
    const requestId = c.get('requestId');
    console.error(
      JSON.stringify({ level: 'error', requestId, error: err.name, message: err.message.slice(0, 300) }),
    );
    return c.json(httpError('err.service.unavailable', `internal error (request ${requestId})`), 500);
  });
  for (const op of operations(registry)) {
    inventory('POST', `${base}${op.path}`, ['ministry']);
    const route = createRoute({
      method: 'post',
      path: op.path,
      tags: [`dci-${registry}`],
      summary: op.summary,
      description: `${op.description}\n\n**Access:** DCI client bearer JWT from POST /api/v1/dci/oauth2/client/token (the client acts as a ministry client account).`,
      security: [{ dciBearer: [] }],
      middleware: [dciAuth(op.mode, op.action)] as const,
      request: { body: { required: true, content: { 'application/json': { schema: DciEnvelope } } } },
      responses: {
        ...(op.mode === 'sync'
          ? {
              200: json(DciEnvelope, 'Reply envelope (header.status succ or rjct, per-request statuses)'),
              400: json(
                DciEnvelope,
                'Refused message: header.status rjct with status_reason_code, plus `errors`',
              ),
              503: json(DciEnvelope, 'The access log could not be written: no data'),
            }
          : {
              202: json(DciAck, 'ACK with correlation_id; the reply follows at header.sender_uri'),
              400: json(DciAck, 'ERR with error.code (err.request.bad, err.sender_uri.invalid, …)'),
            }),
        ...httpErrors,
      },
    });
    app.openapi(
      route,
      async (c) => {
        const body = c.req.valid('json');
        return reply(c, await op.run(dciFor(c.get('deps')), c as unknown as Context<DciEnv>, body));
      },
      // Not an envelope at all: refused in DCI form (the service checks the rest).
      (result, c) => {
        if (result.success) return;
        const refused = new DciMessageError(
          'err.request.bad',
          'the body must be { signature, header, message }',
        );
        return reply(c, dciFor(c.get('deps')).refuse(refused, op.mode, op.action));
      },
    );
  }
  return app;
}

/** Records a DCI route in the API's route inventory (deny-by-default test); DCI takes no query parameters. */
export function inventory(method: string, path: string, access: 'public' | ['ministry']) {
  const entry = { method, path, access, queryKeys: [] as string[] };
  routeInventory.push(entry);
}

export { reply, toHttp };
