import { describe, expect, it } from 'vitest';
import { HashTable } from '../../src/core/import/hashTable';

// The identity index's hash → person id table: what goes in comes out, through growth and collisions.

describe('HashTable', () => {
  it('keeps 200,000 keys through growth, tells apart keys that share a half, and overwrites', () => {
    const t = new HashTable();
    const ref = new Map<string, number>();
    let seed = 7;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x3fffffff);
    for (let i = 1; i <= 200000; i++) {
      const hi = i % 3 === 0 ? 0 : rnd();
      const lo = i % 5 === 0 ? 42 : rnd(); // many keys with the same low half: they all probe one slot
      t.set(hi, lo, i);
      ref.set(`${hi}:${lo}`, i);
    }
    expect(t.size).toBe(ref.size);
    for (const [k, id] of ref) {
      const [hi, lo] = k.split(':').map(Number) as [number, number];
      expect(t.get(hi, lo)).toBe(id);
    }
    expect(t.get(123, 456)).toBeUndefined();
    expect(t.has(0, 42)).toBe(ref.has('0:42'));
    t.set(0, 42, 9);
    expect(t.get(0, 42)).toBe(9);
    expect(t.size).toBe(ref.size + (ref.has('0:42') ? 0 : 1));
  });

  it('refuses what is not a person id (0 marks an empty slot)', () => {
    expect(() => new HashTable().set(1, 2, 0)).toThrow(RangeError);
    expect(() => new HashTable().set(1, 2, 1.5)).toThrow(RangeError);
  });
});
