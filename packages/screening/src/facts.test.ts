import { EvalContext, type FactKind, type HouseholdSnapshot, resolveOperand, type Value } from '@bokji/core';
import { loadRegistry } from '@bokji/registry';
import { describe, expect, it } from 'vitest';
import { batchFromSnapshots, STRINGS_PER_CHUNK, snapshotOf, stringList } from './batch.js';
import { valueAt } from './columns.js';
import { ColumnEnv } from './env.js';
import { batchOfSlice, sliceBatch } from './slice.js';

const registry = await loadRegistry();
const DATE = '2026-03-15';

/**
 * Facts whose field values look alike across fields and kinds (1 and '1', true and 'true', a
 * list and its JSON text, null, a missing or undefined field, a fact without fields): the batch keeps field
 * values in one dictionary, so it must tell every one of them apart.
 */
const memberFacts: Record<string, unknown>[] = [
  { student: { level: 1 }, disability: { type: '1', severity: true } },
  { student: { level: '1' }, disability: { type: 'true' }, birthOrder: { order: null } },
  { student: { level: '["a","b"]' }, programRecipient: { programs: ['a', 'b'] } },
  { programRecipient: { programs: ['a', 'b'] }, disability: { type: ['x'] }, homeOwner: true },
  { student: {}, programRecipient: { programs: [] }, birthOrder: { order: 2 } },
  { student: { level: undefined }, disability: { severity: 'none' } },
  {},
];

function household(facts: Record<string, unknown>[], id = 'h-facts'): HouseholdSnapshot {
  return {
    householdId: id,
    referenceDate: DATE,
    residence: { regionCode: '11110', address: '-', tenure: 'owner' },
    members: facts.map((f, i) => ({
      personId: `p${i}`,
      relation: i === 0 ? 'head' : 'child',
      birthDate: '2000-01-01',
      sex: 'F',
      nationality: 'KR',
      incomes: [],
      assets: [],
      facts: f,
    })),
  } as unknown as HouseholdSnapshot;
}

/** What core's `fact` operand resolves to for member p (`resolveOperand`), `undefined` when missing. */
function coreReads(
  facts: Record<string, unknown>[],
  p: number,
  kind: FactKind,
  field?: string,
): Value | undefined {
  const snapshot = household(facts);
  const ctx = new EvalContext(snapshot, registry.params, registry.variables, snapshot.members[p]);
  const r = resolveOperand(field ? { fact: kind, field } : { fact: kind }, ctx);
  return r.ok ? r.value : undefined;
}

describe('facts in the batch', () => {
  const batch = batchFromSnapshots([household(memberFacts)], DATE);

  it('reads every fact field as core does, however alike the values of different fields look', () => {
    const env = new ColumnEnv(batch, registry);
    const reads: [FactKind, string | undefined][] = [
      ['student', 'level'],
      ['disability', 'type'],
      ['disability', 'severity'],
      ['birthOrder', 'order'],
      ['programRecipient', 'programs'],
      ['homeOwner', undefined],
      ['student', undefined],
      ['birthOrder', undefined],
    ];
    for (const [kind, field] of reads)
      memberFacts.forEach((_, p) => {
        expect([kind, field, p, valueAt(env.fact(kind, field), p)]).toEqual([
          kind,
          field,
          p,
          coreReads(memberFacts, p, kind, field),
        ]);
      });
  });

  it('names the programs of programRecipient for receipts', () => {
    const env = new ColumnEnv(batch, registry);
    const a = env.receives('a', 'person', 'P');
    expect(memberFacts.map((_, p) => valueAt(a, p))).toEqual([false, false, true, true, false, false, false]);
  });

  it('cut for a thread without ids, refuses to rebuild a snapshot instead of losing the facts', () => {
    const cut = batchOfSlice(sliceBatch(batch, 0, 1, { ids: false }));
    expect(cut.facts.chunks).toEqual([]);
    expect(stringList(cut.personIds)).toEqual([]);
    expect(() => snapshotOf(cut, 0)).toThrow(/without its facts/);
    // The columns need only the field codes.
    const env = new ColumnEnv(cut, registry);
    expect(memberFacts.map((_, p) => valueAt(env.fact('student', 'level'), p))).toEqual(
      memberFacts.map((_, p) => coreReads(memberFacts, p, 'student', 'level')),
    );
    const whole = batchOfSlice(sliceBatch(batch, 0, 1));
    expect(snapshotOf(whole, 0).members.map((m) => m.facts)).toEqual(memberFacts);
  });

  it("keeps every member's facts and every id across chunks, in the whole batch and cut anywhere", () => {
    // Three members a household, facts on some (the text of a member without any is empty).
    const households = Array.from({ length: 3000 }, (_, h) =>
      household(
        [0, 1, 2].map((j) => ((h + j) % 4 === 0 ? {} : memberFacts[(h * 3 + j) % (memberFacts.length - 1)]!)),
        `h${h}`,
      ),
    );
    const many = batchFromSnapshots(households, DATE);
    expect(many.m).toBeGreaterThan(2 * STRINGS_PER_CHUNK);
    expect(many.facts.chunks.length).toBe(Math.ceil(many.m / STRINGS_PER_CHUNK));
    const factsIn = (b: typeof many, h: number) => snapshotOf(b, h).members.map((m) => m.facts);
    for (let h = 0; h < households.length; h++) {
      expect(factsIn(many, h)).toEqual(households[h]!.members.map((m) => m.facts));
      // Ids are packed the same way.
      const s = snapshotOf(many, h);
      expect([s.householdId, ...s.members.map((m) => m.personId)]).toEqual([
        `h${h}`,
        ...households[h]!.members.map((m) => m.personId),
      ]);
    }
    // A cut starting inside a chunk, across the next boundaries.
    const h0 = 1001;
    const cut = batchOfSlice(sliceBatch(many, h0, households.length));
    for (let h = 0; h < cut.n; h++) expect(factsIn(cut, h)).toEqual(factsIn(many, h0 + h));
  });
});
