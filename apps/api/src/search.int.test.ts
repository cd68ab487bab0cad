import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let jongno: Client;
let gangnam: Client;
let admin: Client;
let auditor: Client;

// Synthetic RRNs with a deliberately wrong check digit: never a real person's.
const RRN = '850303-2000007';

type Hit = {
  id: string;
  regionCode: string;
  members: { personId: string; matched: boolean; person: { name: string; rrnMasked: string | null } }[];
};

async function household(
  client: Client,
  regionCode: string,
  members: { name: string; birthDate: string; relation: string; rrn?: string }[],
) {
  const res = await client.post('/api/v1/households', {
    residence: { regionCode, address: `가상로 ${regionCode}`, tenure: 'owner' },
    effectiveFrom: '2025-01-01',
    members: members.map(({ relation, ...p }) => ({ relation, person: { ...p, sex: 'F' } })),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; version: number; members: { id: string; personId: string }[] };
}

const search = async (client: Client, query: string) => {
  const res = await client.get(`/api/v1/households?${query}`);
  return { status: res.status, body: (await res.json()) as { households: Hit[] } };
};

beforeAll(async () => {
  t = await createTestApp();
  [jongno, gangnam, admin, auditor] = await Promise.all([
    t.as('cw-jongno'),
    t.as('cw-gangnam'),
    t.as('admin'),
    t.as('auditor'),
  ]);
  await household(jongno, '11110', [
    { name: '한검색', birthDate: '1985-03-03', relation: 'head', rrn: RRN },
    { name: '한아이', birthDate: '2015-06-01', relation: 'child' },
  ]);
  await household(gangnam, '11680', [{ name: '한검색', birthDate: '1985-03-03', relation: 'head' }]);
});
afterAll(() => t.close());

describe('GET /api/v1/households (search)', () => {
  it('finds households of the caller’s jurisdiction by part of a name, with every current member and masked RRNs', async () => {
    const { status, body } = await search(jongno, `name=${encodeURIComponent('검색')}`);
    expect(status).toBe(200);
    expect(body.households).toHaveLength(1);
    const [hit] = body.households;
    expect(hit!.regionCode).toBe('11110');
    expect(hit!.members.map((m) => [m.person.name, m.matched])).toEqual([
      ['한검색', true],
      ['한아이', false],
    ]);
    expect(hit!.members[0]!.person.rrnMasked).toBe('850303-2******');
    expect(JSON.stringify(body)).not.toContain('2000007');
  });

  it('finds by birth date, and never returns another 시군구’s household', async () => {
    const mine = await search(gangnam, 'birthDate=1985-03-03');
    expect(mine.body.households.map((h) => h.regionCode)).toEqual(['11680']);
    const both = await search(admin, 'birthDate=1985-03-03');
    expect(both.body.households.map((h) => h.regionCode).sort()).toEqual(['11110', '11680']);
    const none = await search(jongno, `name=${encodeURIComponent('한검색')}&birthDate=1999-01-01`);
    expect(none.body.households).toEqual([]);
  });

  it('treats LIKE wildcards literally', async () => {
    expect((await search(jongno, 'name=%25')).body.households).toEqual([]);
    expect((await search(jongno, 'name=_')).body.households).toEqual([]);
  });

  it('refuses a search without criteria (400 naming the field), anonymous callers (401) and other roles (403)', async () => {
    const res = await jongno.get('/api/v1/households');
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('query.name');
    expect((await t.app.request('/api/v1/households?name=x')).status).toBe(401);
    expect((await auditor.get('/api/v1/households?name=x')).status).toBe(403);
  });

  it('writes one access-log row per person returned', async () => {
    const { body } = await search(jongno, `name=${encodeURIComponent('한아이')}`);
    const [hit] = body.households;
    for (const m of hit!.members) {
      const log = (await (await auditor.get(`/api/v1/access-log?personId=${m.personId}`)).json()) as {
        entries: { action: string; username: string }[];
      };
      expect(log.entries).toContainEqual(
        expect.objectContaining({ action: 'household.search', username: 'cw-jongno' }),
      );
    }
    expect(((await (await auditor.get('/api/v1/access-log/verify')).json()) as { ok: boolean }).ok).toBe(
      true,
    );
  });
});
