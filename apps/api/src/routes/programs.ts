import {
  BokjiError,
  type Criterion,
  describeCriterion,
  notFound,
  type Operand,
  type ProgramDefinition,
  type Registry,
} from '@bokji/core';
import { roles } from '@bokji/db';
import { exportCatalogueCsv, exportRow, summarizeRegistry } from '@bokji/registry';
import { z } from '@hono/zod-openapi';
import { z as zod } from 'zod';
import { audit, purposeOf } from '../audit.js';
import { defineRoute, json, newRouter } from '../router.js';

export function programSummary(p: ProgramDefinition) {
  return {
    id: p.id,
    version: p.version,
    name: p.name,
    ministry: p.ministry,
    bureau: p.bureau ?? null,
    target: p.target,
    lifeCycle: p.lifeCycle,
    situations: p.situations,
    provision: p.provision,
    cycle: p.cycle,
    fidelity: p.fidelity,
    summary: p.summary,
  };
}

function paramIds(c: Criterion, out = new Set<string>()): Set<string> {
  const op = (o: Operand) => {
    if ('param' in o) out.add(o.param);
    if ('calc' in o) o.args.forEach(op);
  };
  switch (c.type) {
    case 'compare':
      op(c.left);
      op(c.right);
      break;
    case 'all':
    case 'any':
      for (const ch of c.of) paramIds(ch, out);
      break;
    case 'not':
      paramIds(c.of, out);
      break;
    case 'members':
      paramIds(c.where, out);
      break;
    case 'count':
      op(c.right);
      paramIds(c.where, out);
      break;
    case 'judgement':
      break;
  }
  return out;
}

/** A program as the catalogue shows it: criteria in readable Korean and English, parameters in force with sources. */
export function programDetail(p: ProgramDefinition, registry: Registry, date: string) {
  const ids = paramIds(p.criteria);
  for (const def of p.parameters ?? []) ids.add(def.id);
  const parameters = [...ids].map((id) => {
    const def = registry.params.definition(id)!;
    const version = registry.params.version(id, date);
    return { id, label: def.label, unit: def.unit, inForce: version ?? null };
  });
  return {
    ...programSummary(p),
    legalBasis: p.legalBasis,
    criteria: {
      ko: describeCriterion(p.criteria, 'ko', registry),
      en: describeCriterion(p.criteria, 'en', registry),
      tree: p.criteria,
    },
    benefit: { description: p.benefit.description, calculated: Boolean(p.benefit.amount) },
    parameters,
    exclusions: p.exclusions,
    form: {
      jsonSchema: zod.toJSONSchema(p.form.schema, { unrepresentable: 'any' }),
      evidence: p.form.evidence,
    },
    reviewCycle: p.reviewCycle,
    effective: p.effective,
    sources: p.sources,
  };
}

const Text = z.object({ ko: z.string(), en: z.string() });
const ProgramSummary = z
  .object({
    id: z.string(),
    version: z.string(),
    name: Text,
    ministry: z.string(),
    bureau: z.string().nullable(),
    target: z.enum(['household', 'person']),
    lifeCycle: z.array(z.string()),
    situations: z.array(z.string()),
    provision: z.string(),
    cycle: z.string(),
    fidelity: z.enum(['statutory', 'summary']),
    summary: Text,
  })
  .openapi('ProgramSummary');

const ListQuery = z.object({
  q: z.string().max(100).optional().describe('search in Korean or English names and summaries'),
  ministry: z.string().max(50).optional(),
  lifeCycle: z.enum(['pregnancy', 'infant', 'child', 'teen', 'youth', 'middleAge', 'senior']).optional(),
  situation: z
    .enum(['lowIncome', 'disability', 'singleParent', 'multiChild', 'multicultural', 'veteran'])
    .optional(),
  fidelity: z.enum(['statutory', 'summary']).optional(),
  target: z.enum(['household', 'person']).optional(),
});

export function filterPrograms(registry: Registry, q: z.infer<typeof ListQuery>): ProgramDefinition[] {
  const needle = q.q?.toLowerCase();
  return registry
    .list()
    .filter(
      (p) =>
        (!q.ministry || p.ministry === q.ministry) &&
        (!q.lifeCycle || p.lifeCycle.includes(q.lifeCycle)) &&
        (!q.situation || p.situations.includes(q.situation)) &&
        (!q.fidelity || p.fidelity === q.fidelity) &&
        (!q.target || p.target === q.target) &&
        (!needle ||
          [p.name.ko, p.name.en, p.summary.ko, p.summary.en].some((s) => s.toLowerCase().includes(needle))),
    );
}

export const programRoutes = newRouter()
  .openapi(
    defineRoute({
      method: 'get',
      path: '/programs',
      access: roles,
      tags: ['programs'],
      summary: 'The program catalogue, filtered by name, ministry, life cycle, household situation, fidelity',
      request: { query: ListQuery },
      responses: {
        200: json(z.object({ total: z.number(), programs: z.array(ProgramSummary) }), 'Matching programs'),
      },
    }),
    (c) => {
      const programs = filterPrograms(c.get('deps').registry, c.req.valid('query')).map(programSummary);
      return c.json({ total: programs.length, programs }, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/programs/summary',
      access: roles,
      tags: ['programs'],
      summary:
        'Counts per ministry and fidelity, and coverage of the Bokjiro catalogue (same as `npm run programs -- --summary`)',
      responses: { 200: json(z.record(z.string(), z.unknown()), 'The summary') },
    }),
    (c) => c.json(summarizeRegistry(c.get('deps').registry) as unknown as Record<string, unknown>, 200),
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/programs/export',
      access: roles,
      tags: ['programs'],
      summary: 'Export the (filtered) catalogue as JSON or CSV',
      description:
        'A download: state why in `reason` (or `X-Bokji-Purpose`); the download is recorded in the access log.',
      request: {
        query: ListQuery.extend({
          format: z.enum(['json', 'csv']).default('json'),
          reason: z.string().max(200).optional().describe('why you download (or send X-Bokji-Purpose)'),
        }),
      },
      responses: {
        200: {
          description: 'One row per program',
          content: {
            'application/json': { schema: z.array(z.record(z.string(), z.string())) },
            'text/csv': { schema: z.string() },
          },
        },
      },
    }),
    async (c) => {
      const { format, reason, ...query } = c.req.valid('query');
      const why = reason?.trim() || purposeOf(c);
      if (!why || why.length < 4)
        throw new BokjiError('validation', 'a download needs a reason', {
          issues: [
            { path: 'query.reason', message: 'state why (at least 4 characters), or send X-Bokji-Purpose' },
          ],
        });
      await audit(c, { action: 'programs.export', purpose: why });
      const programs = filterPrograms(c.get('deps').registry, query);
      if (format === 'csv') {
        c.header('content-type', 'text/csv; charset=utf-8');
        c.header('content-disposition', 'attachment; filename="bokji-programs.csv"');
        return c.body(exportCatalogueCsv(programs), 200);
      }
      return c.json(programs.map(exportRow), 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/programs/{id}',
      access: roles,
      tags: ['programs'],
      summary:
        'One program with its criteria in readable Korean and English, parameters with sources, exclusions and form',
      request: {
        params: z.object({
          id: z
            .string()
            .max(40)
            .openapi({ param: { name: 'id', in: 'path' } }),
        }),
      },
      responses: { 200: json(z.record(z.string(), z.unknown()), 'The program') },
    }),
    (c) => {
      const { id } = c.req.valid('param');
      const registry = c.get('deps').registry;
      const p = registry.get(id);
      if (!p) throw notFound('program', id);
      return c.json(programDetail(p, registry, c.get('deps').today()), 200);
    },
  );
