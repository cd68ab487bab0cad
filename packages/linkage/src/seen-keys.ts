import { hash2x32 } from '@bokji/core';

/**
 * A Bloom filter of strings in fixed memory (1 MiB by default): `mayHave` is true for every key
 * added and rarely for one that was not (with 4 probes in 2^23 bits: about 1 in 200,000 lookups
 * after 100,000 keys, 1 in 500 after 500,000, more beyond — never wrong the other way). Ingest
 * keeps the (person, period) keys a batch has stored in one and asks the database only about the
 * keys it may have, so a batch's memory does not grow with its rows.
 */
export class SeenKeys {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  constructor(
    log2Bits = 23,
    private readonly probes = 4,
  ) {
    this.bits = new Uint32Array(2 ** (log2Bits - 5));
    this.mask = 2 ** log2Bits - 1;
  }

  add(key: string): void {
    const [a, b1] = hash2x32(key);
    const b = b1 | 1;
    for (let i = 0; i < this.probes; i++) {
      const bit = (a + Math.imul(i, b)) & this.mask;
      this.bits[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  mayHave(key: string): boolean {
    const [a, b1] = hash2x32(key);
    const b = b1 | 1;
    for (let i = 0; i < this.probes; i++) {
      const bit = (a + Math.imul(i, b)) & this.mask;
      if (!(this.bits[bit >>> 5]! & (1 << (bit & 31)))) return false;
    }
    return true;
  }
}
