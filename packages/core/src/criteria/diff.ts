import type { Text } from '../text.js';
import type { Explanation, Outcome } from './types.js';

export interface ExplanationChange {
  label: Text;
  personId?: string;
  before: { outcome: Outcome; actual?: unknown; threshold?: unknown } | null;
  after: { outcome: Outcome; actual?: unknown; threshold?: unknown } | null;
}

function leaves(e: Explanation, path: string, out: Map<string, Explanation>) {
  if (!e.children?.length) {
    out.set(`${path}|${e.personId ?? ''}`, e);
    return out;
  }
  for (const [i, ch] of e.children.entries()) leaves(ch, `${path}.${i}`, out);
  return out;
}

const view = (e: Explanation) => ({
  outcome: e.outcome,
  actual: e.actual?.value,
  threshold: e.threshold?.value,
});

/**
 * What changed between two explanations of the same criteria: every leaf whose outcome, actual
 * value or threshold differs (a re-investigation finding shows this to the caseworker).
 */
export function diffExplanations(before: Explanation, after: Explanation): ExplanationChange[] {
  const a = leaves(before, 'r', new Map());
  const b = leaves(after, 'r', new Map());
  const changes: ExplanationChange[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key);
    const y = b.get(key);
    const vx = x ? view(x) : null;
    const vy = y ? view(y) : null;
    if (JSON.stringify(vx) === JSON.stringify(vy)) continue;
    const change: ExplanationChange = { label: (y ?? x)!.label, before: vx, after: vy };
    const personId = (y ?? x)!.personId;
    if (personId) change.personId = personId;
    changes.push(change);
  }
  return changes;
}
