import { loadRegistry } from '@bokji/registry';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchFromSnapshots, type HouseholdBatch, householdBatch, inShared } from './batch.js';
import { type BatchOutcomes, ScreeningEngine } from './engine.js';
import {
  batchOfSlice,
  clearEdges,
  isShared,
  rangeOf,
  ScreeningPool,
  sliceBatch,
  writeBitsAt,
} from './parallel.js';
import { arbHouseholds } from './testing/arbitraries.js';

const registry = await loadRegistry();
const engine = new ScreeningEngine(registry);
let pool: ScreeningPool;
beforeAll(async () => {
  // Three threads on a 2-core machine: odd cut points, so ranges start mid-word.
  pool = await ScreeningPool.start({ size: 3 });
});
afterAll(async () => {
  await pool?.close();
});

/** A batch of random households (`numRuns` samples of the arbitrary), all on one date. */
function randomBatch(seed: number, numRuns: number, opts: { minSize?: number; maxSize?: number } = {}) {
  const snapshots = fc.sample(arbHouseholds(registry, opts), { numRuns, seed }).flat();
  const date = snapshots[0]!.referenceDate;
  return batchFromSnapshots(
    snapshots.map((s) => ({ ...s, referenceDate: date })),
    date,
  );
}

describe('screening on worker threads', () => {
  it('gives the single-thread outcomes bit for bit, every program, household and member', async () => {
    const batch = randomBatch(7, 12);
    expect(batch.n).toBeGreaterThan(40);
    const single = engine.screen(batch);
    // A built batch is in shared memory, and so is a cut of it (the threads cut their ranges); a
    // batch of a caller's own plain arrays is not (this thread cuts and copies them).
    const cut = batchOfSlice(sliceBatch(batch, 0, batch.n));
    const plain = householdBatch(
      Object.fromEntries(
        Object.entries(batch).map(([k, v]) => [
          k,
          v instanceof Int32Array || v instanceof Float64Array || v instanceof Uint8Array ? v.slice() : v,
        ]),
      ) as unknown as HouseholdBatch,
    );
    expect([isShared(batch), isShared(cut), isShared(plain)]).toEqual([true, true, false]);
    for (const b of [batch, plain]) {
      const parallel = await pool.screen(b);
      expect(parallel.programs.map((p) => p.id)).toEqual(single.programs.map((p) => p.id));
      single.tri.forEach((tri, k) => {
        expect([single.programs[k]!.id, [...parallel.tri[k]!.t]]).toEqual([
          single.programs[k]!.id,
          [...tri.t],
        ]);
        expect([single.programs[k]!.id, [...parallel.tri[k]!.f]]).toEqual([
          single.programs[k]!.id,
          [...tri.f],
        ]);
      });
    }
  });

  it('keeps the columns for the same batch, screens it again over them, and lets them go for another batch', async () => {
    // Batches of a few hundred households: ranges start on aligned words (see cutNear).
    const batchOf = (seed: number, opts: { minSize?: number; maxSize?: number } = {}) =>
      randomBatch(seed, 60, opts);
    const same = (a: BatchOutcomes, b: BatchOutcomes) =>
      a.tri.forEach((tri, k) => {
        expect([a.programs[k]!.id, [...b.tri[k]!.t], [...b.tri[k]!.f]]).toEqual([
          a.programs[k]!.id,
          [...tri.t],
          [...tri.f],
        ]);
      });
    const one = batchOf(3);
    // One member each: every word of households starts a word of members (both aligned).
    const two = batchOf(5, { minSize: 1, maxSize: 1 });
    expect(one.n).toBeGreaterThanOrEqual(192);
    const single = engine.screen(one);
    // First call: slices sent and columns kept; second: criteria only, into recycled (dirty) bitsets.
    const first = await pool.screen(one, { keepColumns: true });
    same(single, first);
    pool.recycle(first);
    same(single, await pool.screen(one, { keepColumns: true }));
    // Another batch: its own columns.
    same(engine.screen(two), await pool.screen(two, { keepColumns: true }));
  });

  it('fails a batch whose thread dies, refuses batches once a thread is gone or the pool is closed, and fails a start whose threads fail', async () => {
    const batch = randomBatch(13, 4);
    const one = await ScreeningPool.start({ size: 1 });
    const pending = one.screen(batch);
    await one.workers[0]!.terminate();
    await expect(pending).rejects.toThrow(/screening thread exited/);
    await expect(one.screen(batch)).rejects.toThrow(/screening thread exited/);
    await one.close();
    const closed = await ScreeningPool.start({ size: 1 });
    await closed.close();
    await expect(closed.screen(batch)).rejects.toThrow(/pool is closed/);
    await expect(ScreeningPool.start({ size: 1, programIds: ['no-such-program'] })).rejects.toThrow(
      /unknown program no-such-program/,
    );
  });

  it('fails a batch whose range cannot be screened once every thread has answered, naming the range, and goes on', async () => {
    const batch = randomBatch(17, 12);
    // A corrupt last household, its members running past 2^31: the last range cannot be
    // screened, the others can.
    const hhStart = inShared(batch.hhStart.slice());
    hhStart[batch.n] = 2 ** 31 - 1;
    const bad = householdBatch({ ...batch, hhStart });
    expect(isShared(bad)).toBe(true);
    const failure = new RegExp(`screening households \\d+–${batch.n} of ${batch.n} failed`);
    const first = await pool.screen(batch);
    const bitsets = new Set(first.tri.flatMap((x) => [x.t, x.f]));
    pool.recycle(first);
    await expect(pool.screen(bad, { keepColumns: true })).rejects.toThrow(failure);
    // Nothing of the failed batch is kept: the same batch again is screened again, and fails again.
    await expect(pool.screen(bad, { keepColumns: true })).rejects.toThrow(failure);
    // The threads are alive and their state sound: the next batch gives one thread's outcomes,
    // in the bitsets the failed batches gave back (no thread was still writing into them).
    const single = engine.screen(batch);
    const parallel = await pool.screen(batch);
    expect(parallel.tri.every((x) => bitsets.has(x.t) && bitsets.has(x.f))).toBe(true);
    single.tri.forEach((tri, k) => {
      expect([single.programs[k]!.id, [...parallel.tri[k]!.t], [...parallel.tri[k]!.f]]).toEqual([
        single.programs[k]!.id,
        [...tri.t],
        [...tri.f],
      ]);
    });
  });

  it('slices a batch into ranges that rebuild to the same households', () => {
    const snapshots = fc.sample(arbHouseholds(registry), { numRuns: 3, seed: 11 }).flat();
    const date = snapshots[0]!.referenceDate;
    const all = snapshots.map((s) => ({ ...s, referenceDate: date }));
    const batch = batchFromSnapshots(all, date);
    const h0 = Math.floor(batch.n / 3);
    const part = batchOfSlice(structuredClone(sliceBatch(batch, h0, batch.n)));
    const again = batchFromSnapshots(all.slice(h0), date);
    expect(part.n).toBe(again.n);
    expect([...part.hhStart]).toEqual([...again.hhStart]);
    expect([...part.incomeAmount]).toEqual([...again.incomeAmount]);
    expect(part.facts).toEqual(again.facts);
    expect(part.personIds).toEqual(again.personIds);
    expect(part.householdIds).toEqual(again.householdIds);
    expect(part.dicts.relation.values).toEqual(batch.dicts.relation.values);
    // A range cut in place: the same households, its values read from the batch's own memory.
    const { householdIds, personIds, facts } = part;
    const inPlace = rangeOf(batch, h0, batch.n, { householdIds, personIds, facts });
    for (const k of Object.keys(part) as (keyof typeof part)[])
      if (ArrayBuffer.isView(part[k]))
        expect([k, [...(inPlace[k] as Int32Array)]]).toEqual([k, [...(part[k] as Int32Array)]]);
      else if (k !== 'dicts') expect([k, inPlace[k]]).toEqual([k, part[k]]);
    expect(inPlace.incomeAmount.buffer).toBe(batch.incomeAmount.buffer);
    expect(inPlace.factKind.buffer).toBe(batch.factKind.buffer);
  });

  it('writes ranges over dirty bitsets, plain or shared, once their edge words are cleared, and they fill the whole', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 300, size: 'max' }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        (bits, cutSeeds) => {
          const n = bits.length;
          const cuts = [...new Set([0, ...cutSeeds.map((c) => c % n), n])].sort((a, b) => a - b);
          const dest = new Uint32Array(new SharedArrayBuffer(Math.ceil(n / 32) * 4)).fill(0xdeadbeef);
          const plain = new Uint32Array(dest.length).fill(0xdeadbeef);
          for (let i = 0; i + 1 < cuts.length; i++) clearEdges(plain, cuts[i]!, cuts[i + 1]! - cuts[i]!);
          for (let i = 0; i + 1 < cuts.length; i++) clearEdges(dest, cuts[i]!, cuts[i + 1]! - cuts[i]!);
          for (let i = 0; i + 1 < cuts.length; i++) {
            const [a, b] = [cuts[i]!, cuts[i + 1]!];
            const src = new Uint32Array(Math.ceil((b - a) / 32));
            for (let j = a; j < b; j++) if (bits[j]) src[(j - a) >>> 5]! |= 1 << ((j - a) & 31);
            writeBitsAt(dest, src, a, b - a);
            writeBitsAt(plain, src, a, b - a);
          }
          const want = new Uint32Array(dest.length);
          bits.forEach((x, j) => {
            if (x) want[j >>> 5]! |= 1 << (j & 31);
          });
          expect([...dest]).toEqual([...want]);
          expect([...plain]).toEqual([...want]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stitches bit ranges at any offset', () => {
    const dest = new Uint32Array(4);
    writeBitsAt(dest, Uint32Array.of(0b1011), 30, 4);
    expect(dest[0]).toBe((0b11 << 30) >>> 0);
    expect(dest[1]).toBe(0b10);
  });
});
