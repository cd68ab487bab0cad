import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './client';
import { api } from './endpoints';

type Call = { url: string; init: RequestInit };

function mockFetch(status: number, body: unknown): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('the API client', () => {
  it('sends the RRN in the request body, never in the URL', async () => {
    const calls = mockFetch(200, { id: 'p1', rrnMasked: '810405-2******' });
    await api.lookupPerson('810405-2000001');
    expect(calls[0]!.url).toBe('/api/v1/people/lookup');
    expect(calls[0]!.url).not.toContain('2000001');
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ rrn: '810405-2000001' });
  });

  it('moves a case with If-Match set to the case version', async () => {
    const calls = mockFetch(200, { id: 'c1', version: 4 });
    await api.sendCaseEvent('c1', 3, { type: 'APPROVE', reason: '확인' });
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(calls[0]!.init.method).toBe('POST');
    expect(headers['if-match']).toBe('"3"');
    expect(headers['content-type']).toBe('application/json');
  });

  it('leaves empty query parameters out and percent-encodes the purpose header', async () => {
    const calls = mockFetch(200, { households: [] });
    await api.searchHouseholds({ name: '김복지', birthDate: undefined });
    expect(calls[0]!.url).toBe(`/api/v1/households?name=${encodeURIComponent('김복지')}`);
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(headers['x-bokji-purpose']).toBeDefined();
  });

  it('throws the API’s error with its code, field issues and details (a 409 names the conflicts)', async () => {
    mockFetch(409, {
      error: {
        code: 'conflict',
        message: 'blocked at guarantee',
        conflicts: [{ programId: 'WLF00001132', kind: 'exclusive' }],
      },
    });
    const error = await api
      .sendCaseEvent('c1', 5, { type: 'DETERMINE_ENTITLEMENT' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 409,
      code: 'conflict',
      details: { conflicts: [{ programId: 'WLF00001132' }] },
    });
  });
});
