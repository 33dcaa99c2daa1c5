// Merging an incremental re-score (a few changed people, ranked on their own) into a role's
// stored list, and knowing when that merge is exact. Pure functions over plain rows.

export interface MergeRow {
  personId: number;
  score: number;
  eligible: boolean;
  nearMiss: boolean;
  /** Old rows: the stored rank. New rows: the rank among the changed people only. */
  rank: number;
}

export interface MergeInput {
  /** The role's stored rows, in rank order. */
  stored: MergeRow[];
  /** People scored again: their stored rows are replaced. */
  changed: ReadonlySet<number>;
  /** The changed people's kept rows (top and near misses among themselves). */
  fresh: MergeRow[];
  /** How many changed people scored strictly above a given score and eligibility (for ranks). */
  freshAbove: (score: number, eligible: boolean) => number;
  top: number;
  nearMisses: number;
  /** People scored when the stored list was made. */
  oldScored: number;
}

export interface MergeOutput {
  rows: (MergeRow & { fresh: boolean })[];
}

const keyOf = (r: { score: number; eligible: boolean }) => Math.round(r.score * 10) * 2 + (r.eligible ? 1 : 0);
/** Ranked order: score, eligible boomerangs first among equals, then the lower person id. */
export const better = (a: MergeRow, b: MergeRow): number => keyOf(b) - keyOf(a) || a.personId - b.personId;

/**
 * The new top K and near misses, or null when the merge cannot be exact (someone we did not
 * store could now belong in the list): then the role is scored against everyone again.
 * Top ranks are exact; ranks of near misses below the top are estimated until the next full run.
 */
export function mergeRole(m: MergeInput): MergeOutput | null {
  const oldTop = m.stored.filter((r) => r.rank <= m.top);
  const oldNear = m.stored.filter((r) => r.rank > m.top);
  const topWasFull = oldTop.length >= m.top && m.top > 0;
  const nearWasFull = oldNear.length >= m.nearMisses && m.nearMisses > 0;
  const threshold = topWasFull ? oldTop[oldTop.length - 1]! : null;
  const nearThreshold = nearWasFull ? oldNear[oldNear.length - 1]! : null;
  const keep = (r: MergeRow) => !m.changed.has(r.personId);
  const pool = [...oldTop.filter(keep).map((r) => ({ ...r, fresh: false })), ...m.fresh.map((r) => ({ ...r, fresh: true }))].sort(better);
  const newTop = pool.slice(0, m.top);
  if (threshold) {
    const last = newTop[newTop.length - 1];
    // Unstored people all rank below the old K-th row; the new K-th must not rank below it.
    if (newTop.length < m.top || !last || better(last, threshold) > 0) return null;
  }
  const inTop = new Set(newTop.map((r) => r.personId));
  const nearPool = [
    ...oldNear.filter(keep).map((r) => ({ ...r, fresh: false })),
    ...pool.filter((r) => !inTop.has(r.personId) && r.nearMiss),
  ].sort(better);
  const newNear = nearPool.slice(0, m.nearMisses);
  if (nearThreshold) {
    const last = newNear[newNear.length - 1];
    if (newNear.length < m.nearMisses || !last || better(last, nearThreshold) > 0) return null;
  }
  // Changed people who held a stored rank above a row no longer count above it.
  const removedRanks = m.stored.filter((r) => m.changed.has(r.personId)).map((r) => r.rank);
  const removedAbove = (rank: number) => removedRanks.filter((x) => x < rank).length;
  const oldStored = m.stored.filter(keep);
  const rows = newTop.map((r, i) => ({ ...r, rank: i + 1 }));
  for (const r of newNear) {
    let rank: number;
    if (!r.fresh) rank = r.rank - removedAbove(r.rank) + m.freshAbove(r.score, r.eligible);
    else {
      // Old people above a new row: estimated from the first stored row it outranks.
      const next = oldStored.find((o) => better(r, o) < 0);
      const oldAbove = next ? next.rank - 1 - removedAbove(next.rank) : Math.max(0, m.oldScored - removedRanks.length);
      rank = 1 + oldAbove + (r.rank - 1);
    }
    rows.push({ ...r, rank: Math.max(rank, rows.length + 1) });
  }
  return { rows };
}
