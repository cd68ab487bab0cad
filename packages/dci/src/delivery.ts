import { callbackAllowed } from './clients.js';

/**
 * Posts an envelope to a client's callback URI: only to a URI under one of the client's
 * registered prefixes (checked again at delivery), without following redirects, with a timeout,
 * retrying network errors, 429 and 5xx with a growing delay. The reply body is not read.
 */
export interface DeliveryOptions {
  fetch: typeof fetch;
  attempts: number;
  retryDelayMs: number;
  timeoutMs: number;
}

export interface DeliveryResult {
  ok: boolean;
  attempts: number;
  status?: number;
  error?: string;
}

export async function deliver(
  opts: DeliveryOptions,
  url: string,
  allowedPrefixes: string[],
  envelope: unknown,
): Promise<DeliveryResult> {
  if (!callbackAllowed(url, allowedPrefixes))
    return { ok: false, attempts: 0, error: 'the callback URI is not under a registered prefix' };
  const body = JSON.stringify(envelope);
  let last: DeliveryResult = { ok: false, attempts: 0 };
  for (let attempt = 1; attempt <= opts.attempts; attempt++) {
    try {
      const res = await opts.fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(opts.timeoutMs),
      });
      await res.body?.cancel().catch(() => {});
      if (res.status >= 200 && res.status < 300) return { ok: true, attempts: attempt, status: res.status };
      last = { ok: false, attempts: attempt, status: res.status, error: `HTTP ${res.status}` };
      if (res.status !== 429 && res.status < 500) return last;
    } catch (e) {
      last = {
        ok: false,
        attempts: attempt,
        error: (e as Error).name === 'TimeoutError' ? 'timeout' : 'network error',
      };
    }
    if (attempt < opts.attempts) await new Promise((r) => setTimeout(r, opts.retryDelayMs * attempt));
  }
  return last;
}
