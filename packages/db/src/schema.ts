import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  pgView,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const krw = (name: string) => bigint(name, { mode: 'number' });
const day = (name: string) => date(name, { mode: 'string' });
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** People. The RRN is only ever stored encrypted (`rrn_cipher`) with a keyed hash for exact lookup. */
export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    birthDate: day('birth_date').notNull(),
    sex: text('sex').notNull(),
    nationality: text('nationality').notNull(),
    residencyStatus: text('residency_status').notNull(),
    deathDate: day('death_date'),
    rrnCipher: text('rrn_cipher'),
    rrnHash: text('rrn_hash'),
    rrnMasked: text('rrn_masked'),
    createdAt: at('created_at').notNull().defaultNow(),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('people_rrn_hash_idx').on(t.rrnHash),
    index('people_name_birth_idx').on(t.name, t.birthDate),
  ],
);

/** Households with their current residence; the history of residences is in `household_residences`. */
export const households = pgTable(
  'households',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: text('region_code').notNull(),
    address: text('address').notNull(),
    tenure: text('tenure').notNull(),
    monthlyRentKrw: krw('monthly_rent_krw'),
    depositKrw: krw('deposit_krw'),
    createdAt: at('created_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('households_region_idx').on(t.regionCode)],
);

/** Residence history: moves are successions on a date; corrections replace a wrong record. */
export const householdResidences = pgTable(
  'household_residences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    regionCode: text('region_code').notNull(),
    address: text('address').notNull(),
    tenure: text('tenure').notNull(),
    monthlyRentKrw: krw('monthly_rent_krw'),
    depositKrw: krw('deposit_krw'),
    effectiveFrom: day('effective_from').notNull(),
    kind: text('kind').notNull(),
    recordedAt: at('recorded_at').notNull().defaultNow(),
    recordedBy: uuid('recorded_by'),
  },
  // In the order "the residence in force on a date" reads them (the latest effective_from, then
  // the latest recorded, then the greatest id — `residenceOn`): the probe takes the first entry, no
  // sort per household.
  (t) => [
    index('household_residences_latest_idx').on(
      t.householdId,
      t.effectiveFrom.desc().nullsFirst(),
      t.recordedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
  ],
);

/** Household membership with effective dates: [effective_from, effective_to). */
export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    relation: text('relation').notNull(),
    effectiveFrom: day('effective_from').notNull(),
    effectiveTo: day('effective_to'),
    startReason: text('start_reason').notNull(),
    endReason: text('end_reason'),
    recordedAt: at('recorded_at').notNull().defaultNow(),
    /**
     * The order memberships were recorded in (members registered together in the order given,
     * head first). Members are listed by (effective from, seq) in every path: the household view,
     * search, the per-household snapshot and the screening loader. Ids are random and say nothing.
     */
    seq: bigint('seq', { mode: 'number' }).notNull().generatedByDefaultAsIdentity(),
  },
  (t) => [index('memberships_hh_idx').on(t.householdId), index('memberships_person_idx').on(t.personId)],
);

/** Linked records (income, assets, facts) with provenance. Never updated: corrections are new rows. */
export const linkedRecords = pgTable(
  'linked_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    category: text('category').notNull(),
    kind: text('kind').notNull(),
    amountKrw: krw('amount_krw'),
    value: jsonb('value'),
    sourceAgency: text('source_agency').notNull(),
    dataType: text('data_type').notNull(),
    periodFrom: day('period_from').notNull(),
    periodTo: day('period_to'),
    receivedAt: at('received_at').notNull().defaultNow(),
    recordedBy: uuid('recorded_by'),
    /** The agency batch that delivered it, if any. */
    batchId: uuid('batch_id'),
    /** succession: the situation changed on a date; correction: an earlier record for the period was wrong. */
    changeKind: text('change_kind').notNull().default('succession'),
  },
  // In the order "the latest record of each stream covering a date" reads them (see
  // `buildSnapshot`: a stream is a (category, kind, data type) of incomes, assets and multi-source
  // facts — core's `multiSourceFactKinds`, written out here as the migration must — a kind of
  // other facts; each period's standing version — the latest received, then the greatest id — and
  // of those covering the date the latest period): two DISTINCT ON over one index scan, no sort
  // per person (NULLS FIRST is what a plain DESC sorts). Its prefix serves every query by person
  // or by (person, category).
  (t) => [
    index('linked_records_stream_idx').on(
      t.personId,
      t.category,
      t.kind,
      sql`(CASE WHEN ${t.category} = 'fact' AND ${t.kind} NOT IN ('crisis', 'farmerFisher', 'illness') THEN '' ELSE ${t.dataType} END)`,
      t.periodFrom.desc().nullsFirst(),
      t.receivedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
  ],
);

/** Each program version the platform has evaluated with, so a stored evaluation can be reproduced. */
export const programVersions = pgTable(
  'program_versions',
  {
    programId: text('program_id').notNull(),
    version: text('version').notNull(),
    digest: text('digest').notNull(),
    definition: jsonb('definition').notNull(),
    registeredAt: at('registered_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.digest] })],
);

/** Stored evaluations: inputs, program version, parameter versions, outcome and explanation. */
export const evaluations = pgTable(
  'evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    personId: uuid('person_id'),
    programId: text('program_id').notNull(),
    programVersion: text('program_version').notNull(),
    programDigest: text('program_digest').notNull(),
    referenceDate: day('reference_date').notNull(),
    parameterVersions: jsonb('parameter_versions').notNull(),
    inputDigest: text('input_digest').notNull(),
    inputs: jsonb('inputs').notNull(),
    outcome: text('outcome').notNull(),
    missing: jsonb('missing').notNull(),
    explanation: jsonb('explanation').notNull(),
    benefit: jsonb('benefit'),
    createdAt: at('created_at').notNull().defaultNow(),
    createdBy: uuid('created_by'),
  },
  (t) => [index('evaluations_hh_idx').on(t.householdId, t.createdAt)],
);

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role').notNull(),
  regionCode: text('region_code'),
  /** For agency clients the agency code; for ministry clients the ministry's Korean name. */
  organization: text('organization'),
  /** Purpose-scoped permissions of API clients: [{ purpose, programIds? }]. */
  purposes: jsonb('purposes').notNull().default(sql`'[]'::jsonb`),
  passwordHash: text('password_hash').notNull(),
  disabled: boolean('disabled').notNull().default(false),
  createdAt: at('created_at').notNull().defaultNow(),
});

/** Bearer sessions; only a SHA-256 of the token is stored. */
export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id),
  createdAt: at('created_at').notNull().defaultNow(),
  expiresAt: at('expires_at').notNull(),
});

/**
 * The access log (접속기록): every read of personal data and every denial. Append-only and
 * hash-chained: each row's hash covers its content and the previous row's hash.
 */
export const accessLog = pgTable(
  'access_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: at('at').notNull().default(sql`now()`),
    userId: uuid('user_id'),
    username: text('username'),
    role: text('role'),
    ip: text('ip'),
    requestId: text('request_id'),
    action: text('action').notNull(),
    purpose: text('purpose'),
    personId: uuid('person_id'),
    householdId: uuid('household_id'),
    outcome: text('outcome').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('access_log_person_idx').on(t.personId), index('access_log_user_idx').on(t.userId, t.at)],
);

/** Cases: one application of one program, moved only by the case machine. */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    personId: uuid('person_id').references(() => people.id),
    programId: text('program_id').notNull(),
    state: text('state').notNull(),
    stage: text('stage').notNull(),
    machineVersion: integer('machine_version').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    application: jsonb('application').notNull(),
    regionCode: text('region_code').notNull(),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('cases_region_stage_idx').on(t.regionCode, t.stage),
    index('cases_household_idx').on(t.householdId),
  ],
);

/** The append-only case event log: who moved the case from where to where, why, with what. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    seq: integer('seq').notNull(),
    at: at('at').notNull().defaultNow(),
    actorId: uuid('actor_id').notNull(),
    actorRole: text('actor_role').notNull(),
    event: text('event').notNull(),
    fromState: text('from_state').notNull(),
    toState: text('to_state').notNull(),
    reason: text('reason'),
    payload: jsonb('payload').notNull(),
  },
  (t) => [uniqueIndex('case_events_seq_idx').on(t.caseId, t.seq)],
);

/**
 * Entitlements: the integrated benefit history. Created and changed only by decisions, or recorded
 * from another ministry's own enrolment (`source = 'external'`).
 */
export const entitlements = pgTable(
  'entitlements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    personId: uuid('person_id').references(() => people.id),
    programId: text('program_id').notNull(),
    caseId: uuid('case_id').references(() => cases.id),
    source: text('source').notNull(),
    sourceMinistry: text('source_ministry'),
    amountKrw: krw('amount_krw'),
    cycle: text('cycle').notNull(),
    startDate: day('start_date').notNull(),
    endDate: day('end_date'),
    status: text('status').notNull(),
    evaluationId: uuid('evaluation_id'),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('entitlements_person_idx').on(t.personId),
    index('entitlements_household_idx').on(t.householdId),
    index('entitlements_status_idx').on(t.status, t.programId),
  ],
);

/** The monthly payment ledger of an entitlement. One row per entitlement and month. */
export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entitlementId: uuid('entitlement_id')
      .notNull()
      .references(() => entitlements.id),
    month: text('month').notNull(),
    amountKrw: krw('amount_krw').notNull(),
    status: text('status').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('payments_entitlement_month_idx').on(t.entitlementId, t.month)],
);

/** Decision records: nothing changes an entitlement without one. */
export const decisions = pgTable(
  'decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind').notNull(),
    decidedBy: uuid('decided_by').notNull(),
    at: at('at').notNull().defaultNow(),
    reasons: jsonb('reasons').notNull(),
    entitlementId: uuid('entitlement_id'),
    amountKrw: krw('amount_krw'),
    findingId: uuid('finding_id'),
  },
  (t) => [index('decisions_case_idx').on(t.caseId)],
);

/** Re-investigation and sweep runs; `cursor` makes a run resumable after a crash. */
export const runs = pgTable('runs', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').notNull(),
  scope: jsonb('scope').notNull(),
  referenceDate: day('reference_date').notNull(),
  status: text('status').notNull(),
  cursor: text('cursor'),
  counts: jsonb('counts').notNull(),
  startedBy: uuid('started_by'),
  startedAt: at('started_at').notNull().defaultNow(),
  finishedAt: at('finished_at'),
});

/**
 * The slices of a re-investigation run (issue 5): ranges of household ids (entitlement ids for runs
 * started before `scope.walk`), each with its
 * own cursor and counts, carried on by one runner at a time — several instances (or one with
 * `parallel`) work on one run at once. The run's counts are the sum of its slices'.
 */
export const runSlices = pgTable(
  'run_slices',
  {
    runId: uuid('run_id')
      .notNull()
      .references(() => runs.id),
    slice: integer('slice').notNull(),
    /** Household (or entitlement) ids from (inclusive; null: the first) to (exclusive; null: the last). */
    fromId: uuid('from_id'),
    toId: uuid('to_id'),
    cursor: uuid('cursor'),
    counts: jsonb('counts').notNull(),
    status: text('status').notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.slice] })],
);

/**
 * Findings for caseworkers: re-investigation results and duplicate-provision conflicts. An open
 * finding is unique per (kind, subject key), so re-running never duplicates one.
 */
export const findings = pgTable(
  'findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    runId: uuid('run_id').references(() => runs.id),
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    status: text('status').notNull(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    personId: uuid('person_id'),
    programId: text('program_id').notNull(),
    entitlementId: uuid('entitlement_id'),
    regionCode: text('region_code').notNull(),
    detail: jsonb('detail').notNull(),
    resolution: jsonb('resolution'),
    createdAt: at('created_at').notNull().defaultNow(),
    resolvedAt: at('resolved_at'),
    resolvedBy: uuid('resolved_by'),
  },
  (t) => [
    uniqueIndex('findings_open_key_idx').on(t.kind, t.key).where(sql`status = 'open'`),
    index('findings_region_idx').on(t.regionCode, t.status),
  ],
);

/** Life events recorded for a household (birth, turning an age, disability, death, move, job loss, pregnancy). */
export const lifeEvents = pgTable('life_events', {
  id: uuid('id').primaryKey().defaultRandom(),
  householdId: uuid('household_id')
    .notNull()
    .references(() => households.id),
  personId: uuid('person_id'),
  kind: text('kind').notNull(),
  date: day('date').notNull(),
  detail: jsonb('detail').notNull(),
  recommendations: jsonb('recommendations').notNull(),
  recordedBy: uuid('recorded_by'),
  recordedAt: at('recorded_at').notNull().defaultNow(),
});

/** Agency deliveries. (agency, batch_key) is unique: a resubmitted batch changes nothing. */
export const linkageBatches = pgTable(
  'linkage_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agency: text('agency').notNull(),
    batchKey: text('batch_key').notNull(),
    dataType: text('data_type').notNull(),
    format: text('format').notNull(),
    status: text('status').notNull(),
    counts: jsonb('counts').notNull(),
    receivedAt: at('received_at').notNull().defaultNow(),
    finishedAt: at('finished_at'),
    submittedBy: uuid('submitted_by'),
  },
  (t) => [uniqueIndex('linkage_batches_key_idx').on(t.agency, t.batchKey)],
);

/** Rejected rows of a batch: line number and reasons, never the row itself (it may carry an RRN). */
export const linkageRejects = pgTable(
  'linkage_rejects',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => linkageBatches.id),
    line: integer('line').notNull(),
    reasons: jsonb('reasons').notNull(),
  },
  (t) => [index('linkage_rejects_batch_idx').on(t.batchId, t.line)],
);

/**
 * Idempotency keys (issue 9): the first response to a non-idempotent POST, per client and key, kept
 * at least 24 hours so a retry gets the original answer. `processing` rows carry a lease that the
 * running request renews; a lease that runs out (the server died) lets a retry take the key over.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    clientId: uuid('client_id').notNull(),
    key: text('key').notNull(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    /** SHA-256 of method, path and body; null until the first request's body has been read. */
    requestHash: text('request_hash'),
    status: text('status').notNull(),
    lockedUntil: at('locked_until'),
    requestId: text('request_id'),
    responseStatus: integer('response_status'),
    responseHeaders: jsonb('response_headers'),
    responseBody: text('response_body'),
    /** The access-log entries of the first response, written again (as `.replay`) when it is replayed. */
    audit: jsonb('audit'),
    createdAt: at('created_at').notNull().defaultNow(),
    expiresAt: at('expires_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.clientId, t.key] }),
    index('idempotency_keys_expires_idx').on(t.expiresAt),
  ],
);

/**
 * The transactional outbox (issue 9): messages to other systems (enrolment changes to ministries,
 * decision notices) written in the same transaction as the change, delivered at least once by the
 * dispatcher. The id is the message id consumers keep to drop duplicates.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    topic: text('topic').notNull(),
    destination: text('destination').notNull(),
    payload: jsonb('payload').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: at('next_attempt_at').notNull().defaultNow(),
    lastError: text('last_error'),
    createdAt: at('created_at').notNull().defaultNow(),
    deliveredAt: at('delivered_at'),
  },
  (t) => [index('outbox_pending_idx').on(t.status, t.nextAttemptAt)],
);

/**
 * Population screening runs (issue 5): one reference date, the programs (id and version) screened,
 * which outcomes are stored, and the partitions the households were split into.
 */
export const screeningRuns = pgTable('screening_runs', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').notNull(),
  referenceDate: day('reference_date').notNull(),
  status: text('status').notNull(),
  /** Outcomes stored as rows (e.g. ["eligible"]); the others are counted per partition only. */
  keep: jsonb('keep').notNull(),
  programs: jsonb('programs').notNull(),
  partitions: integer('partitions').notNull(),
  counts: jsonb('counts'),
  createdAt: at('created_at').notNull().defaultNow(),
  finishedAt: at('finished_at'),
});

/** A run's partitions: a household id range each, done exactly once (row lock + status). */
export const screeningPartitions = pgTable(
  'screening_partitions',
  {
    runId: uuid('run_id')
      .notNull()
      .references(() => screeningRuns.id),
    partition: integer('partition').notNull(),
    /** Household ids in [from_id, to_id); null bounds are open. */
    fromId: uuid('from_id'),
    toId: uuid('to_id'),
    status: text('status').notNull(),
    households: integer('households'),
    counts: jsonb('counts'),
    worker: text('worker'),
    finishedAt: at('finished_at'),
    /**
     * Households whose linked data changed while the partition was not yet done (incremental
     * screening): its worker may have loaded them before the change, so it screens them again
     * before it marks the partition done.
     */
    rescreen: uuid('rescreen').array(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.partition] })],
);

/**
 * People whose screening inputs changed (their linked records, their household's membership or
 * residence, their death), marked in the transaction that changed them; the screening service
 * re-screens their households in the latest population run and removes the marks it handled
 * (incremental screening, issue 5). `changed_at` moves with every new change.
 */
export const screeningChanges = pgTable('screening_changes', {
  personId: uuid('person_id').primaryKey(),
  changedAt: at('changed_at').notNull().defaultNow(),
});

/**
 * Screening outcomes, one row per run and household (issue 5): the kept outcomes of the household's
 * programs as three parallel arrays — `programs` (the program's position in the run's `programs`),
 * `people` (the member, null for a household program) and `outcomes` (0 ineligible, 1 eligible,
 * 2 undetermined). A (program, person) appears at most once in a household's arrays (the writer
 * emits each once); the primary key makes a household's outcomes for a run written once. Read them
 * as rows through the `screening_results` view.
 */
export const screeningOutcomes = pgTable(
  'screening_outcomes',
  {
    runId: uuid('run_id').notNull(),
    householdId: uuid('household_id').notNull(),
    programs: smallint('programs').array().notNull(),
    people: uuid('people').array().notNull(),
    outcomes: smallint('outcomes').array().notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.householdId] })],
);

/**
 * Screening outcomes as rows: one per run, household, program and person (null for household
 * programs), the outcome as text — `screening_outcomes` unnested.
 */
export const screeningResults = pgView('screening_results', {
  runId: uuid('run_id').notNull(),
  householdId: uuid('household_id').notNull(),
  programId: text('program_id').notNull(),
  personId: uuid('person_id'),
  outcome: text('outcome').notNull(),
}).as(
  sql`SELECT o.run_id, o.household_id, (r.programs -> u.program ->> 'id') AS program_id, u.person_id, (ARRAY['ineligible', 'eligible', 'undetermined'])[u.outcome + 1] AS outcome FROM screening_outcomes o JOIN screening_runs r ON r.id = o.run_id CROSS JOIN LATERAL unnest(o.programs, o.people, o.outcomes) AS u(program, person_id, outcome)`,
);

/**
 * DCI clients (issue 6): OAuth2 client credentials of other systems calling the DCI registry API
 * (`@bokji/dci`). Each acts as a Bokji user (a ministry client) for the access log; only a hash of
 * the secret is stored. `callback_uris` are the allowed `sender_uri` prefixes for async replies.
 */
export const dciClients = pgTable('dci_clients', {
  id: uuid('id').primaryKey().defaultRandom(),
  clientId: text('client_id').notNull().unique(),
  secretHash: text('secret_hash').notNull(),
  name: text('name').notNull(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id),
  /** When set, requests must carry this `header.sender_id`. */
  senderId: text('sender_id'),
  /** Granted scopes: social.search, social.subscribe, ibr.search, ibr.subscribe. */
  scopes: jsonb('scopes').notNull().default(sql`'[]'::jsonb`),
  callbackUris: jsonb('callback_uris').notNull().default(sql`'[]'::jsonb`),
  /** Programs whose enrolments the client may see; null = all. */
  programIds: jsonb('program_ids'),
  disabled: boolean('disabled').notNull().default(false),
  createdAt: at('created_at').notNull().defaultNow(),
});

/**
 * DCI transactions: one row per request envelope, for txn status and duplicate message ids. Only
 * statuses and counts per reference id are kept: never the query values or the records returned.
 */
export const dciTransactions = pgTable(
  'dci_transactions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => dciClients.id),
    registry: text('registry').notNull(),
    action: text('action').notNull(),
    mode: text('mode').notNull(),
    messageId: text('message_id').notNull(),
    transactionId: text('transaction_id').notNull(),
    correlationId: text('correlation_id').notNull().unique(),
    status: text('status').notNull(),
    /** Per reference id: [{ referenceId, status, reasonCode?, reasonMessage?, totalCount? }]. */
    items: jsonb('items').notNull().default(sql`'[]'::jsonb`),
    callbackUri: text('callback_uri'),
    /** Async replies: pending, delivered or failed. */
    delivery: text('delivery'),
    deliveryAttempts: integer('delivery_attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('dci_transactions_message_idx').on(t.clientId, t.messageId),
    index('dci_transactions_txn_idx').on(t.clientId, t.transactionId),
  ],
);

/**
 * DCI event subscriptions. The filter is stored translated (whitelisted fields, an RRN only as its
 * keyed hash); `cursor` is the time up to which events have been notified.
 */
export const dciSubscriptions = pgTable(
  'dci_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => dciClients.id),
    registry: text('registry').notNull(),
    eventType: text('event_type').notNull(),
    recordType: text('record_type').notNull(),
    filter: jsonb('filter').notNull(),
    purpose: text('purpose'),
    callbackUri: text('callback_uri').notNull(),
    transactionId: text('transaction_id').notNull(),
    referenceId: text('reference_id').notNull(),
    startsAt: at('starts_at'),
    endsAt: at('ends_at'),
    frequency: text('frequency'),
    status: text('status').notNull(),
    cursor: at('cursor').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    unsubscribedAt: at('unsubscribed_at'),
  },
  (t) => [index('dci_subscriptions_client_idx').on(t.clientId, t.status)],
);

// ---- Privacy and security (issue 8; see docs/security.md) ----

/** Failed logins per (account, address): throttling without a global lock, and login-anomaly detection. */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    username: text('username').notNull(),
    ip: text('ip').notNull(),
    at: at('at').notNull().defaultNow(),
  },
  (t) => [
    index('login_failures_user_ip_idx').on(t.username, t.ip, t.at),
    index('login_failures_at_idx').on(t.at),
  ],
);

/** Last use of a session, for the idle timeout (the absolute expiry is `sessions.expires_at`). */
export const sessionActivity = pgTable('session_activity', {
  tokenHash: text('token_hash')
    .primaryKey()
    .references(() => sessions.tokenHash, { onDelete: 'cascade' }),
  lastSeenAt: at('last_seen_at').notNull(),
  ip: text('ip'),
});

/** Every change of a user's role, jurisdiction, purposes or status, with who and why. Append-only, kept 3 years. */
export const permissionChanges = pgTable(
  'permission_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: at('at').notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorUsername: text('actor_username'),
    userId: uuid('user_id').notNull(),
    username: text('username').notNull(),
    before: jsonb('before').notNull(),
    after: jsonb('after').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [index('permission_changes_user_idx').on(t.userId, t.at)],
);

/** A staff account's own person record (from HR), so self, family and co-worker look-ups can be detected. */
export const staffPeople = pgTable('staff_people', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  personId: uuid('person_id')
    .notNull()
    .references(() => people.id),
  linkedBy: uuid('linked_by'),
  linkedAt: at('linked_at').notNull().defaultNow(),
});

/** Persons whose records need a stated reason to open (break-the-glass): public figures, staff, protected persons. */
export const flaggedPersons = pgTable('flagged_persons', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => people.id),
  reason: text('reason').notNull(),
  flaggedBy: uuid('flagged_by'),
  flaggedAt: at('flagged_at').notNull().defaultNow(),
});

/** Misuse alerts from the detection rules over the access log; `key` makes detection idempotent. */
export const securityAlerts = pgTable(
  'security_alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull().unique(),
    rule: text('rule').notNull(),
    severity: text('severity').notNull(),
    userId: uuid('user_id'),
    username: text('username'),
    personId: uuid('person_id'),
    day: day('day').notNull(),
    summary: text('summary').notNull(),
    detail: jsonb('detail').notNull(),
    evidence: jsonb('evidence').notNull(),
    status: text('status').notNull().default('open'),
    outcome: text('outcome'),
    createdAt: at('created_at').notNull().defaultNow(),
    decidedAt: at('decided_at'),
    decidedBy: uuid('decided_by'),
  },
  (t) => [
    index('security_alerts_status_idx').on(t.status, t.day),
    index('security_alerts_user_idx').on(t.userId),
  ],
);

/** The justification workflow of an alert: the user's explanation, the privacy officer's decision. Append-only. */
export const securityAlertEvents = pgTable(
  'security_alert_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    alertId: uuid('alert_id')
      .notNull()
      .references(() => securityAlerts.id),
    at: at('at').notNull().defaultNow(),
    actorId: uuid('actor_id').notNull(),
    actorRole: text('actor_role').notNull(),
    kind: text('kind').notNull(),
    text: text('text').notNull(),
    outcome: text('outcome'),
  },
  (t) => [index('security_alert_events_alert_idx').on(t.alertId, t.id)],
);

/** Where the access-log chain starts after a retention purge: the hash of the last purged row. Append-only. */
export const accessLogAnchors = pgTable('access_log_anchors', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: at('at').notNull().defaultNow(),
  throughId: bigint('through_id', { mode: 'number' }).notNull(),
  anchorHash: text('anchor_hash').notNull(),
  rowsPurged: integer('rows_purged').notNull(),
  cutoff: at('cutoff').notNull(),
  purgedBy: text('purged_by').notNull(),
});
