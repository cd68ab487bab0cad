import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { specDir } from './contract.js';

/**
 * The spec's own sample requests (`spec/examples/`), made schema-valid by explicit fix-ups. The
 * samples disagree with the YAML in known ways; each change made is returned in `changes` so a
 * test can show what it had to fix.
 */
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function sample(registry: 'social' | 'ibr', file: string): Json {
  return JSON.parse(readFileSync(join(specDir, 'examples', registry, file), 'utf8')) as Json;
}

/**
 * Fix-ups (the YAML wins):
 * - `header.total_count` "1" → 1 (integer);
 * - empty `header.sender_uri` (format uri), `header.meta` (object), `consent`, `authorize`
 *   (objects) and `locale` that is not ISO 639-3 ("", "EN/GB") are dropped;
 * - empty `seq_num`, `condition`, `expression2` of a predicate are dropped;
 * - `response_entity` outside the enum (Group, Member): "Household" → Group, "member" → Member;
 *   IBR `enrolled_criteria.response_entity` "Beneficiary" (the spec's own example) → Member;
 * - fresh `message_id`, `transaction_id` and `reference_id` (empty in the samples; Bokji refuses
 *   an empty reference id and a repeated message id).
 */
export function fixSample(input: Json): { body: Json; changes: string[] } {
  const body = structuredClone(input);
  const changes: string[] = [];
  const header = body.header as Json;
  if (typeof header.total_count === 'string') {
    header.total_count = Number(header.total_count);
    changes.push('header.total_count: string → integer');
  }
  for (const k of ['sender_uri', 'meta'] as const)
    if (header[k] === '') {
      delete header[k];
      changes.push(`header.${k}: empty string dropped`);
    }
  header.message_id = randomUUID();
  const message = body.message as Json;
  if (message.transaction_id === '' || message.transaction_id === undefined) {
    message.transaction_id = `txn-${randomUUID()}`;
    changes.push('message.transaction_id: fresh id');
  }
  const enrolled = message.enrolled_criteria as Json | undefined;
  if (enrolled && enrolled.response_entity === 'Beneficiary') {
    // The spec's own `example: Beneficiary` is outside its enum (Group, Member).
    enrolled.response_entity = 'Member';
    changes.push('enrolled_criteria.response_entity: Beneficiary (not in the enum) → Member');
  }
  const requests = (message.search_request ?? message.subscribe_request) as Json[] | undefined;
  requests?.forEach((r, i) => {
    if (r.reference_id === '' || r.reference_id === undefined) {
      r.reference_id = `ref-${i + 1}-${randomUUID()}`;
      changes.push(`[${i}].reference_id: fresh id`);
    }
    if (typeof r.locale === 'string' && !/^[a-z]{3}$/.test(r.locale)) {
      delete r.locale;
      changes.push(`[${i}].locale: not ISO 639-3, dropped`);
    }
    const c = (r.search_criteria ?? r.subscribe_criteria) as Json | undefined;
    if (!c) return;
    const entity = typeof c.response_entity === 'string' ? c.response_entity : undefined;
    if (entity && entity !== 'Group' && entity !== 'Member') {
      // Samples send "Household" and "member"; the enum is Group, Member.
      c.response_entity = /house|group/i.test(entity) ? 'Group' : 'Member';
      changes.push(`[${i}].response_entity: ${entity} (not in the enum) → ${c.response_entity}`);
    }
    for (const k of ['consent', 'authorize'])
      if (c[k] === '') {
        delete c[k];
        changes.push(`[${i}].${k}: empty string dropped`);
      }
    if (Array.isArray(c.query))
      (c.query as Json[]).forEach((p, j) => {
        for (const k of ['seq_num', 'condition', 'expression2'])
          if (p[k] === '') {
            delete p[k];
            changes.push(`[${i}].query[${j}].${k}: empty string dropped`);
          }
      });
  });
  return { body, changes };
}

/** Sets a nested value (for pointing a sample's query at Bokji data). */
export function setPath(body: Json, path: string, value: unknown): Json {
  const parts = path.split('.');
  let node: unknown = body;
  for (const p of parts.slice(0, -1)) {
    node = Array.isArray(node) ? node[Number(p)] : isObject(node) ? node[p] : undefined;
    if (node === undefined) throw new Error(`no ${path}`);
  }
  const last = parts[parts.length - 1]!;
  if (Array.isArray(node)) node[Number(last)] = value;
  else (node as Json)[last] = value;
  return body;
}
