import { z } from '@bokji/core';
import { describe, expect, it } from 'vitest';
import { hashSeed, KeyedPermutation, Rng, syntheticUuid, weighted } from './rng.js';

describe('Rng', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const draw = (seed: number | string) => {
      const rng = Rng.fromSeed(seed);
      return Array.from({ length: 50 }, () => rng.uint32());
    };
    expect(draw(1)).toEqual(draw(1));
    expect(draw('1')).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    expect(hashSeed('a')).not.toEqual(hashSeed('b'));
  });

  it('draws uniformly, with inclusive integer bounds', () => {
    const rng = Rng.fromSeed('uniform');
    const n = 200_000;
    let sum = 0;
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < n; i++) {
      const u = rng.next();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
      buckets[Math.floor(u * 10)]!++;
    }
    expect(sum / n).toBeCloseTo(0.5, 2);
    for (const b of buckets) expect(Math.abs(b / n - 0.1)).toBeLessThan(0.005);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(rng.int(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('draws normals and log-normals with the requested centre', () => {
    const rng = Rng.fromSeed('normal');
    const xs = Array.from({ length: 100_000 }, () => rng.normal());
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(sd - 1)).toBeLessThan(0.02);
    const ln = Array.from({ length: 20_001 }, () => rng.logNormal(1000, 0.5)).sort((a, b) => a - b);
    expect(Math.abs(ln[10_000]! / 1000 - 1)).toBeLessThan(0.03);
  });

  it('picks from weighted tables in proportion', () => {
    const table = weighted([
      ['a', 1],
      ['b', 3],
      ['c', 6],
    ]);
    const rng = Rng.fromSeed('weighted');
    const counts: Record<string, number> = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 100_000; i++) counts[rng.weighted(table)]!++;
    expect(counts.a! / 1e5).toBeCloseTo(0.1, 1);
    expect(counts.b! / 1e5).toBeCloseTo(0.3, 1);
    expect(counts.c! / 1e5).toBeCloseTo(0.6, 1);
    expect(() => weighted([['x', 0]])).toThrow();
  });

  it('gives each household its own stream', () => {
    const seed = hashSeed(7);
    const a = Rng.forHousehold(seed, 10).uint32();
    expect(Rng.forHousehold(seed, 10).uint32()).toBe(a);
    expect(Rng.forHousehold(seed, 11).uint32()).not.toBe(a);
    expect(Rng.forHousehold(hashSeed(8), 10).uint32()).not.toBe(a);
  });
});

describe('syntheticUuid', () => {
  it('is a valid v4-shaped UUID, deterministic, and unique across indexes and ordinals', () => {
    const seed = hashSeed('uuid');
    const uuid = z.string().uuid();
    const ids = new Set<string>();
    for (let index = 0; index < 30_000; index++) {
      for (let ordinal = 0; ordinal < 4; ordinal++) {
        const id = syntheticUuid(seed, index, ordinal);
        if (index < 1000) {
          expect(uuid.safeParse(id).success).toBe(true);
          expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        }
        ids.add(id);
      }
    }
    expect(ids.size).toBe(120_000);
    expect(syntheticUuid(seed, 5, 1)).toBe(syntheticUuid(hashSeed('uuid'), 5, 1));
    expect(syntheticUuid(seed, 5, 1)).not.toBe(syntheticUuid(hashSeed('other'), 5, 1));
  });
});

describe('KeyedPermutation', () => {
  it('is a bijection of [0, size), keyed by the seed', () => {
    for (const size of [1, 1000, 3000, 4096]) {
      const p = new KeyedPermutation(hashSeed('perm'), size, 6);
      const image = Array.from({ length: size }, (_, i) => p.apply(i));
      expect(new Set(image).size).toBe(size);
      expect(Math.min(...image)).toBe(0);
      expect(Math.max(...image)).toBe(size - 1);
    }
    const a = new KeyedPermutation(hashSeed('a'), 4096, 6);
    const b = new KeyedPermutation(hashSeed('b'), 4096, 6);
    const same = Array.from({ length: 4096 }, (_, i) => a.apply(i) === b.apply(i)).filter(Boolean).length;
    expect(same).toBeLessThan(20);
    expect(() => a.apply(4096)).toThrow();
    expect(() => new KeyedPermutation(hashSeed('a'), 2 ** 30 + 1)).toThrow();
  });

  it('scatters consecutive inputs over the full 292-million code space', () => {
    const p = new KeyedPermutation(hashSeed('rrn'), 365 * 100_000 * 8);
    const out = Array.from({ length: 10_000 }, (_, i) => p.apply(i));
    expect(new Set(out).size).toBe(10_000);
    const mean = out.reduce((s, x) => s + x, 0) / out.length;
    expect(Math.abs(mean / p.size - 0.5)).toBeLessThan(0.02);
  });
});
