import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from './test-app.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read dynamically in these API tests
type Json = Record<string, any>;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
let t: TestApp;
let cw: Client;
beforeAll(async () => {
  t = await createTestApp();
  cw = await t.as('cw-jongno');
});
afterAll(() => t.close());

describe('the program catalogue', () => {
  it('prints the same counts in `npm run programs -- --summary` as the API returns', async () => {
    const api = (await (await cw.get('/api/v1/programs/summary')).json()) as Json;
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'tooling/program-kit/src/programs-cli.ts', '--summary'],
      { cwd: root, encoding: 'utf8' },
    );
    const head = /programs: (\d+) \(statutory (\d+), summary (\d+)\)/.exec(out)!;
    expect([Number(head[1]), Number(head[2]), Number(head[3])]).toEqual([
      api.total,
      api.byFidelity.statutory,
      api.byFidelity.summary,
    ]);
    const present = /Bokjiro catalogue: (\d+) of (\d+)/.exec(out)!;
    expect([Number(present[1]), Number(present[2])]).toEqual([api.catalogue.covered, api.catalogue.total]);
    for (const m of api.byMinistry as Json[]) {
      const line = out.split('\n').find((l) => l.startsWith(`${m.ministry} `));
      expect(line?.trim().split(/\s+/).slice(1).map(Number), m.ministry).toEqual([
        m.total,
        m.statutory,
        m.summary,
      ]);
    }
    const list = (await (await cw.get('/api/v1/programs')).json()) as Json;
    expect(list.total).toBe(api.total);
  });

  it('exports the filtered catalogue as CSV and JSON', async () => {
    const csv = await cw.get('/api/v1/programs/export?format=csv&fidelity=statutory&reason=catalogue-check');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).trim().split('\n');
    const json = (await (
      await cw.get('/api/v1/programs/export?fidelity=statutory', { 'x-bokji-purpose': 'catalogue-check' })
    ).json()) as Json[];
    expect(lines.length - 1).toBe(json.length);
    expect(json.every((r) => r.fidelity === 'statutory')).toBe(true);
    expect(json.map((r) => r.id)).toContain('WLF00001132');
  });
});
