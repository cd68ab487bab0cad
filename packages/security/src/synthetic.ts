import type {
  CaseInfo,
  DetectionContext,
  HouseholdInfo,
  LogEvent,
  MembershipInfo,
  ReasonInfo,
  RuleId,
  StaffInfo,
} from './model.js';

/**
 * A synthetic month of normal work at eight 구청 (caseworkers, supervisors, ministry clients, an
 * auditor) with seeded misuse scenarios — at least three for every rule — to measure detection:
 * every scenario must be flagged, and alerts on caseworker-days without misuse (false positives)
 * must stay under 1%. Deterministic for a seed. Everything is in memory.
 */

export interface Scenario {
  rule: RuleId;
  /** The account misbehaving, or a subject key (`person:<id>`, `address:<ip>`) for rules about a person or an address. */
  subject: string;
  day: string;
  /** For rules over a window (many users on one person): the alert may come on any day up to this one. */
  dayTo?: string;
  description: string;
}

export interface SyntheticMonth {
  context: DetectionContext;
  scenarios: Scenario[];
  period: { from: string; to: string };
  workingDays: string[];
  caseworkers: string[];
  /** Honest mistakes in the normal work that may raise alerts (reported, counted as false positives). */
  noise: { subject: string; day: string; description: string }[];
}

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = ['11110', '11140', '11170', '11200', '11215', '11230', '11260', '11290'];
const CASEWORKERS_PER_REGION = 5;
const HOUSEHOLDS_PER_REGION = 480;
/** Households per region a screening run found eligible and not receiving (discovery leads). */
const LEADS_PER_REGION = 10;
const MONTH = { from: '2026-03-01', to: '2026-03-31' };
const HOLIDAYS = ['2026-03-02']; // 삼일절 대체공휴일

const uuid = (prefix: string, n: number) =>
  `${prefix.padStart(8, '0').slice(0, 8)}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export function syntheticMonth(seedValue = 8): SyntheticMonth {
  const r = rng(seedValue);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

  const staff: StaffInfo[] = [];
  const households: HouseholdInfo[] = [];
  const memberships: MembershipInfo[] = [];
  const cases: CaseInfo[] = [];
  const reasons: ReasonInfo[] = [];
  const events: LogEvent[] = [];
  const scenarios: Scenario[] = [];
  const noise: SyntheticMonth['noise'] = [];
  let personSeq = 0;
  let householdSeq = 0;
  let caseSeq = 0;
  let eventSeq = 0;
  let requestSeq = 0;

  const days: string[] = [];
  for (let d = 1; d <= 31; d++) days.push(`2026-03-${String(d).padStart(2, '0')}`);
  const workingDays = days.filter((d) => {
    const wd = new Date(`${d}T00:00:00Z`).getUTCDay();
    return wd !== 0 && wd !== 6 && !HOLIDAYS.includes(d);
  });
  const at = (day: string, minutes: number) =>
    new Date(Date.parse(`${day}T00:00:00+09:00`) + minutes * 60_000).toISOString();

  // --- the population: households per region, each in a caseworker's caseload ---
  const householdsOfRegion = new Map<string, string[]>();
  const membersOf = new Map<string, string[]>();
  const regionOf = new Map<string, string>();
  const addressOf = new Map<string, string>();
  const newHousehold = (region: string, size: number, createdAt: string, address?: string) => {
    const id = uuid('hh', ++householdSeq);
    const addr = address ?? `가상로 ${householdSeq}`;
    households.push({
      householdId: id,
      residences: [{ from: '2020-01-01', regionCode: region, address: addr }],
      createdAt,
    });
    const members: string[] = [];
    for (let i = 0; i < size; i++) {
      const p = uuid('p', ++personSeq);
      members.push(p);
      memberships.push({ householdId: id, personId: p, from: '2020-01-01', to: null });
    }
    membersOf.set(id, members);
    regionOf.set(id, region);
    addressOf.set(id, addr);
    const list = householdsOfRegion.get(region) ?? [];
    list.push(id);
    householdsOfRegion.set(region, list);
    return id;
  };
  for (const region of REGIONS)
    for (let i = 0; i < HOUSEHOLDS_PER_REGION; i++)
      newHousehold(region, int(1, 4), '2024-06-01T00:00:00.000Z');

  // --- staff, each with their own household (and family) in their region ---
  const caseworkers: StaffInfo[] = [];
  const supervisors = new Map<string, StaffInfo>();
  const staffHousehold = new Map<string, string>();
  let staffSeq = 0;
  const addStaff = (
    username: string,
    role: string,
    regionCode: string | null,
    extra: Partial<StaffInfo> = {},
  ) => {
    const userId = uuid('u', ++staffSeq);
    let personId: string | null = null;
    if (role !== 'ministry' && role !== 'agency') {
      const home = regionCode ?? pick(REGIONS);
      const hh = newHousehold(home, int(1, 3), '2023-01-01T00:00:00.000Z');
      personId = membersOf.get(hh)![0]!;
      staffHousehold.set(userId, hh);
    }
    const s: StaffInfo = { userId, username, role, regionCode, organization: null, personId, ...extra };
    staff.push(s);
    return s;
  };
  for (const region of REGIONS) {
    for (let i = 1; i <= CASEWORKERS_PER_REGION; i++)
      caseworkers.push(addStaff(`cw-${region}-${i}`, 'caseworker', region));
    supervisors.set(region, addStaff(`sv-${region}`, 'supervisor', region));
  }
  const admin = addStaff('admin', 'admin', null);
  const auditor = addStaff('auditor', 'auditor', null);
  addStaff('privacy-officer', 'privacyOfficer', null);
  const mohw = addStaff('ministry-mohw', 'ministry', null, {
    organization: '보건복지부',
    purposes: [{ purpose: 'qualification' }, { purpose: 'history' }, { purpose: 'enrolment' }],
  });
  const molit = addStaff('ministry-molit', 'ministry', null, {
    organization: '국토교통부',
    purposes: [{ purpose: 'qualification' }],
  });
  const ipOf = new Map(staff.map((s, i) => [s.userId, `10.20.${Math.floor(i / 200)}.${(i % 200) + 10}`]));

  // Caseloads: the region's households dealt out to its caseworkers; reasons to work on them.
  const caseload = new Map<string, string[]>();
  const assigned = new Map<string, string>();
  const dormant = new Map<string, string[]>();
  for (const region of REGIONS) {
    const cws = caseworkers.filter((c) => c.regionCode === region);
    const staffHomes = new Set([...staffHousehold.values()]);
    const list = householdsOfRegion.get(region)!.filter((h) => !staffHomes.has(h));
    list.forEach((h, i) => {
      const cw = cws[i % cws.length]!;
      const x = r();
      if (x < 0.35) {
        cases.push({
          caseId: uuid('c', ++caseSeq),
          householdId: h,
          personId: null,
          createdBy: cw.userId,
          actors: [cw.userId],
          openedAt: '2026-02-10T01:00:00.000Z',
          closedAt: null,
        });
      } else if (x < 0.7) {
        reasons.push({ householdId: h, kind: 'entitlement', from: '2025-01-01T00:00:00.000Z', to: null });
      } else if (x < 0.8) {
        reasons.push({ householdId: h, kind: 'finding', from: '2026-02-20T00:00:00.000Z', to: null });
      } else {
        dormant.set(region, [...(dormant.get(region) ?? []), h]);
        return;
      }
      caseload.set(cw.userId, [...(caseload.get(cw.userId) ?? []), h]);
      assigned.set(h, cw.userId);
    });
  }

  // Discovery leads: the first dormant households of each region, as a screening run found them.
  const leadsOf = (region: string) => (dormant.get(region) ?? []).slice(0, LEADS_PER_REGION);

  // Flagged (protected) persons: one household per region, in its first caseworker's caseload.
  const flagged: DetectionContext['flagged'] = [];
  const flaggedHousehold = new Map<string, string>();
  const firstOfRegion = (region: string) => caseworkers.find((c) => c.regionCode === region)!;
  for (const region of REGIONS) {
    const h = caseload
      .get(firstOfRegion(region).userId)!
      .filter((x) => cases.some((c) => c.householdId === x && c.closedAt === null))[1]!;
    flagged.push({ personId: membersOf.get(h)![0]!, reason: '공인 (public figure)' });
    flaggedHousehold.set(region, h);
  }
  const isFlagged = (h: string) => [...flaggedHousehold.values()].includes(h);

  // --- logging helpers ---
  const log = (
    user: StaffInfo,
    when: string,
    action: string,
    o: {
      personIds?: string[];
      householdId?: string;
      outcome?: string;
      purpose?: string | null;
      ip?: string;
      requestId?: string;
      username?: string;
    } = {},
  ) => {
    const requestId = o.requestId ?? `req-${++requestSeq}`;
    const people = o.personIds?.length ? o.personIds : [null];
    for (const personId of people)
      events.push({
        id: ++eventSeq,
        at: when,
        userId: user.userId,
        username: o.username ?? user.username,
        role: user.role,
        ip: o.ip ?? ipOf.get(user.userId)!,
        requestId,
        action,
        purpose: o.purpose ?? null,
        personId,
        householdId: o.householdId ?? null,
        outcome: o.outcome ?? 'allowed',
      });
    return requestId;
  };
  const failedLogin = (username: string, when: string, ip: string, action = 'auth.login') =>
    events.push({
      id: ++eventSeq,
      at: when,
      userId: null,
      username,
      role: null,
      ip,
      requestId: `req-${++requestSeq}`,
      action,
      purpose: null,
      personId: null,
      householdId: null,
      outcome: 'denied',
    });
  const members = (h: string) => membersOf.get(h)!;

  /** A caseworker works a household: maybe a search, then the household, records, snapshot, evaluation, the case. */
  const work = (cw: StaffInfo, day: string, minute: number, h: string): number => {
    let t = minute;
    const ms = members(h);
    if (r() < 0.6) {
      const namesakes = r() < 0.5 ? [pick(members(pick(householdsOfRegion.get(cw.regionCode!)!)))] : [];
      log(cw, at(day, t), 'household.search', { personIds: [...ms, ...namesakes] });
      t += 1;
    }
    // A flagged person's household opens only with a stated reason (the API insists).
    const purpose = isFlagged(h) ? '기초생활보장 정기 조사' : null;
    log(cw, at(day, t), 'household.read', { householdId: h, personIds: ms, purpose });
    t += int(1, 4);
    if (r() < 0.6) {
      log(cw, at(day, t), 'records.read', { personIds: [pick(ms)], purpose });
      t += int(1, 3);
    }
    if (r() < 0.4) {
      log(cw, at(day, t), 'household.snapshot', { householdId: h, personIds: ms, purpose });
      t += 1;
    }
    if (r() < 0.3) {
      log(cw, at(day, t), 'eligibility.evaluate', { householdId: h, personIds: ms, purpose });
      t += 1;
    }
    const c = cases.find((x) => x.householdId === h && x.closedAt === null);
    if (c && r() < 0.5) {
      log(cw, at(day, t), 'case.read', { householdId: h, purpose: `case ${c.caseId}` });
      t += 1;
    }
    return t;
  };

  // --- a move: a household with an open case moves away; its caseworker keeps working it through the case ---
  const movers: string[] = [];
  for (const region of REGIONS.slice(0, 4)) {
    const h = householdsOfRegion
      .get(region)!
      .find((x) => cases.some((c) => c.householdId === x && c.closedAt === null))!;
    const to = REGIONS[(REGIONS.indexOf(region) + 4) % REGIONS.length]!;
    households
      .find((x) => x.householdId === h)!
      .residences.push({ from: '2026-03-10', regionCode: to, address: `이사로 ${region}` });
    movers.push(h);
  }

  // --- normal work ---
  for (const day of workingDays) {
    for (const cw of caseworkers) {
      const overtime = r() < 0.05;
      if (r() < 0.03) failedLogin(cw.username, at(day, 8 * 60 + 25), ipOf.get(cw.userId)!);
      log(cw, at(day, 8 * 60 + 30 + int(0, 40)), 'auth.login');
      let t = 9 * 60 + int(0, 20);
      const tasks = int(4, 9);
      const mine = caseload.get(cw.userId)!;
      for (let k = 0; k < tasks; k++) {
        if (r() < 0.12) {
          // A new applicant: a search that finds nobody, then the registration.
          log(cw, at(day, t), 'household.search', {});
          const h = newHousehold(cw.regionCode!, int(1, 3), at(day, t + 3));
          log(cw, at(day, t + 3), 'household.create', { householdId: h, personIds: members(h) });
          log(cw, at(day, t + 6), 'records.write', { personIds: [members(h)[0]!] });
          cases.push({
            caseId: uuid('c', ++caseSeq),
            householdId: h,
            personId: null,
            createdBy: cw.userId,
            actors: [cw.userId],
            openedAt: at(day, t + 8),
            closedAt: null,
          });
          log(cw, at(day, t + 8), 'case.create', { householdId: h });
          caseload.get(cw.userId)!.push(h);
          t += 25;
        } else {
          t = work(cw, day, t, pick(mine)) + int(10, 45);
        }
        if (t > 12 * 60 && t < 13 * 60) t = 13 * 60 + int(0, 10);
      }
      // Queues once a day.
      const regionCases = cases.filter((c) => regionOf.get(c.householdId) === cw.regionCode).slice(0, 30);
      log(cw, at(day, 9 * 60 + 5), 'case.list', {
        personIds: regionCases.map((c) => members(c.householdId)[0]!),
      });
      // Proactive discovery (복지 사각지대 발굴) every third day: a page of the region's leads — people
      // of households with no case, benefit or finding, as the screening run found them — and one
      // lead's household opened to prepare a visit, the leads dealt out among the region's caseworkers
      // as caseloads are. (No draw from the generator: the month's other choices stay as they were.)
      const d = workingDays.indexOf(day);
      if ((d + caseworkers.indexOf(cw)) % 3 === 0) {
        const found = leadsOf(cw.regionCode!);
        log(cw, at(day, 9 * 60 + 10), 'screening.discoveries.read', {
          personIds: found.flatMap((h) => members(h)),
        });
        const k = caseworkers.filter((c) => c.regionCode === cw.regionCode).indexOf(cw);
        const mineLeads = found.filter((_, j) => j % CASEWORKERS_PER_REGION === k);
        const h = mineLeads[d % mineLeads.length]!;
        log(cw, at(day, 9 * 60 + 15), 'household.read', { householdId: h, personIds: members(h) });
      }
      // Households that moved away stay reachable through the case their caseworker holds.
      for (const h of movers)
        if (assigned.get(h) === cw.userId && day > '2026-03-10' && r() < 0.3)
          work(cw, day, Math.min(t, 17 * 60), h);
      if (overtime) work(cw, day, 19 * 60 + int(0, 60), pick(mine));
    }
    for (const [region, sv] of supervisors) {
      log(sv, at(day, 8 * 60 + 50), 'auth.login');
      let t = 10 * 60;
      const open = cases.filter((c) => regionOf.get(c.householdId) === region && c.closedAt === null);
      for (let k = 0, n = int(4, 10); k < n && open.length; k++) {
        const c = pick(open);
        if (!c.actors.includes(sv.userId)) c.actors.push(sv.userId);
        log(sv, at(day, t), 'case.read', { householdId: c.householdId, purpose: `case ${c.caseId}` });
        log(sv, at(day, t + 2), 'household.read', {
          householdId: c.householdId,
          personIds: members(c.householdId),
          purpose: isFlagged(c.householdId) ? '결정 검토' : null,
        });
        log(sv, at(day, t + 5), 'case.event.APPROVE', {
          householdId: c.householdId,
          purpose: `case ${c.caseId}`,
        });
        t += int(15, 40);
      }
    }
    // Ministry clients: steady hub traffic; now and then a refused request.
    const population = [...membersOf.values()].flat();
    for (const [client, volume, actions] of [
      [
        mohw,
        int(150, 230),
        [
          'hub.qualifications',
          'hub.qualifications',
          'hub.qualifications',
          'hub.history',
          'hub.enrolment.start',
        ],
      ],
      [molit, int(70, 110), ['hub.qualifications']],
    ] as const) {
      log(client, at(day, 8 * 60), 'auth.login');
      for (let k = 0; k < volume; k++)
        log(client, at(day, 9 * 60 + Math.floor((k * 480) / volume)), pick(actions), {
          personIds: [pick(population)],
        });
      if (r() < 0.15)
        log(client, at(day, 15 * 60), 'hub.qualifications', {
          personIds: [pick(population)],
          outcome: 'denied',
        });
    }
    // The auditor reads the log; the export at month end carries its reason.
    log(auditor, at(day, 9 * 60), 'auth.login');
    log(auditor, at(day, 10 * 60), 'access_log.search', { personIds: [pick(population)] });
  }
  log(auditor, at('2026-03-31', 14 * 60), 'access_log.export', {
    personIds: [...membersOf.values()].flat().slice(0, 300),
    purpose: '3월 접속기록 월간 점검',
  });
  // A legitimate break-the-glass: a flagged person opened by their own caseworker, with a reason and the case.
  const legit = flaggedHousehold.get('11110')!;
  log(firstOfRegion('11110'), at('2026-03-12', 11 * 60), 'household.read', {
    householdId: legit,
    personIds: members(legit),
    purpose: '기초생활보장 정기 조사',
  });

  // Honest mistakes: a caseworker follows an old link to a household that moved (denied), twice in the month.
  for (const [i, day] of [
    [0, '2026-03-17'],
    [1, '2026-03-24'],
  ] as const) {
    const h = movers[i]!;
    const cw = caseworkers.find((c) => c.regionCode === regionOf.get(h) && c.userId !== assigned.get(h))!;
    log(cw, at(day, 14 * 60), 'household.read', { householdId: h, outcome: 'denied' });
    noise.push({ subject: cw.userId, day, description: 'opened an old link to a household that had moved' });
  }

  // --- seeded misuse: at least three scenarios per rule, on distinct user-days ---
  const used = new Set<string>();
  const victim = (rule: RuleId, day: string, filter: (c: StaffInfo) => boolean = () => true) => {
    for (let tries = 0; tries < 500; tries++) {
      const c = pick(caseworkers.filter(filter));
      if (!used.has(`${c.userId}|${day}`)) {
        used.add(`${c.userId}|${day}`);
        return c;
      }
    }
    throw new Error(`no free caseworker for ${rule} on ${day}`);
  };
  const seed = (rule: RuleId, subject: string, day: string, description: string) =>
    scenarios.push({ rule, subject, day, description });
  const wd = (i: number) => workingDays[i % workingDays.length]!;

  for (let i = 0; i < 3; i++) {
    // 1. Out of jurisdiction: households of another 구 (refused), one of them let through by an allowed path.
    {
      const day = wd(2 + i * 6);
      const cw = victim('outOfJurisdiction', day);
      const other = REGIONS.find((x) => x !== cw.regionCode)!;
      const h = pick(householdsOfRegion.get(other)!);
      log(cw, at(day, 15 * 60), 'household.read', {
        householdId: h,
        outcome: i === 0 ? 'allowed' : 'denied',
        personIds: i === 0 ? members(h) : [],
      });
      seed('outOfJurisdiction', cw.userId, day, `opened a household in ${other}`);
    }
    // 2. No open case: a dormant household of their own 구 (not a discovery lead), read in detail.
    {
      const day = wd(3 + i * 6);
      const cw = victim('noOpenCase', day);
      const h = pick(dormant.get(cw.regionCode!)!.slice(LEADS_PER_REGION));
      log(cw, at(day, 14 * 60), 'household.read', { householdId: h, personIds: members(h) });
      log(cw, at(day, 14 * 60 + 2), 'records.read', { personIds: [members(h)[0]!] });
      seed('noOpenCase', cw.userId, day, 'read a household nobody works on');
    }
    // 3. Self look-up.
    {
      const day = wd(4 + i * 6);
      const cw = victim('selfLookup', day);
      log(cw, at(day, 11 * 60), 'person.read', { personIds: [cw.personId!] });
      seed('selfLookup', cw.userId, day, 'opened their own record');
    }
    // 4. Family and same address.
    {
      const day = wd(5 + i * 6);
      const cw = victim('familyLookup', day, (c) => members(staffHousehold.get(c.userId)!).length > 1);
      const fam = members(staffHousehold.get(cw.userId)!)[1]!;
      log(cw, at(day, 16 * 60), 'records.read', { personIds: [fam] });
      seed('familyLookup', cw.userId, day, 'read a family member’s records');
    }
    {
      const day = wd(1 + i * 7);
      const cw = victim('familyLookup', day);
      const home = staffHousehold.get(cw.userId)!;
      const neighbour = newHousehold(cw.regionCode!, 1, '2022-05-01T00:00:00.000Z', addressOf.get(home));
      log(cw, at(day, 10 * 60 + 30), 'person.read', { personIds: [members(neighbour)[0]!] });
      seed('familyLookup', cw.userId, day, 'looked up a neighbour registered at their own address');
    }
    // 5. Co-worker.
    {
      const day = wd(6 + i * 6);
      const cw = victim('coworkerLookup', day);
      const colleague = caseworkers.find((c) => c.regionCode === cw.regionCode && c.userId !== cw.userId)!;
      log(cw, at(day, 13 * 60 + 20), 'person.read', { personIds: [colleague.personId!] });
      seed('coworkerLookup', cw.userId, day, 'looked up a colleague');
    }
    // 6. Flagged person without reason or case (refused without a reason, or a reason but no case).
    {
      const day = wd(7 + i * 6);
      const cw = victim('flaggedPerson', day, (c) => c !== firstOfRegion(c.regionCode!));
      const h = flaggedHousehold.get(cw.regionCode!)!;
      log(cw, at(day, 15 * 60 + 10), 'household.read', {
        householdId: h,
        personIds: members(h),
        outcome: i === 1 ? 'denied' : 'allowed',
        purpose: i === 1 ? null : '확인',
      });
      seed('flaggedPerson', cw.userId, day, 'opened a flagged person without a case');
    }
    // 7. Bulk: 150 households in an afternoon.
    {
      const day = wd(8 + i * 6);
      const cw = victim('bulkLookup', day);
      const mine = caseload.get(cw.userId)!;
      for (let k = 0; k < 90; k++) {
        const h = mine[k % mine.length]!;
        log(cw, at(day, 13 * 60 + k * 2), 'household.read', { householdId: h, personIds: members(h) });
      }
      seed('bulkLookup', cw.userId, day, 'opened about 90 households in an afternoon');
    }
    // 8. Downloads.
    {
      const day = wd(9 + i * 6);
      const population = [...membersOf.values()].flat();
      if (i === 0) {
        log(admin, at(day, 15 * 60), 'access_log.export', { personIds: population.slice(0, 50) });
        seed('download', admin.userId, day, 'an administrator exported the access log without a reason');
      } else if (i === 1) {
        const cw = victim('download', day);
        log(cw, at(day, 16 * 60), 'records.export', {
          personIds: population.slice(100, 400),
          purpose: '자료',
        });
        seed('download', cw.userId, day, 'a caseworker exported 300 persons’ records');
      } else {
        log(auditor, at(day, 23 * 60 + 30), 'access_log.export', {
          personIds: population.slice(0, 20),
          purpose: '점검',
        });
        seed('download', auditor.userId, day, 'an export at 23:30');
      }
    }
    // 9. Off hours: at night, or on a Sunday.
    {
      const day = i === 2 ? '2026-03-15' : wd(10 + i * 6);
      const cw = victim('offHours', day);
      const h = pick(caseload.get(cw.userId)!);
      log(cw, at(day, i === 2 ? 14 * 60 : 23 * 60 + 10), 'household.read', {
        householdId: h,
        personIds: members(h),
      });
      seed(
        'offHours',
        cw.userId,
        day,
        i === 2 ? 'worked a household on a Sunday' : 'opened a household at 23:10',
      );
    }
    // 10. Login anomalies: a guessed account, a password spray, a throttled attacker.
    {
      const day = wd(11 + i * 6);
      const attacker = `203.0.113.${10 + i}`;
      if (i === 1) {
        const targets = caseworkers.slice(10, 16);
        for (const t of targets) failedLogin(t.username, at(day, 3 * 60), attacker);
        seed(
          'loginAnomaly',
          `address:${attacker}`,
          day,
          'a password spray over six accounts from one address',
        );
      } else {
        const cw = victim('loginAnomaly', day);
        for (let k = 0; k < 7; k++) failedLogin(cw.username, at(day, 2 * 60 + k), attacker);
        if (i === 2) failedLogin(cw.username, at(day, 2 * 60 + 8), attacker, 'auth.login.throttled');
        seed('loginAnomaly', cw.userId, day, 'repeated failed logins on one account from a foreign address');
      }
    }
    // 11. Shared account: two terminals interleaved.
    {
      const day = wd(12 + i * 6);
      const cw = victim('sharedAccount', day);
      const mine = caseload.get(cw.userId)!;
      for (let k = 0; k < 4; k++) {
        const h = mine[k]!;
        log(cw, at(day, 15 * 60 + k * 3), 'household.read', {
          householdId: h,
          personIds: members(h),
          ip: k % 2 ? '10.99.0.7' : ipOf.get(cw.userId)!,
        });
      }
      seed('sharedAccount', cw.userId, day, 'the account used from two terminals within minutes');
    }
    // 12. Many users on one person (a celebrity with a benefit): four colleagues look within three days.
    {
      const region = REGIONS[i + 1]!;
      const h = householdsOfRegion
        .get(region)!
        .find((x) => reasons.some((y) => y.householdId === x && y.kind === 'entitlement'))!;
      const p = members(h)[0]!;
      const lookers = caseworkers
        .filter((c) => c.regionCode === region && c.userId !== assigned.get(h))
        .slice(0, 4);
      const start = 13 + i * 4;
      lookers.forEach((cw, k) => {
        const day = wd(start + (k % 3));
        log(cw, at(day, 11 * 60 + k * 7), 'person.read', { personIds: [p] });
      });
      scenarios.push({
        rule: 'manyUsersOnePerson',
        subject: `person:${p}`,
        day: wd(start),
        dayTo: wd(start + 2),
        description: 'four caseworkers without a case opened the same person within three days',
      });
    }
    // 13. Name-search fishing: 25 searches with hits, none opened.
    {
      const day = wd(14 + i * 6);
      const cw = victim('nameSearchFishing', day);
      for (let k = 0; k < 25; k++) {
        const h = pick(householdsOfRegion.get(cw.regionCode!)!);
        log(cw, at(day, 16 * 60 + k), 'household.search', { personIds: members(h) });
      }
      seed('nameSearchFishing', cw.userId, day, '25 name searches, none followed up');
    }
    // 14. Id enumeration.
    {
      const day = wd(15 + i * 6);
      if (i === 2) {
        for (let k = 0; k < 8; k++)
          log(mohw, at(day, 17 * 60 + k), 'hub.qualifications', { outcome: 'denied' });
        seed(
          'idEnumeration',
          mohw.userId,
          day,
          'a ministry client probing resident numbers that match nobody',
        );
      } else {
        const cw = victim('idEnumeration', day);
        for (let k = 0; k < 12; k++)
          log(cw, at(day, 17 * 60 + k), 'lookup.notFound GET /api/v1/people/…', { outcome: 'notFound' });
        seed('idEnumeration', cw.userId, day, 'twelve look-ups of person ids that do not exist');
      }
    }
    // 15. Ministry clients drifting from their purposes.
    {
      const day = wd(16 + i * 5);
      const population = [...membersOf.values()].flat();
      if (i === 0) {
        for (let k = 0; k < 5; k++)
          log(molit, at(day, 11 * 60 + k), 'hub.history', {
            personIds: [pick(population)],
            outcome: 'denied',
          });
        seed('purposeDrift', molit.userId, day, 'a housing-only client asking for benefit histories');
      } else if (i === 1) {
        for (let k = 0; k < 900; k++)
          log(mohw, at(day, 9 * 60 + Math.floor(k / 3)), 'hub.qualifications', {
            personIds: [pick(population)],
          });
        seed('purposeDrift', mohw.userId, day, 'a volume four times the client’s usual');
      } else {
        log(molit, at(day, 12 * 60), 'hub.enrolment.start', { personIds: [pick(population)] });
        seed('purposeDrift', molit.userId, day, 'an enrolment served to a client without that purpose');
      }
    }
  }

  return {
    context: { events, staff, households, memberships, cases, reasons, flagged, holidays: HOLIDAYS },
    scenarios,
    period: MONTH,
    workingDays,
    caseworkers: caseworkers.map((c) => c.userId),
    noise,
  };
}

export interface DetectionScore {
  perRule: Record<string, { scenarios: number; detected: number }>;
  scenarios: number;
  detected: number;
  recall: number;
  alerts: number;
  /** Alerts on subjects and days without seeded misuse. */
  falsePositiveAlerts: number;
  caseworkerDays: number;
  falsePositiveCaseworkerDays: number;
  falsePositiveRate: number;
  missed: Scenario[];
  falsePositives: { rule: string; subject: string; day: string; summary: string }[];
}

/** Scores alerts against the seeded scenarios: recall per rule, and false positives per caseworker-day. */
export function scoreDetection(
  month: SyntheticMonth,
  alerts: {
    rule: string;
    userId: string | null;
    key: string;
    day: string;
    summary: string;
    detail: Record<string, unknown>;
  }[],
): DetectionScore {
  const subjectOf = (a: (typeof alerts)[number]) => {
    const subject = a.key.split('|')[1]!;
    return subject.startsWith('person:') || subject.startsWith('address:') ? subject : (a.userId ?? subject);
  };
  const perRule: DetectionScore['perRule'] = {};
  const missed: Scenario[] = [];
  for (const sc of month.scenarios) {
    perRule[sc.rule] ??= { scenarios: 0, detected: 0 };
    const pr = perRule[sc.rule]!;
    pr.scenarios++;
    const hit = (a: (typeof alerts)[number]) =>
      a.rule === sc.rule && a.day >= sc.day && a.day <= (sc.dayTo ?? sc.day) && subjectOf(a) === sc.subject;
    if (alerts.some(hit)) pr.detected++;
    else missed.push(sc);
  }
  const seeded = new Set(
    month.scenarios.flatMap((s) =>
      month.workingDays
        .concat(s.day)
        .filter((d) => d >= s.day && d <= (s.dayTo ?? s.day))
        .map((d) => `${s.subject}|${d}`),
    ),
  );
  const caseworkers = new Set(month.caseworkers);
  const fp = alerts.filter((a) => !seeded.has(`${subjectOf(a)}|${a.day}`));
  const fpDays = new Set<string>();
  for (const a of fp) {
    const users = a.userId ? [a.userId] : ((a.detail.userIds as string[] | undefined) ?? []);
    for (const u of users) if (caseworkers.has(u)) fpDays.add(`${u}|${a.day}`);
  }
  const caseworkerDays = month.caseworkers.length * month.workingDays.length;
  const detected = month.scenarios.length - missed.length;
  return {
    perRule,
    scenarios: month.scenarios.length,
    detected,
    recall: detected / month.scenarios.length,
    alerts: alerts.length,
    falsePositiveAlerts: fp.length,
    caseworkerDays,
    falsePositiveCaseworkerDays: fpDays.size,
    falsePositiveRate: fpDays.size / caseworkerDays,
    missed,
    falsePositives: fp.map((a) => ({ rule: a.rule, subject: subjectOf(a), day: a.day, summary: a.summary })),
  };
}
