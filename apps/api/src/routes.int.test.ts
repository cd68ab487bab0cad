import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeInventory } from './app.js';
import { createTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const sample = (path: string) => path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');

describe('deny by default', () => {
  it('every documented operation has a declared access policy', async () => {
    const doc = (await (await t.app.request('/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const declared = new Set(routeInventory.map((r) => `${r.method} /api/v1${r.path}`));
    expect(documented.length).toBeGreaterThan(10);
    expect(documented.filter((op) => !declared.has(op))).toEqual([]);
  });

  it('every non-public route answers 401 to an anonymous call', async () => {
    const guarded = routeInventory.filter((r) => r.access !== 'public');
    for (const r of guarded) {
      const res = await t.app.request(`/api/v1${sample(r.path)}`, {
        method: r.method,
        headers: { 'content-type': 'application/json' },
        body: r.method === 'GET' ? undefined : '{}',
      });
      expect(res.status, `${r.method} ${r.path}`).toBe(401);
    }
  });

  it('an unknown path is a JSON 404', async () => {
    const res = await t.app.request('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});
