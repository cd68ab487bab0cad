import { loadRegistry } from '@bokji/registry';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BatchBuilder, type HouseholdBatch, snapshotOf } from './batch.js';
import { arbHouseholds } from './testing/arbitraries.js';

const registry = await loadRegistry();

/** Every array of a batch, by name (facts as text are compared as parsed objects, through snapshotOf). */
function arrays(b: HouseholdBatch) {
  return Object.fromEntries(
    Object.entries(b)
      .filter(([, v]) => ArrayBuffer.isView(v))
      .map(([k, v]) => [k, Array.from(v as Int32Array)]),
  );
}

describe('BatchBuilder.addMemberText (members as a database sends them)', () => {
  it('builds the batch addMember builds from the same members', () => {
    fc.assert(
      fc.property(arbHouseholds(registry, { maxHouseholds: 6 }), (snapshots) => {
        const date = snapshots[0]!.referenceDate;
        const objects = new BatchBuilder(date);
        const texts = new BatchBuilder(date, objects.dicts);
        for (const s of snapshots) {
          objects.addHousehold(s.householdId, s.residence, s.members);
          texts.beginHousehold(s.householdId, s.residence);
          for (const m of s.members) {
            const list = (xs: { kind: string; amount: number }[] | undefined) =>
              xs ? xs.map((x) => `${x.kind}:${x.amount}`).join(',') : null;
            texts.addMemberText({
              personId: m.personId,
              relation: m.relation,
              birthDate: m.birthDate,
              sex: m.sex,
              nationality: m.nationality,
              residencyStatus: m.residencyStatus,
              incomesKnown: m.incomes !== null,
              incomes: list(m.incomes?.map((i) => ({ kind: i.kind, amount: i.monthlyKrw }))),
              assetsKnown: m.assets !== null,
              assets: list(m.assets?.map((a) => ({ kind: a.kind, amount: a.valueKrw }))),
              facts: Object.keys(m.facts).length ? JSON.stringify(m.facts) : null,
            });
          }
        }
        const a = objects.build();
        const b = texts.build();
        expect(arrays(b)).toEqual(arrays(a));
        for (let h = 0; h < a.n; h++) expect(snapshotOf(b, h)).toEqual(snapshotOf(a, h));
      }),
      { numRuns: 40, seed: 11 },
    );
  });

  it('refuses a member before any household, and a list item without its amount', () => {
    const b = new BatchBuilder('2026-03-15');
    const member = {
      personId: 'p1',
      relation: 'head',
      birthDate: '1970-01-01',
      sex: 'F',
      nationality: 'KR',
      residencyStatus: undefined,
      incomesKnown: true,
      incomes: 'earned:100',
      assetsKnown: false,
      assets: null,
      facts: null,
    };
    expect(() => b.addMemberText(member)).toThrow(/before any household/);
    b.beginHousehold('h1', { regionCode: '11110', address: '-', tenure: 'owner' });
    expect(() => b.addMemberText({ ...member, incomes: 'earned:100,business' })).toThrow(/kind:amount/);
  });
});
