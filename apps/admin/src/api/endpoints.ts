import { request } from './client';
import type {
  AccessEntry,
  CaseView,
  CatalogueSummary,
  DiscoveryLead,
  Entitlement,
  Evaluation,
  Finding,
  HouseholdHit,
  HouseholdView,
  LifeEvent,
  LinkedRecord,
  Person,
  ProgramDetail,
  ProgramSummary,
  ReinvestigationRun,
  ScreeningRun,
  ScreeningRunSummary,
  Stage,
  Text,
  User,
} from './types';

/** If-Match with a case version: the API refuses a stale one (412) and requires it to move a case (428). */
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

export interface CaseEventInput {
  type: string;
  reason?: string;
  startDate?: string;
  endDate?: string;
  amountKrw?: number;
}

export interface CasesFilter {
  householdId?: string | undefined;
  stage?: Stage | string | undefined;
  programId?: string | undefined;
}

export interface FindingsFilter {
  kind?: string | undefined;
  status?: string | undefined;
  fidelity?: string | undefined;
  householdId?: string | undefined;
}

export interface ProgramFilter {
  q?: string | undefined;
  ministry?: string | undefined;
  lifeCycle?: string | undefined;
  situation?: string | undefined;
  fidelity?: string | undefined;
}

/** The API operations the app uses, one typed function each (paths and shapes as in /openapi.json). */
export const api = {
  login: (username: string, password: string) =>
    request<{ token: string; expiresAt: string; user: User }>('POST', '/auth/login', {
      json: { username, password },
    }),
  logout: () => request<void>('POST', '/auth/logout'),

  searchHouseholds: (q: { name?: string | undefined; birthDate?: string | undefined }) =>
    request<{ households: HouseholdHit[] }>('GET', '/households', { query: q }),
  /** The RRN goes in the body, never in a URL. */
  lookupPerson: (rrn: string) => request<Person>('POST', '/people/lookup', { json: { rrn } }),
  household: (id: string) => request<HouseholdView>('GET', `/households/${id}`),
  records: async (personId: string) =>
    (await request<{ records: LinkedRecord[] }>('GET', `/people/${personId}/records`)).records,
  benefits: async (householdId: string) =>
    (await request<{ entitlements: Entitlement[] }>('GET', `/households/${householdId}/benefits`))
      .entitlements,
  lifeEvent: (
    householdId: string,
    body: {
      kind: string;
      date: string;
      personId?: string;
      child?: { name: string; sex: 'F' | 'M'; nationality: string; residencyStatus: string };
    },
  ) => request<LifeEvent>('POST', `/households/${householdId}/life-events`, { json: body }),

  /** A page of cases (500 unless `limit` says), most recently changed first; `next` goes on after it. */
  casePage: (q: CasesFilter & { after?: string | undefined; limit?: number }) =>
    request<{ cases: CaseView[]; next: string | null }>('GET', '/cases', { query: { limit: 500, ...q } }),
  caseSummary: (q: { programId?: string | undefined }) =>
    request<{ byStage: Record<Stage, number>; total: number }>('GET', '/cases/summary', { query: q }),
  case: (id: string) => request<CaseView>('GET', `/cases/${id}`),
  createCase: (body: {
    householdId: string;
    programId: string;
    personId?: string;
    application: Record<string, unknown>;
  }) => request<CaseView>('POST', '/cases', { json: body }),
  sendCaseEvent: (id: string, version: number, event: CaseEventInput) =>
    request<CaseView>('POST', `/cases/${id}/events`, { json: event, headers: ifMatch(version) }),
  evaluation: (id: string) => request<Evaluation>('GET', `/evaluations/${id}`),

  /** A page of the findings queue (500 at most); `next` goes on after it. */
  findings: (q: FindingsFilter & { after?: string | undefined }) =>
    request<{ findings: Finding[]; next: string | null }>('GET', '/findings', {
      query: { ...q, limit: 500 },
    }),
  resolveFinding: (id: string, body: { action: string; reason: string; amountKrw?: number }) =>
    request<Finding>('POST', `/findings/${id}/resolve`, { json: body }),
  /** Starts a re-investigation run that goes on in the background (202); poll `reinvestigation`. */
  reinvestigate: () =>
    request<ReinvestigationRun>('POST', '/reinvestigations', {
      json: {},
      headers: { prefer: 'respond-async' },
    }),
  reinvestigation: (id: string) => request<ReinvestigationRun>('GET', `/reinvestigations/${id}`),
  /** Re-investigation runs over the supervisor's region (or any, for an admin), newest first. */
  reinvestigations: async (q: { status?: 'running' | 'completed'; limit?: number }) =>
    (await request<{ runs: ReinvestigationRun[] }>('GET', '/reinvestigations', { query: q })).runs,
  sweepDuplicates: () => request<{ checked: number; findings: number }>('POST', '/duplicates/sweep'),

  programs: (filter: ProgramFilter = {}) =>
    request<{ total: number; programs: ProgramSummary[] }>('GET', '/programs', { query: { ...filter } }),
  programsSummary: () => request<CatalogueSummary>('GET', '/programs/summary'),
  program: (id: string) => request<ProgramDetail>('GET', `/programs/${encodeURIComponent(id)}`),

  screeningRuns: async () =>
    (await request<{ runs: ScreeningRunSummary[] }>('GET', '/screening-runs', { query: { limit: 20 } })).runs,
  screeningRun: (id: string) => request<ScreeningRun>('GET', `/screening-runs/${id}`),
  startScreeningRun: () => request<ScreeningRun>('POST', '/screening-runs', { json: {} }),
  cancelScreeningRun: (id: string) => request<ScreeningRun>('POST', `/screening-runs/${id}/cancel`),
  discoveries: (runId: string, q: { programId: string; after?: string | undefined }) =>
    request<{ items: DiscoveryLead[]; next: string | null }>('GET', `/screening-runs/${runId}/discoveries`, {
      query: { ...q, limit: 50 },
    }),
  programScreening: (programId: string) =>
    request<{
      programId: string;
      run: ScreeningRunSummary | null;
      eligible: number;
      ineligible: number;
      undetermined: number;
    }>('GET', `/programs/${encodeURIComponent(programId)}/screening`),
  householdDiscoveries: (householdId: string) =>
    request<{
      run: { id: string; referenceDate: string } | null;
      items: { programId: string; name: Text | null; personId: string | null }[];
    }>('GET', `/households/${householdId}/discoveries`),
  screeningExplanation: async (runId: string, householdId: string, programId: string) =>
    (
      await request<{ evaluations: Evaluation[] }>(
        'GET',
        `/screening-runs/${runId}/households/${householdId}`,
        {
          query: { programId },
        },
      )
    ).evaluations,

  accessLog: async (q: Record<string, string | undefined>) =>
    (await request<{ entries: AccessEntry[] }>('GET', '/access-log', { query: { ...q, limit: 500 } }))
      .entries,
  verifyAccessLog: () =>
    request<{ ok: boolean; rows: number; brokenAtId?: number }>('GET', '/access-log/verify'),
};
