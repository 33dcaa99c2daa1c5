import { describe, expect, it } from 'vitest';
import { memo } from '../../src/core/import/knowledge';

describe('the per-import memo', () => {
  it('reads a repeated value once', () => {
    let reads = 0;
    const read = memo((s: string) => {
      reads++;
      return s.toUpperCase();
    });
    for (let i = 0; i < 30000; i++) expect(read(`title ${i % 50}`)).toBe(`TITLE ${i % 50}`);
    expect(reads).toBe(50);
  });

  it('stops asking itself when values hardly repeat, and still answers every value right', () => {
    let reads = 0;
    const read = memo((s: string) => {
      reads++;
      return s.length;
    });
    for (let i = 0; i < 10000; i++) read(`skills list ${i}`);
    expect(reads).toBe(10000);
    // After the trial even a value seen before is read again: the memo is gone.
    expect(read('skills list 1')).toBe('skills list 1'.length);
    expect(reads).toBe(10001);
  });
});
