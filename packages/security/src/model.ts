/**
 * The data misuse detection reads: access-log events joined with staff, households, cases and
 * the other records that explain why someone looked at someone. Plain data, so the rules run the
 * same over the database (load.ts) and over a synthetic month in memory (synthetic.ts).
 */

export interface LogEvent {
  id: number;
  /** ISO timestamp (UTC). */
  at: string;
  userId: string | null;
  username: string | null;
  role: string | null;
  ip: string | null;
  requestId: string | null;
  action: string;
  purpose: string | null;
  personId: string | null;
  householdId: string | null;
  outcome: string;
}

export interface StaffInfo {
  userId: string;
  username: string;
  role: string;
  regionCode: string | null;
  organization: string | null;
  /** The staff member's own person record (HR link), when known. */
  personId: string | null;
  purposes?: { purpose: string; programIds?: string[] }[];
}

export interface HouseholdInfo {
  householdId: string;
  /** Residences by date (effectiveFrom ascending): region and address. */
  residences: { from: string; regionCode: string; address: string }[];
  createdAt: string;
}

export interface MembershipInfo {
  householdId: string;
  personId: string;
  from: string;
  to: string | null;
}

export interface CaseInfo {
  caseId: string;
  householdId: string;
  personId: string | null;
  createdBy: string;
  /** Users who sent events to the case. */
  actors: string[];
  openedAt: string;
  /** When the case reached the closed stage, if it has. */
  closedAt: string | null;
}

/** Other reasons to work on a household: a live entitlement, an open finding, a life event. */
export interface ReasonInfo {
  householdId: string;
  kind: 'entitlement' | 'finding' | 'lifeEvent';
  from: string;
  to: string | null;
}

export interface FlaggedInfo {
  personId: string;
  reason: string;
}

export interface DetectionContext {
  events: LogEvent[];
  staff: StaffInfo[];
  households: HouseholdInfo[];
  memberships: MembershipInfo[];
  cases: CaseInfo[];
  reasons: ReasonInfo[];
  flagged: FlaggedInfo[];
  /** Public holidays (YYYY-MM-DD, local), besides weekends. */
  holidays?: string[];
}

export type RuleId =
  | 'outOfJurisdiction'
  | 'noOpenCase'
  | 'selfLookup'
  | 'familyLookup'
  | 'coworkerLookup'
  | 'flaggedPerson'
  | 'bulkLookup'
  | 'download'
  | 'offHours'
  | 'loginAnomaly'
  | 'sharedAccount'
  | 'manyUsersOnePerson'
  | 'nameSearchFishing'
  | 'idEnumeration'
  | 'purposeDrift';

export const ruleIds: RuleId[] = [
  'outOfJurisdiction',
  'noOpenCase',
  'selfLookup',
  'familyLookup',
  'coworkerLookup',
  'flaggedPerson',
  'bulkLookup',
  'download',
  'offHours',
  'loginAnomaly',
  'sharedAccount',
  'manyUsersOnePerson',
  'nameSearchFishing',
  'idEnumeration',
  'purposeDrift',
];

export interface Alert {
  /** rule|subject|day: the same finding is never raised twice. */
  key: string;
  rule: RuleId;
  severity: 'low' | 'medium' | 'high';
  /** The account whose behaviour is in question (null when it is a person or an address). */
  userId: string | null;
  username: string | null;
  personId: string | null;
  /** Local (KST) day the behaviour happened. */
  day: string;
  summary: string;
  detail: Record<string, unknown>;
  /** Access-log row ids that show it (at most 50). */
  evidence: number[];
}

/** Thresholds of the rules (docs/security.md lists them with their reasons). */
export interface DetectionSettings {
  /** UTC offset of local time in hours (Korea: 9). */
  utcOffsetHours: number;
  /** Local working hours: person data opened before `dayStartHour` or from `dayEndHour` is off-hours. */
  dayStartHour: number;
  dayEndHour: number;
  /** Bulk: distinct persons a day above max(factor × own median, factor × peers' median, floor). */
  bulkFactor: number;
  bulkFloor: number;
  /** Days of history the baselines use. */
  baselineDays: number;
  /** A household created or a life event this many days before, or a case opened this many days after, explains a look. */
  reasonWindowDays: number;
  /** Many users on one person: distinct users without a case of theirs in `manyUsersWindowDays`. */
  manyUsersThreshold: number;
  manyUsersWindowDays: number;
  /** Name-search fishing: searches a day, and the share of them followed by opening a hit. */
  fishingSearches: number;
  fishingFollowUpShare: number;
  /** Id enumeration: not-found or denied look-ups a day. */
  enumerationMisses: number;
  /** Login anomaly: failures on one account a day, accounts failed from one address a day. */
  loginFailuresPerAccount: number;
  loginAccountsPerAddress: number;
  /** Shared account: address switches (A→B→A) within this many minutes. */
  sharedWindowMinutes: number;
  /** Downloads above this many persons, or by roles other than these, or without a reason. */
  downloadMaxPersons: number;
  downloadRoles: string[];
  /** Ministry clients: refused requests a day, and volume above factor × own median (and above the floor). */
  driftDenied: number;
  driftVolumeFactor: number;
  driftVolumeFloor: number;
}

export const defaultSettings: DetectionSettings = {
  utcOffsetHours: 9,
  dayStartHour: 7,
  dayEndHour: 21,
  bulkFactor: 3,
  bulkFloor: 60,
  baselineDays: 28,
  reasonWindowDays: 30,
  manyUsersThreshold: 3,
  manyUsersWindowDays: 7,
  fishingSearches: 15,
  fishingFollowUpShare: 0.3,
  enumerationMisses: 5,
  loginFailuresPerAccount: 5,
  loginAccountsPerAddress: 4,
  sharedWindowMinutes: 15,
  downloadMaxPersons: 500,
  downloadRoles: ['auditor', 'privacyOfficer'],
  driftDenied: 3,
  driftVolumeFactor: 3,
  driftVolumeFloor: 50,
};

/** Roles of people working inside the administration (as opposed to system clients). */
export const staffRoles = new Set(['caseworker', 'supervisor', 'admin', 'auditor', 'privacyOfficer']);
/** Roles whose work on households is bounded by a jurisdiction. */
export const jurisdictionRoles = new Set(['caseworker', 'supervisor']);
