import {
  type Alert,
  type DetectionContext,
  type DetectionSettings,
  defaultSettings,
  jurisdictionRoles,
  type LogEvent,
  type RuleId,
  type StaffInfo,
  staffRoles,
} from './model.js';

/**
 * Lists a user reads as a whole (search hits, queues, discovery leads): many people at once by design,
 * so they count towards no per-person rule — the persons opened from them do.
 */
const LIST_ACTIONS = new Set([
  'household.search',
  'case.list',
  'findings.list',
  'screening.discoveries.read',
  'access_log.search',
]);
/** A page of discovery leads (복지 사각지대 발굴): the households in it may be opened without a case yet. */
const DISCOVERY_LEADS = 'screening.discoveries.read';
/** Actions that start work on someone new: they explain themselves. */
const START_ACTIONS = new Set(['person.create', 'household.create', 'case.create', 'lifeEvent.record']);
const HOUSEHOLD_ROLES = new Set(['caseworker', 'supervisor', 'admin']);
const isDownload = (action: string) => /\.(export|download)$/.test(action);
const isSearch = (action: string) => action === 'household.search';
const DAY_MS = 86_400_000;

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

interface Local {
  day: string;
  hour: number;
  weekday: number;
  ms: number;
}

/** Indexes of the context the rules share. */
class Index {
  readonly staffById = new Map<string, StaffInfo>();
  readonly staffByUsername = new Map<string, StaffInfo>();
  readonly staffByPerson = new Map<string, StaffInfo>();
  readonly householdsOfPerson = new Map<string, { householdId: string; from: string; to: string | null }[]>();
  readonly membersOfHousehold = new Map<string, { personId: string; from: string; to: string | null }[]>();
  readonly household = new Map<string, DetectionContext['households'][number]>();
  readonly casesOfHousehold = new Map<string, DetectionContext['cases']>();
  readonly reasonsOfHousehold = new Map<string, DetectionContext['reasons']>();
  readonly flagged = new Map<string, string>();
  readonly holidays: Set<string>;
  private readonly localCache = new Map<string, Local>();

  constructor(
    readonly ctx: DetectionContext,
    readonly s: DetectionSettings,
  ) {
    for (const st of ctx.staff) {
      this.staffById.set(st.userId, st);
      this.staffByUsername.set(st.username, st);
      if (st.personId) this.staffByPerson.set(st.personId, st);
    }
    for (const m of ctx.memberships) {
      push(this.householdsOfPerson, m.personId, { householdId: m.householdId, from: m.from, to: m.to });
      push(this.membersOfHousehold, m.householdId, { personId: m.personId, from: m.from, to: m.to });
    }
    for (const h of ctx.households) this.household.set(h.householdId, h);
    for (const c of ctx.cases) push(this.casesOfHousehold, c.householdId, c);
    for (const r of ctx.reasons) push(this.reasonsOfHousehold, r.householdId, r);
    for (const f of ctx.flagged) this.flagged.set(f.personId, f.reason);
    this.holidays = new Set(ctx.holidays ?? []);
  }

  local(at: string): Local {
    let l = this.localCache.get(at);
    if (!l) {
      const ms = Date.parse(at);
      const d = new Date(ms + this.s.utcOffsetHours * 3_600_000);
      l = { day: d.toISOString().slice(0, 10), hour: d.getUTCHours(), weekday: d.getUTCDay(), ms };
      this.localCache.set(at, l);
    }
    return l;
  }

  isWorkingDay(day: string): boolean {
    const wd = new Date(`${day}T00:00:00Z`).getUTCDay();
    return wd !== 0 && wd !== 6 && !this.holidays.has(day);
  }

  residenceOn(householdId: string, day: string) {
    const h = this.household.get(householdId);
    if (!h || h.residences.length === 0) return undefined;
    let current = h.residences[0]!;
    for (const r of h.residences) if (r.from <= day) current = r;
    return current;
  }

  /** Households an event concerns: its household, or every household its person has belonged to. */
  householdsOf(e: LogEvent): string[] {
    if (e.householdId) return [e.householdId];
    if (e.personId) return (this.householdsOfPerson.get(e.personId) ?? []).map((m) => m.householdId);
    return [];
  }

  /** Did the user hold an open case of the household at that moment (created it or acted on it)? */
  holdsCase(userId: string, householdId: string, ms: number): boolean {
    return (this.casesOfHousehold.get(householdId) ?? []).some(
      (c) =>
        (c.createdBy === userId || c.actors.includes(userId)) &&
        Date.parse(c.openedAt) <= ms &&
        (c.closedAt === null || Date.parse(c.closedAt) >= ms),
    );
  }

  /**
   * Is there a reason to work on the household then: a case open (or opened within the window
   * after, or closed within it before), a live entitlement or open finding, a life event, or the
   * household created within the window?
   */
  explained(householdId: string, ms: number): boolean {
    const w = this.s.reasonWindowDays * DAY_MS;
    for (const c of this.casesOfHousehold.get(householdId) ?? []) {
      const opened = Date.parse(c.openedAt);
      const closed = c.closedAt === null ? Number.POSITIVE_INFINITY : Date.parse(c.closedAt);
      if (opened - 7 * DAY_MS <= ms && ms <= closed + w) return true;
    }
    for (const r of this.reasonsOfHousehold.get(householdId) ?? []) {
      const from = Date.parse(r.from);
      const to = r.to === null ? Number.POSITIVE_INFINITY : Date.parse(r.to);
      if (r.kind === 'lifeEvent' ? from <= ms && ms <= from + w : from <= ms && ms <= to + DAY_MS)
        return true;
    }
    const h = this.household.get(householdId);
    if (h && Date.parse(h.createdAt) <= ms && ms <= Date.parse(h.createdAt) + w) return true;
    return false;
  }

  /** The staff member's family: everyone who shares or shared a household with them, and everyone at their address. */
  private readonly familyCache = new Map<string, { household: Set<string>; address: Set<string> }>();
  private addressIndex: Map<string, string[]> | undefined;

  familyOf(st: StaffInfo, day: string): { household: Set<string>; address: Set<string> } {
    const key = `${st.userId}|${day}`;
    let hit = this.familyCache.get(key);
    if (!hit) {
      hit = this.computeFamily(st, day);
      this.familyCache.set(key, hit);
    }
    return hit;
  }

  private computeFamily(st: StaffInfo, day: string): { household: Set<string>; address: Set<string> } {
    const household = new Set<string>();
    const address = new Set<string>();
    if (!st.personId) return { household, address };
    const own = this.householdsOfPerson.get(st.personId) ?? [];
    const addresses = new Set<string>();
    for (const m of own) {
      for (const other of this.membersOfHousehold.get(m.householdId) ?? [])
        if (other.personId !== st.personId) household.add(other.personId);
      const r = this.residenceOn(m.householdId, day);
      if (r && (m.to === null || m.to >= day)) addresses.add(`${r.regionCode}|${r.address}`);
    }
    if (addresses.size) {
      if (!this.addressIndex) {
        this.addressIndex = new Map();
        for (const h of this.ctx.households)
          for (const r of h.residences)
            push(this.addressIndex, `${r.regionCode}|${r.address}`, h.householdId);
      }
      const candidates = new Set([...addresses].flatMap((a) => this.addressIndex!.get(a) ?? []));
      for (const householdId of candidates) {
        const h = { householdId };
        const r = this.residenceOn(h.householdId, day);
        if (r && addresses.has(`${r.regionCode}|${r.address}`))
          for (const other of this.membersOfHousehold.get(h.householdId) ?? [])
            if (other.personId !== st.personId && !household.has(other.personId)) address.add(other.personId);
      }
    }
    return { household, address };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Collects hits into one alert per rule and subject and day. */
class Alerts {
  private readonly byKey = new Map<string, Alert>();

  hit(
    rule: RuleId,
    subject: { userId: string | null; username: string | null; personId?: string | null; key?: string },
    day: string,
    severity: Alert['severity'],
    summary: string,
    e?: LogEvent,
    detail: Record<string, unknown> = {},
  ) {
    const key = `${rule}|${subject.key ?? subject.userId ?? subject.username ?? '-'}|${day}`;
    let a = this.byKey.get(key);
    if (!a) {
      a = {
        key,
        rule,
        severity,
        userId: subject.userId,
        username: subject.username,
        personId: subject.personId ?? null,
        day,
        summary,
        detail: { ...detail },
        evidence: [],
      };
      this.byKey.set(key, a);
    } else {
      if (rank(severity) > rank(a.severity)) a.severity = severity;
      for (const [k, v] of Object.entries(detail)) if (!(k in a.detail)) a.detail[k] = v;
    }
    if (e) {
      if (a.evidence.length < 50 && !a.evidence.includes(e.id)) a.evidence.push(e.id);
      if (e.personId) {
        const persons = (a.detail.personIds as string[] | undefined) ?? [];
        if (!persons.includes(e.personId) && persons.length < 200) persons.push(e.personId);
        a.detail.personIds = persons;
        if (a.personId === null && persons.length === 1) a.personId = e.personId;
      }
    }
    return a;
  }

  list(): Alert[] {
    return [...this.byKey.values()].sort((a, b) => a.day.localeCompare(b.day) || a.key.localeCompare(b.key));
  }
}

const rank = (s: Alert['severity']) => (s === 'high' ? 3 : s === 'medium' ? 2 : 1);

/**
 * Runs every rule over the context's events and returns alerts for local days in [from, to].
 * Events outside the period feed the baselines only.
 */
export function detect(
  ctx: DetectionContext,
  period: { from: string; to: string },
  settings: Partial<DetectionSettings> = {},
): Alert[] {
  const s = { ...defaultSettings, ...settings };
  const ix = new Index(ctx, s);
  const out = new Alerts();
  const inPeriod = (day: string) => day >= period.from && day <= period.to;
  const events = [...ctx.events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id - b.id);
  const who = (e: LogEvent) => ({ userId: e.userId, username: e.username });

  // Per user and day: persons opened (bulk baseline), searches (fishing), misses (enumeration), client volume (drift).
  const personsByUserDay = new Map<string, Set<string>>();
  const searches = new Map<string, { requestId: string; ms: number; hits: Set<string> }[]>();
  const opened = new Map<string, { personId: string; ms: number }[]>();
  const starts = new Map<string, number[]>();
  const hubVolume = new Map<string, number>();
  // Households each user was shown as discovery leads (user|household → when last): a lead is the
  // platform's own reason to open the household, for the reason window after.
  const ledTo = new Map<string, number>();
  const leadWindow = s.reasonWindowDays * DAY_MS;
  const led = (userId: string, householdId: string, ms: number) => {
    const at = ledTo.get(`${userId}|${householdId}`);
    return at !== undefined && at <= ms && ms - at <= leadWindow;
  };

  for (const e of events) {
    const l = ix.local(e.at);
    const day = l.day;
    const ud = `${e.userId}|${day}`;
    const st = e.userId ? ix.staffById.get(e.userId) : undefined;
    const role = e.role ?? st?.role ?? '';
    const personData = Boolean(e.personId || e.householdId) && e.userId !== null;
    const listing = LIST_ACTIONS.has(e.action);
    if (e.action === DISCOVERY_LEADS && e.userId && e.outcome === 'allowed')
      for (const h of ix.householdsOf(e)) ledTo.set(`${e.userId}|${h}`, l.ms);

    // Baseline material (all days).
    if (personData && e.outcome === 'allowed' && HOUSEHOLD_ROLES.has(role) && !listing && e.personId) {
      let set = personsByUserDay.get(ud);
      if (!set) {
        set = new Set();
        personsByUserDay.set(ud, set);
      }
      set.add(e.personId);
    }
    if (role === 'ministry' && e.action.startsWith('hub.') && e.outcome === 'allowed')
      hubVolume.set(ud, (hubVolume.get(ud) ?? 0) + 1);
    if (!inPeriod(day)) continue;

    if (isSearch(e.action) && e.userId) {
      const list = searches.get(ud) ?? [];
      let srch = list.find((x) => x.requestId === (e.requestId ?? String(e.id)));
      if (!srch) {
        srch = { requestId: e.requestId ?? String(e.id), ms: l.ms, hits: new Set() };
        list.push(srch);
        searches.set(ud, list);
      }
      if (e.personId) srch.hits.add(e.personId);
    } else if (personData && e.personId && !listing && e.outcome === 'allowed') {
      push(opened, ud, { personId: e.personId, ms: l.ms });
    }
    if (START_ACTIONS.has(e.action)) push(starts, ud, l.ms);

    // 1. Out of jurisdiction (caseworkers, supervisors): neither the region nor a case of theirs explains it.
    if (
      st &&
      jurisdictionRoles.has(role) &&
      e.userId &&
      !listing &&
      (e.outcome === 'allowed' || e.outcome === 'denied')
    ) {
      const hhs = ix.householdsOf(e);
      const inRegion = hhs.some((h) => ix.residenceOn(h, day)?.regionCode === st.regionCode);
      const held = hhs.some((h) => ix.holdsCase(e.userId!, h, l.ms));
      const deniedCreate = e.action === 'household.create' && e.outcome === 'denied';
      if ((hhs.length > 0 && !inRegion && !held) || deniedCreate)
        out.hit(
          'outOfJurisdiction',
          who(e),
          day,
          e.outcome === 'allowed' ? 'high' : 'medium',
          'person data outside the jurisdiction, without a case of theirs',
          e,
        );
    }

    // 2. No open case: a household opened with nothing that explains working on it.
    if (
      personData &&
      e.outcome === 'allowed' &&
      HOUSEHOLD_ROLES.has(role) &&
      !listing &&
      !START_ACTIONS.has(e.action) &&
      !isDownload(e.action)
    ) {
      const hhs = ix.householdsOf(e);
      if (hhs.length > 0 && !hhs.some((h) => ix.explained(h, l.ms) || led(e.userId!, h, l.ms)))
        out.hit(
          'noOpenCase',
          who(e),
          day,
          'medium',
          'household data opened with no open case, benefit, finding, discovery lead or new registration',
          e,
        );
    }

    // 3–5. Self, family or same address, co-worker.
    if (st && e.personId && e.userId && staffRoles.has(role) && !listing && !isDownload(e.action)) {
      if (st.personId === e.personId) {
        out.hit('selfLookup', who(e), day, 'high', 'looked up their own record', e);
      } else {
        const fam = ix.familyOf(st, day);
        if (fam.household.has(e.personId))
          out.hit('familyLookup', who(e), day, 'high', 'looked up a member of their own household', e, {
            relation: 'household',
          });
        else if (fam.address.has(e.personId))
          out.hit('familyLookup', who(e), day, 'high', 'looked up someone at their own address', e, {
            relation: 'address',
          });
        const colleague = ix.staffByPerson.get(e.personId);
        if (colleague && colleague.userId !== e.userId)
          out.hit('coworkerLookup', who(e), day, 'high', 'looked up a colleague’s record', e, {
            colleague: colleague.username,
          });
      }
    }

    // 6. Flagged persons: without a stated reason and a case of theirs, always reviewed.
    if (
      e.personId &&
      e.userId &&
      ix.flagged.has(e.personId) &&
      HOUSEHOLD_ROLES.has(role) &&
      !listing &&
      (e.outcome === 'allowed' || e.outcome === 'denied')
    ) {
      const held = ix.householdsOf(e).some((h) => ix.holdsCase(e.userId!, h, l.ms));
      if (!(e.purpose && held && e.outcome === 'allowed'))
        out.hit(
          'flaggedPerson',
          { ...who(e), key: `${e.userId}|${e.personId}` },
          day,
          e.purpose ? 'medium' : 'high',
          'opened a flagged (protected) person’s record without both a stated reason and a case',
          e,
          { flagReason: ix.flagged.get(e.personId), purpose: e.purpose },
        );
    }

    // 8. Downloads: by roles that do not export, without a reason, or at night.
    if (isDownload(e.action) && e.userId) {
      const reasons: string[] = [];
      if (!e.purpose) reasons.push('no reason stated');
      if (!s.downloadRoles.includes(role)) reasons.push(`role ${role} does not export`);
      const offHours = l.hour < s.dayStartHour || l.hour >= s.dayEndHour || !ix.isWorkingDay(day);
      if (offHours) reasons.push('off hours');
      if (reasons.length)
        out.hit('download', who(e), day, 'high', 'a download of personal data that needs review', e, {
          reasons,
        });
    }

    // 9. Off hours: person data at night, on a weekend or a holiday.
    if (personData && HOUSEHOLD_ROLES.has(role) && (e.outcome === 'allowed' || e.outcome === 'denied')) {
      if (l.hour < s.dayStartHour || l.hour >= s.dayEndHour || !ix.isWorkingDay(day))
        out.hit('offHours', who(e), day, 'medium', 'person data opened outside working hours', e, {
          hour: l.hour,
          workingDay: ix.isWorkingDay(day),
        });
    }

    // 15a. Ministry clients asking outside their purposes.
    if (role === 'ministry' && e.action.startsWith('hub.') && e.userId) {
      const purpose = e.action.startsWith('hub.qualifications')
        ? 'qualification'
        : e.action.startsWith('hub.history')
          ? 'history'
          : 'enrolment';
      if (e.outcome === 'allowed' && st?.purposes && !st.purposes.some((p) => p.purpose === purpose))
        out.hit(
          'purposeDrift',
          who(e),
          day,
          'high',
          `served for purpose ${purpose}, which the client does not hold`,
          e,
        );
    }
  }

  // 7. Bulk look-ups against the user's own and their peers' baselines.
  const byUser = new Map<string, number[]>();
  const byRole = new Map<string, { userId: string; n: number }[]>();
  for (const [ud, set] of personsByUserDay) {
    const [userId] = ud.split('|') as [string, string];
    push(byUser, userId, set.size);
    const role = ix.staffById.get(userId)?.role ?? 'unknown';
    push(byRole, role, { userId, n: set.size });
  }
  for (const [ud, set] of personsByUserDay) {
    const [userId, day] = ud.split('|') as [string, string];
    if (!inPeriod(day)) continue;
    const st = ix.staffById.get(userId);
    const own = (byUser.get(userId) ?? []).slice();
    own.splice(own.indexOf(set.size), 1);
    const peers = (byRole.get(st?.role ?? 'unknown') ?? [])
      .filter((p) => p.userId !== userId)
      .map((p) => p.n);
    const ownMedian = own.length >= 5 ? median(own) : 0;
    const threshold = Math.max(s.bulkFactor * ownMedian, s.bulkFactor * median(peers), s.bulkFloor);
    if (set.size > threshold)
      out.hit(
        'bulkLookup',
        { userId, username: st?.username ?? null },
        day,
        'high',
        `opened ${set.size} persons in a day (threshold ${Math.round(threshold)})`,
        undefined,
        {
          persons: set.size,
          ownMedian,
          peerMedian: median(peers),
        },
      );
  }

  // 13. Name-search fishing: many searches, few of them followed by opening a hit or registering someone.
  for (const [ud, list] of searches) {
    if (list.length < s.fishingSearches) continue;
    const [userId, day] = ud.split('|') as [string, string];
    const opens = opened.get(ud) ?? [];
    const created = starts.get(ud) ?? [];
    const followed = list.filter(
      (srch) =>
        opens.some((o) => o.ms >= srch.ms && srch.hits.has(o.personId)) ||
        created.some((t) => t >= srch.ms && t - srch.ms < 30 * 60_000),
    ).length;
    const share = followed / list.length;
    if (share < s.fishingFollowUpShare)
      out.hit(
        'nameSearchFishing',
        { userId, username: ix.staffById.get(userId)?.username ?? null },
        day,
        'medium',
        `${list.length} searches, ${followed} followed up`,
        undefined,
        { searches: list.length, followed },
      );
  }

  // 14. Id enumeration: look-ups of ids that do not exist (or subjects not found).
  const misses = new Map<string, LogEvent[]>();
  for (const e of events) {
    if (!e.userId) continue;
    const day = ix.local(e.at).day;
    if (!inPeriod(day)) continue;
    const miss =
      e.outcome === 'notFound' ||
      (e.outcome === 'denied' &&
        !e.personId &&
        !e.householdId &&
        (e.action.startsWith('hub.') || e.action === 'person.lookup'));
    if (miss) push(misses, `${e.userId}|${day}`, e);
  }
  for (const [ud, list] of misses) {
    if (list.length < s.enumerationMisses) continue;
    const day = ud.split('|')[1]!;
    for (const e of list)
      out.hit('idEnumeration', who(e), day, 'high', `${list.length} look-ups of ids that do not exist`, e, {
        misses: list.length,
      });
  }

  // 10. Login anomalies: failures per account and per address, throttling, a success after failures.
  const failsByAccount = new Map<string, LogEvent[]>();
  const failsByAddress = new Map<string, Set<string>>();
  const addressEvents = new Map<string, LogEvent[]>();
  for (const e of events) {
    if (!e.action.startsWith('auth.login')) continue;
    const day = ix.local(e.at).day;
    if (!inPeriod(day)) continue;
    if (e.outcome === 'denied' && e.username) {
      push(failsByAccount, `${e.username}|${day}`, e);
      const key = `${e.ip ?? 'unknown'}|${day}`;
      let set = failsByAddress.get(key);
      if (!set) {
        set = new Set();
        failsByAddress.set(key, set);
      }
      set.add(e.username);
      push(addressEvents, key, e);
    }
  }
  for (const [key, list] of failsByAccount) {
    const [username, day] = key.split('|') as [string, string];
    const throttled = list.some((e) => e.action === 'auth.login.throttled');
    if (list.length >= s.loginFailuresPerAccount || throttled) {
      const st = ix.staffByUsername.get(username);
      for (const e of list)
        out.hit(
          'loginAnomaly',
          { userId: st?.userId ?? null, username, key: `account:${username}` },
          day,
          throttled ? 'high' : 'medium',
          `${list.length} failed logins on the account`,
          e,
          { failures: list.length },
        );
    }
  }
  for (const [key, users] of failsByAddress) {
    if (users.size < s.loginAccountsPerAddress) continue;
    const [ip, day] = key.split('|') as [string, string];
    for (const e of addressEvents.get(key) ?? [])
      out.hit(
        'loginAnomaly',
        { userId: null, username: null, key: `address:${ip}` },
        day,
        'high',
        `failed logins on ${users.size} accounts from one address`,
        e,
        { ip, accounts: [...users] },
      );
  }

  // 11. Shared account: one account used from two terminals interleaved within minutes.
  const byUserDayIp = new Map<string, LogEvent[]>();
  for (const e of events) {
    if (!e.userId || !e.ip) continue;
    const day = ix.local(e.at).day;
    if (inPeriod(day)) push(byUserDayIp, `${e.userId}|${day}`, e);
  }
  const windowMs = s.sharedWindowMinutes * 60_000;
  for (const [ud, list] of byUserDayIp) {
    const day = ud.split('|')[1]!;
    const requests = dedupeRequests(list);
    for (let i = 2; i < requests.length; i++) {
      const [a, b, c] = [requests[i - 2]!, requests[i - 1]!, requests[i]!];
      if (a.ip !== b.ip && a.ip === c.ip && Date.parse(c.at) - Date.parse(a.at) <= windowMs) {
        out.hit('sharedAccount', who(c), day, 'high', 'the account was used from two terminals at once', c, {
          addresses: [a.ip, b.ip],
        });
        out.hit('sharedAccount', who(c), day, 'high', '', b);
      }
    }
  }

  // 12. Many users on one person: users without a case of theirs opening the same person within a week.
  const accessByPerson = new Map<string, LogEvent[]>();
  for (const e of events) {
    if (!e.personId || !e.userId || e.outcome !== 'allowed' || LIST_ACTIONS.has(e.action)) continue;
    const role = e.role ?? ix.staffById.get(e.userId)?.role ?? '';
    if (!HOUSEHOLD_ROLES.has(role)) continue;
    push(accessByPerson, e.personId, e);
  }
  for (const [personId, list] of accessByPerson) {
    const unexplained = list.filter((e) => {
      const ms = ix.local(e.at).ms;
      return !ix.householdsOf(e).some((h) => ix.holdsCase(e.userId!, h, ms));
    });
    const users = new Set(unexplained.map((e) => e.userId!));
    if (users.size < s.manyUsersThreshold) continue;
    const winMs = s.manyUsersWindowDays * DAY_MS;
    for (let i = 0; i < unexplained.length; i++) {
      const end = unexplained[i]!;
      const endMs = Date.parse(end.at);
      const inWindow = unexplained.filter(
        (e) => Date.parse(e.at) <= endMs && endMs - Date.parse(e.at) < winMs,
      );
      const distinct = new Set(inWindow.map((e) => e.userId!));
      const day = ix.local(end.at).day;
      if (distinct.size >= s.manyUsersThreshold && inPeriod(day)) {
        const a = out.hit(
          'manyUsersOnePerson',
          { userId: null, username: null, personId, key: `person:${personId}` },
          day,
          'high',
          `${distinct.size} users without a case opened the same person within ${s.manyUsersWindowDays} days`,
        );
        for (const e of inWindow)
          if (a.evidence.length < 50 && !a.evidence.includes(e.id)) a.evidence.push(e.id);
        const ids = new Set([...((a.detail.userIds as string[] | undefined) ?? []), ...distinct]);
        a.detail.userIds = [...ids];
        a.detail.usernames = [...ids].map((u) => ix.staffById.get(u)?.username ?? u);
        a.personId = personId;
        break;
      }
    }
  }

  // 15b. Ministry clients: refused requests and volume against their own baseline.
  const hubDenied = new Map<string, LogEvent[]>();
  for (const e of events) {
    if (!e.userId || !e.action.startsWith('hub.') || e.outcome !== 'denied') continue;
    if ((e.role ?? ix.staffById.get(e.userId)?.role) !== 'ministry') continue;
    const day = ix.local(e.at).day;
    if (inPeriod(day)) push(hubDenied, `${e.userId}|${day}`, e);
  }
  for (const [ud, list] of hubDenied) {
    if (list.length < s.driftDenied) continue;
    const day = ud.split('|')[1]!;
    for (const e of list)
      out.hit(
        'purposeDrift',
        who(e),
        day,
        'medium',
        `${list.length} requests refused as outside the client’s purposes`,
        e,
      );
  }
  const volumeByClient = new Map<string, { day: string; n: number }[]>();
  for (const [ud, n] of hubVolume) {
    const [userId, day] = ud.split('|') as [string, string];
    push(volumeByClient, userId, { day, n });
  }
  for (const [userId, days] of volumeByClient) {
    for (const d of days) {
      if (!inPeriod(d.day)) continue;
      const others = days.filter((x) => x.day !== d.day).map((x) => x.n);
      if (others.length < 5) continue;
      const m = median(others);
      if (d.n > s.driftVolumeFloor && d.n > s.driftVolumeFactor * m)
        out.hit(
          'purposeDrift',
          { userId, username: ix.staffById.get(userId)?.username ?? null },
          d.day,
          'medium',
          `${d.n} requests in a day against a median of ${m}`,
          undefined,
          { requests: d.n, median: m },
        );
    }
  }

  return out.list();
}

/** One entry per request (a household read writes a row per member), in time order. */
function dedupeRequests(list: LogEvent[]): LogEvent[] {
  const seen = new Set<string>();
  const out: LogEvent[] = [];
  for (const e of list) {
    const k = e.requestId ?? `#${e.id}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(e);
  }
  return out;
}

export { addDays };
