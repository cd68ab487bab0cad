/** Test data made through the API (the UI journeys then work on it). Synthetic RRNs have a wrong check digit on purpose. */
export interface Fixture {
  /** For the UI journeys: find, intake, casework to approval, notice. Eligible for the livelihood benefit (10 won). */
  main: { householdId: string; headId: string; name: string; rrn: string };
  /** Already receives the livelihood benefit (recorded from another ministry): its new case is blocked at guarantee. */
  duplicate: { householdId: string; name: string };
  /** Two approved livelihood cases whose income has since risen: identical noLongerEligible findings. */
  reinvestigated: { householdIds: string[] };
}

type Json = Record<string, unknown>;

export class ApiClient {
  constructor(
    private readonly base: string,
    private token = '',
  ) {}

  static async login(base: string, username: string): Promise<ApiClient> {
    const res = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'bokji-demo' }),
    });
    if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
    return new ApiClient(base, ((await res.json()) as { token: string }).token);
  }

  async call<T = Json>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<T> {
    const res = await fetch(`${this.base}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 400)}`);
    return (text ? JSON.parse(text) : {}) as T;
  }
}

const LIVELIHOOD = 'WLF00001132';
const jongno = (n: number) => ({
  regionCode: '11110',
  address: `서울특별시 종로구 시험로 ${n}`,
  tenure: 'monthlyRent',
  monthlyRentKrw: 300000,
});
const records = (earned: number, periodFrom = '2026-01-01') => [
  {
    category: 'income',
    kind: 'earned',
    amountKrw: earned,
    // As an agency delivery stores it (the catalogue's code); shown as 국세청.
    sourceAgency: 'NTS',
    dataType: 'nts.earned-income',
    periodFrom,
  },
  {
    category: 'asset',
    kind: 'financial',
    amountKrw: 0,
    sourceAgency: '금융기관',
    dataType: 'fin.deposits',
    periodFrom,
  },
];

async function household(
  cw: ApiClient,
  n: number,
  name: string,
  birthDate: string,
  earned: number,
  rrn?: string,
) {
  const hh = await cw.call<{ id: string; members: { personId: string }[] }>('POST', '/households', {
    residence: jongno(n),
    effectiveFrom: '2025-01-01',
    members: [{ relation: 'head', person: { name, birthDate, sex: 'F', ...(rrn ? { rrn } : {}) } }],
  });
  const headId = hh.members[0]!.personId;
  await cw.call('POST', `/people/${headId}/records`, { records: records(earned) });
  return { householdId: hh.id, headId };
}

async function event(client: ApiClient, caseId: string, type: string, extra: Json = {}) {
  const c = await client.call<{ version: number }>('GET', `/cases/${caseId}`);
  return client.call<{ version: number; state: string }>(
    'POST',
    `/cases/${caseId}/events`,
    { type, ...extra },
    { 'if-match': `"${c.version}"` },
  );
}

const application = { applicantRelation: 'self', bankAccount: '110-123-456789', consentToDataLinkage: true };

export async function makeFixture(base: string): Promise<Fixture> {
  const cw = await ApiClient.login(base, 'cw-jongno');
  const sv = await ApiClient.login(base, 'sv-jongno');
  const rrn = '810405-2000001';
  const main = await household(cw, 1, '김복지', '1981-04-05', 1_172_221, rrn);
  const dup = await household(cw, 2, '이중복', '1975-09-09', 1_000_000);
  await cw.call('POST', `/households/${dup.householdId}/entitlements`, {
    programId: LIVELIHOOD,
    sourceMinistry: '보건복지부',
    amountKrw: 100000,
    startDate: '2026-01-01',
  });
  const reinvestigated: string[] = [];
  for (const [i, name] of ['박재조사', '최재조사'].entries()) {
    const h = await household(cw, 3 + i, name, '1970-01-01', 1_000_000);
    const c = await cw.call<{ id: string }>('POST', '/cases', {
      householdId: h.householdId,
      programId: LIVELIHOOD,
      application,
    });
    for (const type of [
      'SUBMIT',
      'START_INVESTIGATION',
      'RECORD_EVALUATION',
      'COMPLETE_INVESTIGATION',
      'DETERMINE_ENTITLEMENT',
    ])
      await event(cw, c.id, type);
    await event(sv, c.id, 'APPROVE');
    // Income has since risen above the threshold (a later record for a later period).
    await cw.call('POST', `/people/${h.headId}/records`, {
      records: [
        {
          category: 'income',
          kind: 'earned',
          amountKrw: 3_000_000,
          sourceAgency: '국세청',
          dataType: 'nts.earned-income',
          periodFrom: '2026-06-01',
        },
      ],
    });
    reinvestigated.push(h.householdId);
  }
  return {
    main: { ...main, name: '김복지', rrn },
    duplicate: { householdId: dup.householdId, name: '이중복' },
    reinvestigated: { householdIds: reinvestigated },
  };
}
