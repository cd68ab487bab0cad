import {
  AssetKind,
  BokjiError,
  type Explanation,
  type FactKindDefinition,
  factKinds,
  type HouseholdSnapshot,
  IncomeKind,
  IsoDate,
  mergeFactValues,
  Relation,
  Residence,
  renderExplanation,
} from '@bokji/core';
import { getEvaluation, listEvaluations, roles, storeEvaluations } from '@bokji/db';
import { z } from '@hono/zod-openapi';
import { audit, personIdsDeep } from '../audit.js';
import { caseRoles } from '../auth.js';
import { householdFor, householdSnapshotFor } from '../guards.js';
import { body, defineRoute, json, newRouter } from '../router.js';
import { Id, IdParam } from './schemas.js';

const ProgramIds = z
  .array(z.string().max(40))
  .max(1000)
  .optional()
  .describe('programs to evaluate; default all');

export const EvaluationView = z
  .object({
    id: z.string().optional(),
    programId: z.string(),
    programVersion: z.string(),
    personId: z.string().nullable().optional(),
    outcome: z.enum(['eligible', 'ineligible', 'undetermined']),
    missing: z.array(z.unknown()).describe('data a rule needed and did not have (undetermined)'),
    explanation: z
      .unknown()
      .describe(
        'tree of criteria: label (ko/en), actual value, threshold, pass/fail, parameters with sources',
      ),
    benefit: z.unknown().optional(),
    parameterVersions: z.record(z.string(), z.string()),
    summary: z
      .object({ ko: z.array(z.string()), en: z.array(z.string()) })
      .describe('the explanation as readable lines: ✔ met, ✘ not met, ? undetermined'),
  })
  .openapi('Evaluation');

export const withSummary = <E extends { explanation: Explanation }>(e: E) => ({
  ...e,
  summary: { ko: renderExplanation(e.explanation, 'ko'), en: renderExplanation(e.explanation, 'en') },
});

function checkProgramIds(ids: string[] | undefined, known: (id: string) => boolean) {
  const unknown = (ids ?? []).map((id, i) => ({ id, i })).filter(({ id }) => !known(id));
  if (unknown.length) {
    throw new BokjiError('validation', 'unknown program ids', {
      issues: unknown.map(({ id, i }) => ({ path: `programIds.${i}`, message: `no program ${id}` })),
    });
  }
}

/**
 * A fact's value; for a multi-source kind also a list of the values several registries give, read
 * as the stored records of each would be (`mergeFactValues`).
 */
const factValue = (def: FactKindDefinition) =>
  def.multiSource
    ? z
        .union([
          def.value,
          z
            .array(def.value)
            .min(1)
            .max(10)
            .transform((values) => mergeFactValues(values)),
        ])
        .optional()
    : def.value.optional();

const factSchema = z
  .object(
    Object.fromEntries(
      Object.entries(factKinds).map(([k, def]) => [k, factValue(def as FactKindDefinition)]),
    ) as Record<string, z.ZodOptional<z.ZodType>>,
  )
  .strict()
  .describe(
    'facts by kind, each as its agency gives it; crisis, farmerFisher and illness (several registries deliver them) may also be a list of such values, e.g. "crisis": [{"kind":"illness"},{"kind":"utilityCutoff"}]',
  );

const InlineMember = z.strictObject({
  personId: z.string().max(40).optional(),
  relation: Relation,
  birthDate: IsoDate,
  sex: z.enum(['F', 'M']),
  nationality: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .default('KR'),
  incomes: z
    .array(z.strictObject({ kind: IncomeKind, monthlyKrw: z.number().int().min(0).max(10_000_000_000) }))
    .max(50)
    .nullable()
    .default([])
    .describe('monthly income by kind; null = unknown (rules needing it are undetermined); [] = none'),
  assets: z
    .array(z.strictObject({ kind: AssetKind, valueKrw: z.number().int().min(0).max(1_000_000_000_000) }))
    .max(50)
    .nullable()
    .default([])
    .describe('assets by kind (debt subtracts); null = unknown; [] = none'),
  facts: factSchema.default({}),
});

const CalculatorInput = z
  .strictObject({
    referenceDate: IsoDate.optional(),
    programIds: ProgramIds,
    household: z.strictObject({ residence: Residence, members: z.array(InlineMember).min(1).max(30) }),
  })
  .openapi('CalculatorInput');

export const eligibilityRoutes = newRouter()
  .openapi(
    defineRoute({
      method: 'post',
      path: '/households/{id}/eligibility',
      access: caseRoles,
      tags: ['eligibility'],
      summary:
        'Evaluate a stored household against all or chosen programs; each result is stored with its explanation',
      description:
        'Outcomes are eligible, ineligible or undetermined (with the missing data named). Each stored evaluation keeps its inputs, program version and digest, and parameter versions, so it can be reproduced.',
      request: {
        params: IdParam,
        ...body(z.strictObject({ programIds: ProgramIds, referenceDate: IsoDate.optional() })),
      },
      responses: {
        201: json(
          z.object({ referenceDate: z.string(), evaluations: z.array(EvaluationView) }),
          'Stored evaluations',
        ),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const deps = c.get('deps');
      checkProgramIds(input.programIds, (pid) => deps.registry.programs.has(pid));
      const date = input.referenceDate ?? deps.today();
      // Access check and snapshot in one round trip.
      const snapshot = await householdSnapshotFor(c, id, 'eligibility.evaluate', date);
      const results = deps.registry.evaluate(snapshot, input.programIds);
      // One statement: the evaluations with their inputs, and the program versions if new.
      const stored = await storeEvaluations(deps.database.db, {
        snapshot,
        results,
        programs: deps.registry.programs as Map<string, never>,
        createdBy: c.get('user').id,
      });
      await audit(c, {
        action: 'eligibility.evaluate',
        householdId: id,
        personIds: snapshot.members.map((m) => m.personId),
      });
      return c.json(
        {
          referenceDate: date,
          evaluations: stored.map((s, i) =>
            withSummary({
              ...results[i]!,
              id: s.id,
              personId: results[i]!.personId ?? null,
            }),
          ),
        },
        201,
      );
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/households/{id}/evaluations',
      access: caseRoles,
      tags: ['eligibility'],
      summary: 'Stored evaluations of a household, newest first',
      request: { params: IdParam, query: z.object({ programId: z.string().max(40).optional() }) },
      responses: {
        200: json(
          z.object({ evaluations: z.array(z.record(z.string(), z.unknown())) }),
          'Evaluations (without inputs)',
        ),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await householdFor(c, id, 'eligibility.list');
      const rows = await listEvaluations(c.get('deps').database.db, id, c.req.valid('query').programId);
      const evaluations = rows.map(({ inputs: _inputs, ...rest }) => rest);
      await audit(c, { action: 'eligibility.list', householdId: id, personIds: personIdsDeep(evaluations) });
      return c.json({ evaluations }, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/evaluations/{id}',
      access: caseRoles,
      tags: ['eligibility'],
      summary: 'One stored evaluation with its explanation, inputs, program and parameter versions',
      request: { params: z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) }) },
      responses: { 200: json(z.record(z.string(), z.unknown()), 'The evaluation') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const row = await getEvaluation(c.get('deps').database.db, id);
      await householdFor(c, row.householdId, 'eligibility.read');
      const inputs = row.inputs as HouseholdSnapshot;
      await audit(c, {
        action: 'eligibility.read',
        householdId: row.householdId,
        personIds: inputs.members.map((m) => m.personId),
      });
      return c.json(
        withSummary(row as typeof row & { explanation: Explanation }) as unknown as Record<string, unknown>,
        200,
      );
    },
  )
  .openapi(
    defineRoute({
      method: 'post',
      path: '/calculator',
      access: roles,
      tags: ['eligibility'],
      summary: 'Benefit calculator: evaluate a household described inline; nothing is stored',
      request: body(CalculatorInput),
      responses: {
        200: json(
          z.object({ referenceDate: z.string(), evaluations: z.array(EvaluationView) }),
          'Evaluations',
        ),
      },
    }),
    (c) => {
      const input = c.req.valid('json');
      const deps = c.get('deps');
      checkProgramIds(input.programIds, (pid) => deps.registry.programs.has(pid));
      const date = input.referenceDate ?? deps.today();
      const snapshot: HouseholdSnapshot = {
        householdId: 'calculator',
        referenceDate: date,
        residence: input.household.residence,
        members: input.household.members.map((m, i) => ({
          ...m,
          personId: m.personId ?? `m${i + 1}`,
          facts: m.facts as HouseholdSnapshot['members'][number]['facts'],
        })),
      };
      const evaluations = deps.registry.evaluate(snapshot, input.programIds);
      return c.json(
        {
          referenceDate: date,
          evaluations: evaluations.map((e) => withSummary({ ...e, personId: e.personId ?? null })),
        },
        200,
      );
    },
  );
