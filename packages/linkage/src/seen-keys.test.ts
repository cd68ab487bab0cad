import { describe, expect, it } from 'vitest';
import { SeenKeys } from './seen-keys.js';

const key = (i: number) =>
  `${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000 2026-0${(i % 9) + 1}-01`;

describe('SeenKeys', () => {
  it('has every key added, and few it was not given', () => {
    const seen = new SeenKeys();
    for (let i = 0; i < 100_000; i++) seen.add(key(i));
    for (let i = 0; i < 100_000; i++) expect(seen.mayHave(key(i))).toBe(true);
    let falsePositives = 0;
    for (let i = 100_000; i < 200_000; i++) if (seen.mayHave(key(i))) falsePositives++;
    expect(falsePositives).toBeLessThan(10);
  });

  it('says no to anything while empty, and stays correct when overfull', () => {
    const small = new SeenKeys(10, 4);
    expect(small.mayHave(key(1))).toBe(false);
    for (let i = 0; i < 5000; i++) small.add(key(i));
    for (let i = 0; i < 5000; i++) expect(small.mayHave(key(i))).toBe(true);
  });
});
