import { BokjiError, type ErrorCode, type FieldIssue } from '@bokji/core';
import { isDatabaseUnavailable } from '@bokji/db';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';

/** The one mapping from error code to HTTP status. */
export const statusOf: Record<ErrorCode, ContentfulStatusCode> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  illegal_transition: 409,
  precondition_failed: 412,
  precondition_required: 428,
  unprocessable: 422,
  rate_limited: 429,
  unavailable: 503,
};

export function issuesOf(error: ZodError, prefix: string[] = []): FieldIssue[] {
  return error.issues.map((i) => ({
    path: [...prefix, ...i.path.map(String)].join('.') || '(root)',
    message: i.message,
  }));
}

export function errorBody(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
  return { error: { code, message, ...details } };
}

/**
 * Expected failures become their status with a body that names the problem; anything else is a
 * 500 with a request id and nothing internal (no stack, no SQL).
 */
export function handleError(err: Error, c: Context) {
  if (err instanceof BokjiError) {
    if (err.code === 'unavailable' || err.code === 'rate_limited') c.header('retry-after', '1');
    return c.json(errorBody(err.code, err.message, err.details), statusOf[err.code]);
  }
  if ('status' in err && (err as { status: number }).status === 400) {
    return c.json(
      errorBody('validation', 'request body is not valid JSON', {
        issues: [{ path: '(body)', message: 'malformed JSON' }],
      }),
      400,
    );
  }
  // Other client errors of the framework (415 unsupported media type, 413 …): their status, a fixed text.
  const status = (err as { status?: unknown }).status;
  if (typeof status === 'number' && status > 400 && status < 500) {
    const unsupported = status === 415;
    return c.json(
      errorBody('validation', unsupported ? 'unsupported content type' : 'request is invalid', {
        issues: [
          {
            path: unsupported ? 'Content-Type' : '(request)',
            message: unsupported ? 'send application/json' : 'refused',
          },
        ],
      }),
      status as ContentfulStatusCode,
    );
  }
  const requestId = c.get('requestId' as never) as string | undefined;
  // Never the message: a driver's message can carry the statement's parameters (names, RRN hashes).
  const code = (err as { code?: unknown }).code ?? (err.cause as { code?: unknown } | undefined)?.code;
  const log = c.get('log' as never) as
    | { error(obj: object, msg: string): void; warn(obj: object, msg: string): void }
    | undefined;
  if (isDatabaseUnavailable(err)) {
    log?.warn({ error: err.name, code }, 'database unavailable');
    c.header('retry-after', '1');
    return c.json(
      errorBody('unavailable', 'the database is unavailable or too slow right now; retry shortly', {
        requestId,
      }),
      503,
    );
  }
  if (log) log.error({ error: err.name, code }, 'internal error');
  else console.error(JSON.stringify({ level: 'error', requestId, error: err.name, code }));
  return c.json(errorBody('unavailable' as ErrorCode, 'internal error', { requestId }), 500);
}
