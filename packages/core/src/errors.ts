/** Error codes the platform returns; the API maps each to one HTTP status in one place. */
export type ErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'illegal_transition'
  | 'precondition_failed'
  | 'precondition_required'
  | 'unprocessable'
  | 'rate_limited'
  | 'unavailable';

export interface FieldIssue {
  path: string;
  message: string;
}

/**
 * An expected failure, as data: a code, a message safe to show, and for validation every
 * offending field path. Exceptions of other types are bugs or infrastructure failures.
 */
export class BokjiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { issues?: FieldIssue[]; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'BokjiError';
  }
}

export const notFound = (what: string, id: string) =>
  new BokjiError('not_found', `${what} ${id} not found`, { id });
export const conflict = (message: string, details: Record<string, unknown> = {}) =>
  new BokjiError('conflict', message, details);
export const invalid = (issues: FieldIssue[]) =>
  new BokjiError('validation', 'request is invalid', { issues });
