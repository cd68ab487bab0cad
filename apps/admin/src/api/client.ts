import { session } from '../auth/session';

/** A failed API call: the HTTP status and the API's error body (code, message, field issues, details). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Headers every call carries: the bearer token and the purpose of the read (X-Bokji-Purpose, percent-encoded). */
export function authHeaders(): Record<string, string> {
  const token = session.token();
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  headers['x-bokji-purpose'] = encodeURIComponent(session.purpose());
  return headers;
}

async function toError(res: Response): Promise<ApiError> {
  let body: { error?: { code?: string; message?: string; issues?: { path: string; message: string }[] } } =
    {};
  try {
    body = (await res.json()) as typeof body;
  } catch {
    // not JSON (a proxy error page): keep the status only
  }
  const { code = 'unknown', message = res.statusText, issues = [], ...details } = body.error ?? {};
  if (res.status === 401) session.expire();
  return new ApiError(res.status, code, message, issues, details);
}

export interface RequestOptions {
  query?: Record<string, string | number | undefined>;
  json?: unknown;
  headers?: Record<string, string>;
}

/**
 * One call to the API under /api/v1 with the bearer token: the parsed JSON body on success, an
 * ApiError carrying the API's error (code, message, field issues, details) otherwise.
 */
export async function request<T>(
  method: 'GET' | 'POST',
  path: string,
  opts: RequestOptions = {},
): Promise<T> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(opts.query ?? {}))
    if (v !== undefined && v !== '') query.set(k, String(v));
  const qs = query.size ? `?${query}` : '';
  const headers: Record<string, string> = { ...authHeaders(), ...opts.headers };
  if (opts.json !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`/api/v1${path}${qs}`, {
    method,
    headers,
    ...(opts.json !== undefined ? { body: JSON.stringify(opts.json) } : {}),
  });
  if (!res.ok) throw await toError(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** Fetches an HTML document (the printable notice) with the bearer token; returns it as text. */
export async function fetchHtml(path: string): Promise<string> {
  const res = await fetch(path, { headers: authHeaders() });
  if (!res.ok) throw await toError(res);
  return res.text();
}
