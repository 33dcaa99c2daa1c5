import { KeptHeap, keyOf, type Kept } from './heap';
import { boundKey, isNearMiss, keysFor, type RankOptions, type RoleRanking, type RolePrep, type Scratch } from './prep';

// Ranking a role without scoring everyone, and still exactly. Only people with some skill credit
// are visited; each is first checked against an upper bound — their own must-have and nice-to-have
// coverage plus the best value every other part reaches in the store — and scored in full only when
// that bound reaches the worst row kept so far. The kept list only gets better, so anyone skipped
// could never have entered it nor ranked above anyone in it: the kept rows and their ranks are
// exactly what scoring everyone gives. People with no skill credit at all are skipped when even the
// best of every other part cannot reach the list; otherwise the caller scores everyone instead.


/** People scored in full before sifting starts, to set a first floor. */
const WARM = 2000;

/** Appends to `out` everyone in list[from..to) whose coverage part reaches `limit`; returns the new length. */
function sift(list: Int32Array, from: number, to: number, mustVal: Float64Array, niceVal: Float64Array, s0: number, s1: number, limit: number, niceOnly: boolean, out: Int32Array, n: number): number {
  for (let k = from; k < to; k++) {
    const i = list[k]!;
    const m = mustVal[i]!;
    if (niceOnly && m !== 0) continue;
    if (s0 * m + s1 * niceVal[i]! >= limit) out[n++] = i;
  }
  return n;
}

/** The lists being built, and the floor below which nobody can enter them or outrank a kept row. */
class Selection {
  readonly top: KeptHeap;
  readonly near: KeptHeap;
  /** -1 until both lists are full. */
  floor = -1;
  /** Everyone scored at or above the floor (index, key), for the ranks. */
  np = 0;
  constructor(
    readonly p: RolePrep,
    opts: RankOptions,
    readonly procIdx: Int32Array,
    readonly procKey: Int32Array,
  ) {
    this.top = new KeptHeap(opts.top);
    this.near = new KeptHeap(opts.nearMisses);
  }
  /** Offers people idx[from..to) with their keys in keys[from..to). */
  take(idx: Int32Array, keys: Int32Array, from: number, to: number): void {
    for (let k = from; k < to; k++) {
      const key = keys[k]!;
      if (key < this.floor) continue;
      const i = idx[k]!;
      this.procIdx[this.np] = i;
      this.procKey[this.np++] = key;
      const nm = isNearMiss(this.p, i);
      // People come in no particular order, so an equal key may still get in (with a lower index).
      const kept: Kept = { index: i, score10: key >> 1, eligible: key & 1, nearMiss: nm, mustFull: this.p.mustFull[i]!, rank: 0 };
      const out = this.top.offer(kept);
      if (out === undefined) {
        if (nm) this.near.offer(kept);
      } else if (out && out.nearMiss) this.near.offer(out);
      const t = this.top.minKey();
      this.floor = this.near.cap === 0 ? t : Math.min(t, this.near.minKey());
    }
  }
}

export function rankPruned(p: RolePrep, opts: RankOptions, sc: Scratch): RoleRanking | null {
  const n = p.store.n;
  if (opts.top <= 0 || n <= opts.top + opts.nearMisses) return null;
  const s = p.shares;
  const rest = p.rest;
  const sel = new Selection(p, opts, sc.touched, sc.keys);
  // Skip whoever's coverage plus every other part at its best (and rounding slack) stays below the floor.
  const limit = () => (sel.floor < 0 ? -Infinity : ((sel.floor >> 1) - 0.5) / 1000 - rest - 1e-9);
  // Score a first stretch in full to raise the floor, then sift the rest in a tight loop and score
  // only who passes (the floor only rises, so sifting with an earlier floor skips nobody it should not).
  const keys = new Int32Array(Math.max(WARM, 1));
  const warm = Math.min(p.nsMust, WARM);
  keysFor(p, p.seenMust, 0, warm, keys);
  sel.take(p.seenMust, keys, 0, warm);
  const cand = sc.order;
  let nc = sift(p.seenMust, warm, p.nsMust, p.mustVal, p.niceVal, s[0]!, s[1]!, limit(), false, cand, 0);
  nc = sift(p.seenNice, 0, p.nsNice, p.mustVal, p.niceVal, s[0]!, s[1]!, limit(), true, cand, nc);
  const candKeys = sc.candKeys;
  keysFor(p, cand, 0, nc, candKeys);
  sel.take(cand, candKeys, 0, nc);
  const { top, near, floor, np, procIdx, procKey } = sel;
  // Nobody without any skill credit can score above every other part at its best.
  if (!top.full || (near.cap > 0 && !near.full) || boundKey(rest) >= floor) return null;

  const keptRows = [...top.items, ...near.items];
  const hist = sc.hist;
  hist.fill(0);
  for (let j = 0; j < np; j++) hist[procKey[j]!]!++;
  const above = new Int32Array(2003);
  for (let k = 2001; k >= 0; k--) above[k] = above[k + 1]! + hist[k]!;
  // Equal keys rank by id: count, for each kept key, the people with that key and a lower index.
  const sameKey = new Map<number, number[]>();
  for (const r of keptRows) sameKey.set(keyOf(r), []);
  for (let j = 0; j < np; j++) sameKey.get(procKey[j]!)?.push(procIdx[j]!);
  for (const r of keptRows) {
    const key = keyOf(r);
    r.rank = 1 + above[key + 1]! + sameKey.get(key)!.filter((i) => i < r.index).length;
  }
  return { kept: keptRows.sort((a, b) => a.rank - b.rank), scored: n, above, pruned: true };
}
