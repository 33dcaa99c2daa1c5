import { describe, expect, it } from 'vitest';
import { mergeRole, type MergeRow } from '../../src/core/match/merge';

const row = (personId: number, score: number, rank: number, nearMiss = false, eligible = false): MergeRow => ({ personId, score, rank, nearMiss, eligible });
const none = () => 0;

describe('merging an incremental re-score', () => {
  const stored = [row(1, 90, 1), row(2, 80, 2), row(3, 40, 9, true)];

  it('slots new people into the top list with exact ranks', () => {
    const out = mergeRole({ stored, changed: new Set([7]), fresh: [row(7, 85, 1)], freshAbove: (s) => (s < 85 ? 1 : 0), top: 2, nearMisses: 1, oldScored: 10 });
    expect(out?.rows.map((r) => [r.personId, r.rank])).toEqual([
      [1, 1],
      [7, 2],
      [3, 10],
    ]);
  });

  it('keeps a tie in person-id order, an eligible boomerang first', () => {
    const out = mergeRole({ stored, changed: new Set([0]), fresh: [row(0, 80, 1)], freshAbove: none, top: 2, nearMisses: 0, oldScored: 10 });
    expect(out?.rows.map((r) => r.personId)).toEqual([1, 0]);
    const boomerang = mergeRole({ stored, changed: new Set([9]), fresh: [row(9, 90, 1, false, true)], freshAbove: none, top: 2, nearMisses: 0, oldScored: 10 });
    expect(boomerang?.rows.map((r) => r.personId)).toEqual([9, 1]);
  });

  it('gives up (so the role is scored against everyone) when a changed person leaves a hole someone unstored could fill', () => {
    expect(mergeRole({ stored, changed: new Set([1]), fresh: [row(1, 10, 1)], freshAbove: none, top: 2, nearMisses: 1, oldScored: 10 })).toBeNull();
  });

  it('is exact when everyone was stored', () => {
    const small = [row(1, 90, 1), row(2, 80, 2)];
    const out = mergeRole({ stored: small, changed: new Set([1]), fresh: [row(1, 10, 1)], freshAbove: none, top: 5, nearMisses: 0, oldScored: 2 });
    expect(out?.rows.map((r) => [r.personId, r.rank])).toEqual([
      [2, 1],
      [1, 2],
    ]);
  });
});
