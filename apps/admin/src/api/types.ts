/**
 * Shapes of API responses the OpenAPI document leaves open (`Record<string, unknown>`): cases,
 * evaluations, findings, entitlements, life events, linked records. Kept to what the app reads.
 */
export interface Text {
  ko: string;
  en: string;
}

export type Outcome = 'eligible' | 'ineligible' | 'undetermined';
export type Stage = 'application' | 'investigation' | 'guarantee' | 'decision' | 'active' | 'closed';
export const stages: Stage[] = ['application', 'investigation', 'guarantee', 'decision', 'active', 'closed'];

export interface Source {
  title: string;
  url?: string;
  status: 'official' | 'derived' | 'secondary';
}

export interface ParameterUse {
  id: string;
  label: Text;
  unit: string;
  key?: string | number;
  value: number;
  from: string;
  sources: Source[];
  basis?: { param: string; ratio: number; value: number; source: Source };
}

export interface ValueView {
  label: Text;
  value: number | string | boolean | string[];
  unit?: string;
  detail?: { label: Text; value: number | string }[];
}

export interface Explanation {
  type: string;
  label: Text;
  outcome: Outcome;
  op?: string;
  actual?: ValueView;
  threshold?: ValueView;
  params?: ParameterUse[];
  missing?: { dataType: string; what: Text; personId?: string }[];
  personId?: string;
  children?: Explanation[];
}

export interface Evaluation {
  id: string;
  programId: string;
  programVersion: string;
  householdId: string;
  personId: string | null;
  outcome: Outcome;
  referenceDate?: string;
  explanation: Explanation;
  benefit?: { status: string; amountKrw?: number; description?: Text; note?: Text } | null;
  parameterVersions: Record<string, string>;
  summary: { ko: string[]; en: string[] };
  missing: { dataType: string; what: Text; personId?: string }[];
  createdAt?: string;
}

export interface CaseEventRow {
  id: string;
  seq: number;
  at: string;
  actorId: string;
  actorRole: string;
  event: string;
  fromState: string;
  toState: string;
  reason: string | null;
  payload: Record<string, unknown>;
}

export interface Conflict {
  entitlementId: string;
  programId: string;
  kind: 'exclusive' | 'reduces';
  personId: string | null;
  startDate?: string;
  status?: string;
}

/** Who a case or finding is about (대상자): the person it names, or the household's head for a household's. */
export interface Subject {
  personId: string;
  name: string;
  head: boolean;
}

export interface CaseView {
  id: string;
  householdId: string;
  personId: string | null;
  programId: string;
  state: string;
  stage: Stage;
  version: number;
  application: Record<string, unknown>;
  regionCode: string;
  createdAt: string;
  updatedAt: string;
  context: {
    programId: string;
    outcome: Outcome | null;
    evaluationIds: string[];
    amountKrw: number | null;
    startDate: string | null;
    endDate: string | null;
    entitlementId: string | null;
  };
  allowedEvents: string[];
  /** In lists (GET /cases) only. */
  subject?: Subject | null;
  events?: CaseEventRow[];
  decisions?: {
    id: string;
    kind: string;
    at: string;
    amountKrw: number | null;
    reasons: { note?: string | null; unmet?: { ko: string[]; en: string[] } };
  }[];
}

/** A re-investigation run (확인조사): its counts grow batch by batch while it is `running`. */
export interface ReinvestigationRun {
  id: string;
  status: 'running' | 'completed';
  referenceDate: string;
  counts: {
    processed: number;
    unchanged: number;
    amountChanged: number;
    noLongerEligible: number;
    newlyEligible: number;
    undetermined: number;
  };
  /** `total`: live entitlements in scope when the run started (runs before it lack it). */
  scope: { programId: string | null; regionCode: string | null; slices?: number; total?: number };
}

export interface Finding {
  id: string;
  runId: string | null;
  kind: 'noLongerEligible' | 'amountChanged' | 'newlyEligible' | 'duplicate';
  key: string;
  status: 'open' | 'confirmed' | 'dismissed';
  householdId: string;
  personId: string | null;
  programId: string;
  entitlementId: string | null;
  regionCode: string;
  detail: {
    diff?: DiffLine[];
    previousAmountKrw?: number | null;
    newAmountKrw?: number | null;
    outcome?: Outcome;
    kind?: string;
    conflictingProgramId?: string;
    caseId?: string;
    entitlements?: {
      id: string;
      programId: string;
      personId: string | null;
      startDate: string;
      source: string;
    }[];
  };
  resolution: { action: string; reason: string; caseId?: string } | null;
  createdAt: string;
  resolvedAt: string | null;
  /** In lists (GET /findings) only. */
  subject?: Subject | null;
}

/** One line of finding.detail.diff (core `diffExplanations`): a criterion whose outcome or values changed. */
export interface DiffLine {
  label: Text;
  personId?: string;
  before: { outcome: Outcome; actual?: unknown; threshold?: unknown } | null;
  after: { outcome: Outcome; actual?: unknown; threshold?: unknown } | null;
}

export interface Entitlement {
  id: string;
  householdId: string;
  personId: string | null;
  programId: string;
  caseId: string | null;
  source: string;
  sourceMinistry: string | null;
  amountKrw: number | null;
  cycle: string;
  status: string;
  startDate: string;
  endDate: string | null;
  payments: { id: string; month: string; amountKrw: number | null; status: string }[];
}

export interface LinkedRecord {
  id: string;
  personId: string;
  category: 'income' | 'asset' | 'fact';
  kind: string;
  amountKrw: number | null;
  value: unknown;
  sourceAgency: string;
  dataType: string;
  periodFrom: string;
  periodTo: string | null;
  receivedAt: string;
  /** Set when the API withholds the amount or value from this role (data minimisation). */
  redacted?: boolean;
}

export interface Recommendation {
  programId: string;
  name: Text;
  personId: string | null;
  outcome: 'eligible' | 'undetermined';
  reasons: { ko: string[]; en: string[] };
  missing: Text[];
}

export interface LifeEvent {
  id: string;
  householdId: string;
  personId: string | null;
  kind: string;
  date: string;
  recommendations: Recommendation[];
}

export interface AccessEntry {
  id: number;
  at: string;
  userId: string | null;
  username: string | null;
  role: string | null;
  ip: string | null;
  requestId: string;
  action: string;
  purpose: string | null;
  personId: string | null;
  householdId: string | null;
  outcome: 'allowed' | 'denied';
  hash?: string;
}

/** The form part of GET /programs/{id}: a JSON Schema (draft 2020-12) whose fields carry `label` {ko, en}. */
export interface FieldSchema {
  type?: 'string' | 'integer' | 'number' | 'boolean' | 'array';
  label?: Text;
  enum?: (string | number)[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: FieldSchema;
  description?: string;
}

export interface FormSchema {
  type: 'object';
  properties?: Record<string, FieldSchema>;
  required?: string[];
}

export interface ProgramDetail {
  id: string;
  version: string;
  name: Text;
  ministry: string;
  bureau: string | null;
  target: 'household' | 'person';
  lifeCycle: string[];
  situations: string[];
  provision: string;
  cycle: string;
  fidelity: 'statutory' | 'summary';
  summary: Text;
  legalBasis: Text[];
  criteria: { ko: string[]; en: string[] };
  benefit: { description: Text; calculated: boolean };
  parameters: {
    id: string;
    label: Text;
    unit: string;
    inForce: {
      from: string;
      value:
        | { type: 'scalar'; value: number }
        | { type: 'bySize'; values: number[]; extraPerMember: number }
        | { type: 'byKey'; values: Record<string, number> };
      sources: Source[];
      note?: string;
      basis?: { param: string; ratio: number; source: Source };
    } | null;
  }[];
  exclusions: { programId: string; kind: 'exclusive' | 'reduces'; reason: Text; source?: Source }[];
  form: { jsonSchema: FormSchema; evidence: { id: string; label: Text; required: boolean }[] };
  reviewCycle: string;
  effective: { from: string; to?: string };
  sources: Source[];
}

export interface Person {
  id: string;
  name: string;
  birthDate: string;
  sex: 'F' | 'M';
  nationality: string;
  residencyStatus: string;
  deathDate: string | null;
  /** 주민등록번호, masked (YYMMDD-N******); the API never returns more. */
  rrnMasked: string | null;
}

export interface Residence {
  regionCode: string;
  address: string;
  tenure: string;
  monthlyRentKrw?: number;
  depositKrw?: number;
}

export interface Member {
  id: string;
  personId: string;
  relation: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  startReason: string;
  endReason: string | null;
  current: boolean;
  person: Person;
}

export interface HouseholdView {
  id: string;
  version: number;
  asOf: string;
  residence: Residence;
  members: Member[];
  residenceHistory: (Residence & { effectiveFrom: string; kind: string })[];
}

export interface HouseholdHit {
  id: string;
  version: number;
  regionCode: string;
  address: string;
  members: { personId: string; relation: string; effectiveFrom: string; matched: boolean; person: Person }[];
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: string;
  regionCode: string | null;
}

export interface ProgramSummary {
  id: string;
  version: string;
  name: Text;
  ministry: string;
  bureau: string | null;
  target: 'household' | 'person';
  lifeCycle: string[];
  situations: string[];
  provision: string;
  cycle: string;
  fidelity: 'statutory' | 'summary';
  summary: Text;
}

export interface CatalogueSummary {
  total: number;
  byFidelity: Record<string, number>;
  byMinistry: { ministry: string; total: number; statutory: number; summary: number }[];
  catalogue?: { total: number; covered: number };
}

/** A population screening run (GET /screening-runs). */
export interface ScreeningRunSummary {
  id: string;
  kind: string;
  referenceDate: string;
  status: 'running' | 'done' | string;
  partitions: number;
  partitionsDone: number;
  households: number;
  createdAt: string;
  finishedAt: string | null;
}

export interface ScreeningRun extends ScreeningRunSummary {
  keep: string[];
  rescreenedHouseholds: number;
  counts: {
    programId: string;
    version: string;
    name: Text | null;
    eligible: number;
    ineligible: number;
    undetermined: number;
  }[];
}

/** A discovery lead (발굴 대상): found eligible, neither receiving nor applying. */
export interface DiscoveryLead {
  householdId: string;
  personId: string | null;
  regionCode: string;
  address: string;
  contact: { personId: string; name: string; birthDate: string } | null;
}
