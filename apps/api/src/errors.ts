import { BokjiError, type ErrorCode, type FieldIssue } from '@bokji/core';
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
  if (err instanceof BokjiError)
    return c.json(errorBody(err.code, err.message, err.details), statusOf[err.code]);
  if ('status' in err && (err as { status: number }).status === 400) {
    return c.json(
      errorBody('validation', 'request body is not valid JSON', {
        issues: [{ path: '(body)', message: 'malformed JSON' }],
      }),
      400,
    );
  }
  const requestId = c.get('requestId' as never) as string | undefined;
  console.error(
    JSON.stringify({ level: 'error', requestId, error: err.name, message: err.message.slice(0, 500) }),
  );
  return c.json(errorBody('unavailable' as ErrorCode, 'internal error', { requestId }), 500);
}
