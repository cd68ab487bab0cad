import { describe, expect, it } from 'vitest';
import { Memory } from './memory.js';
import { wasmAvailable } from './wasm.js';

describe('Memory', () => {
  it('runs on shared WebAssembly memory in Node', () => {
    expect(wasmAvailable).toBe(true);
    expect(new Memory().wasm).toBe(true);
  });

  for (const wasm of [true, false])
    it(`hands a block given back to the next request of its size class (${wasm ? 'WebAssembly' : 'ArrayBuffer'} blocks)`, () => {
      const m = new Memory({ wasm });
      const a = m.take(1000);
      expect(a.reused).toBe(false);
      expect(a.bytes.byteLength).toBe(Memory.classOf(1000));
      a.bytes.fill(7);
      m.give(a.bytes);
      // Given back twice (a bitset read under two names): held once.
      m.give(a.bytes);
      expect(m.retainedBytes).toBe(Memory.classOf(1000));
      const b = m.take(990);
      expect(b.reused).toBe(true);
      expect(b.bytes[0]).toBe(7);
      expect(m.retainedBytes).toBe(0);
      // A block of another class is fresh, zeroed, and does not overlap.
      const c = m.take(5000);
      expect(c.reused).toBe(false);
      expect(c.bytes.every((x) => x === 0)).toBe(true);
      // Something not taken from this memory is not kept.
      m.give(new Uint8Array(64));
      m.give(b.bytes.subarray(64));
      expect(m.retainedBytes).toBe(0);
    });

  it('keeps every view valid while the WebAssembly memory grows', () => {
    const m = new Memory();
    const first = m.take(100);
    first.bytes.fill(3);
    // 40 MB more: the memory grows several times.
    const later = Array.from({ length: 10 }, () => m.take(4 * 2 ** 20));
    for (const l of later) l.bytes[l.bytes.length - 1] = 9;
    expect(first.bytes.byteLength).toBe(128);
    expect(first.bytes.every((x) => x === 3)).toBe(true);
    expect(later.every((l) => m.owns(l.bytes) && l.bytes[l.bytes.length - 1] === 9)).toBe(true);
    // Blocks do not overlap: each starts past the previous one's end.
    const starts = [first, ...later].map((b) => [b.bytes.byteOffset, b.bytes.byteLength] as const);
    for (let i = 1; i < starts.length; i++)
      expect(starts[i]![0]).toBeGreaterThanOrEqual(starts[i - 1]![0] + starts[i - 1]![1]);
  });

  it('hands out ArrayBuffers once the WebAssembly memory reaches its maximum', () => {
    const m = new Memory({ maxBytes: 2 ** 20 });
    const a = m.take(2 ** 19);
    expect(m.owns(a.bytes)).toBe(true);
    const b = m.take(2 ** 19);
    expect(m.owns(b.bytes)).toBe(false);
    expect(b.bytes.buffer).toBeInstanceOf(ArrayBuffer);
    b.bytes.fill(1);
    // Both kinds are given back and handed out again.
    m.give(a.bytes);
    m.give(b.bytes);
    expect(m.retainedBytes).toBe(2 ** 20);
    const again = [m.take(2 ** 19), m.take(2 ** 19)];
    expect(again.every((x) => x.reused)).toBe(true);
    expect(again.filter((x) => m.owns(x.bytes))).toHaveLength(1);
  });

  it('lets everything go on clear and starts a new memory', () => {
    const m = new Memory();
    const a = m.take(256);
    m.give(a.bytes);
    m.clear();
    expect(m.retainedBytes).toBe(0);
    expect(m.owns(a.bytes)).toBe(false);
    const b = m.take(256);
    expect(b.reused).toBe(false);
  });
});
