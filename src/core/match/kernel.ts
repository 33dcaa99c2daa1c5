// The ranking kernel: one role against everyone in the compact store, over typed arrays only.
// Its declarations use nothing but each other and globals — no imports at run time — so the very
// same code can run in a second thread (parallel.ts hands it kernelSource()) on the store's
// SharedArrayBuffers. A declaration moved to another module would be reached through an import the
// other thread does not have; the one that is (the heap, kernelHeap.ts) comes in with the scratch.
// Plans (plan.ts) carry everything role-specific, already resolved.
//
// Scores are integers in tenths (0..1000); keys add the boomerang tie-break:
// key = score10 * 2 + eligible, higher first, then the lower index (= person id).
import type { BestTracker, Credits, Kept, KernelScratch, KernelStore, RankOptions, RoleRanking, RolePlan, SkillPlan } from './kernelTypes';
import { KeptHeap } from './kernelHeap';

export type { BestTracker, Credits, Kept, KernelScratch, KernelStore, RankOptions, RoleRanking, RolePlan, SkillPlan };

function keyOf(k: Kept): number {
  return k.score10 * 2 + k.eligible;
}

/** The largest key any score up to `total` can round to (a hair of slack for floating point). */
function boundKey(total: number): number {
  return Math.round((total + 1e-9) * 1000) * 2 + 1;
}

/** Everyone with some credit for one skill: 1 when they have it, else their best adjacent skill's. */
function creditsFor(st: KernelStore, w: SkillPlan, sc: KernelScratch): Credits {
  /** Credit lists are kept for the run (roles share skills) up to this many entries in all. */
  const CREDIT_CACHE_CELLS = 6_000_000;
  const hit = sc.credits.get(w.key);
  if (hit) return hit;
  const { pStart, people } = st;
  const { best, stamp, touched } = sc;
  // Stamps tell who has the skill exactly (2s) and who only through a neighbour (2s+1).
  const exactMark = ++sc.stampNo * 2;
  const adjMark = exactMark + 1;
  let nt = 0;
  const exact = w.id < 0 ? 0 : pStart[w.id + 1]! - pStart[w.id]!;
  if (w.id >= 0) {
    for (let k = pStart[w.id]!, end = pStart[w.id + 1]!; k < end; k++) {
      const p = people[k]!;
      stamp[p] = exactMark;
      touched[nt++] = p;
    }
  }
  for (const a of w.adj) {
    const credit = a.credit;
    for (let k = pStart[a.id]!, end = pStart[a.id + 1]!; k < end; k++) {
      const p = people[k]!;
      const s = stamp[p]!;
      if (s === exactMark) continue;
      if (s !== adjMark) {
        stamp[p] = adjMark;
        best[p] = credit;
        touched[nt++] = p;
      } else if (best[p]! < credit) best[p] = credit;
    }
  }
  const out: Credits = { idx: touched.slice(0, nt), credit: new Float64Array(nt), exact };
  out.credit.fill(1, 0, exact);
  for (let k = exact; k < nt; k++) out.credit[k] = best[out.idx[k]!]!;
  if (sc.creditCells + nt <= CREDIT_CACHE_CELLS) {
    sc.credits.set(w.key, out);
    sc.creditCells += nt;
  }
  return out;
}

/**
 * Adds each wanted skill's credit (1 exact, else the best adjacent) to `acc`, in the role's order,
 * for everyone touched (listed in `seen`). The division by the count that coverage() does comes
 * later, for those scored only (the same operations, so the same bits).
 */
function accumulate(st: KernelStore, wanted: SkillPlan[], acc: Float64Array, full: Uint8Array | null, sc: KernelScratch, seen: Int32Array): number {
  let ns = 0;
  for (const w of wanted) {
    const { idx, credit, exact } = creditsFor(st, w, sc);
    // Exact holders first (credit 1, and for must-haves one more met), then those with only a neighbour.
    if (full) {
      for (let k = 0; k < exact; k++) {
        const p = idx[k]!;
        if (acc[p] === 0) seen[ns++] = p;
        acc[p]! += 1;
        full[p]!++;
      }
    } else {
      for (let k = 0; k < exact; k++) {
        const p = idx[k]!;
        if (acc[p] === 0) seen[ns++] = p;
        acc[p]! += 1;
      }
    }
    for (let k = exact, len = idx.length; k < len; k++) {
      const p = idx[k]!;
      if (acc[p] === 0) seen[ns++] = p;
      acc[p]! += credit[k]!;
    }
  }
  return ns;
}

/** A role made ready: coverage per person and the lookups for every other part. */
interface Prep {
  st: KernelStore;
  plan: RolePlan;
  nsMust: number;
  nsNice: number;
  levelCol: Float64Array;
  levelBase: number;
  depthBase: number;
  /** The most every part but the two coverages can add, for anyone. */
  rest: number;
  /** The most location can add. */
  placeMax: number;
  /** What the coverage sums are divided by (the counts, at least 1), and the coverage shares per unit of sum. */
  mustDiv: number;
  niceDiv: number;
  c0: number;
  c1: number;
}

function prepare(st: KernelStore, plan: RolePlan, sc: KernelScratch): Prep {
  const n = st.n;
  // Wiping whole columns (sequential) is cheaper than clearing only who the last role touched (scattered).
  sc.mustVal.fill(0, 0, n);
  sc.niceVal.fill(0, 0, n);
  sc.mustFull.fill(0, 0, n);
  const nsMust = accumulate(st, plan.must, sc.mustVal, sc.mustFull, sc, sc.seenMust);
  const nsNice = accumulate(st, plan.nice, sc.niceVal, null, sc, sc.seenNice);
  const [mustDiv, niceDiv] = [Math.max(1, plan.must.length), Math.max(1, plan.nice.length)];
  const s = plan.shares;
  let maxTrack = 0;
  for (const v of plan.trackTable) maxTrack = Math.max(maxTrack, v);
  let maxPlace = 0;
  for (const v of plan.places) maxPlace = Math.max(maxPlace, v);
  const levelMax = plan.rl < 0 ? 0 : st.max.level[plan.rl]!;
  const rest = s[2]! * maxTrack + s[3]! * levelMax + s[4]! * maxPlace + s[5]! * st.max.avail + s[6]! * st.max.boom + s[7]! * st.max.depth[plan.rt]!;
  return { st, plan, nsMust, nsNice, levelCol: plan.rl < 0 ? sc.zeros : st.levelFit, levelBase: plan.rl < 0 ? 0 : plan.rl * n, depthBase: plan.rt * n, rest, placeMax: s[4]! * maxPlace, mustDiv, niceDiv, c0: s[0]! / mustDiv, c1: s[1]! / niceDiv };
}

/**
 * The keys of people idx[from..to) into out[from..to). The same sum, in the same order, as
 * combine() in score.ts, so kept rows' explanations agree with the ranking to the last bit.
 */
function keysFor(p: Prep, sc: KernelScratch, idx: Int32Array, from: number, to: number, out: Int32Array): void {
  const [s0, s1, s2, s3, s4, s5, s6, s7] = p.plan.shares as [number, number, number, number, number, number, number, number];
  const { track, place, avail, boom, eligible, depth } = p.st;
  const { mustVal, niceVal } = sc;
  const { levelCol, levelBase, depthBase, mustDiv, niceDiv } = p;
  const { trackTable, places } = p.plan;
  const unknownTrack = trackTable.length - 1;
  for (let k = from; k < to; k++) {
    const i = idx[k]!;
    const ti = track[i]!;
    let total = 0;
    total += s0 * (mustVal[i]! / mustDiv);
    total += s1 * (niceVal[i]! / niceDiv);
    total += s2 * trackTable[ti < 0 ? unknownTrack : ti]!;
    total += s3 * levelCol[levelBase + i]!;
    total += s4 * places[place[i]!]!;
    total += s5 * avail[i]!;
    total += s6 * boom[i]!;
    total += s7 * depth[depthBase + i]!;
    out[k] = Math.round(total * 1000) * 2 + eligible[i]!;
  }
}

/** Near miss: exactly one must-have not fully met (missing, or only adjacent); see parts/skills. */
function isNearMiss(p: Prep, sc: KernelScratch, i: number): boolean {
  return p.plan.mustN > 0 && p.plan.mustN - sc.mustFull[i]! === 1 && (p.plan.mustN >= 2 || sc.mustVal[i]! > 0);
}

/** Scores everyone in index order and keeps the best: the reference the pruned path agrees with. */
function rankFull(p: Prep, opts: RankOptions, sc: KernelScratch): RoleRanking {
  const n = p.st.n;
  const keys = sc.keys;
  const everyone = sc.order;
  for (let i = 0; i < n; i++) everyone[i] = i;
  keysFor(p, sc, everyone, 0, n, keys);
  const hist = sc.hist;
  hist.fill(0);
  const top = new sc.Heap(opts.top);
  const near = new sc.Heap(opts.nearMisses);
  const pending: { kept: Kept; before: number }[] = [];
  let topMin = top.minKey();
  let nearMin = near.minKey();
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    const before = hist[key]!;
    hist[key] = before + 1;
    // In index order, a later person gets in only with a strictly higher key.
    if (key > topMin) {
      const k: Kept = { index: i, score10: key >> 1, eligible: key & 1, nearMiss: isNearMiss(p, sc, i), mustFull: sc.mustFull[i]!, rank: 0 };
      const out = top.offer(k);
      pending.push({ kept: k, before });
      // Whoever drops out of the top may still be one of the best near misses.
      if (out && out.nearMiss) {
        near.offer(out);
        nearMin = near.minKey();
      }
      topMin = top.minKey();
    } else if (key > nearMin && isNearMiss(p, sc, i)) {
      const k: Kept = { index: i, score10: key >> 1, eligible: key & 1, nearMiss: true, mustFull: sc.mustFull[i]!, rank: 0 };
      near.offer(k);
      pending.push({ kept: k, before });
      nearMin = near.minKey();
    }
  }
  const above = new Int32Array(2003);
  for (let k = 2001; k >= 0; k--) above[k] = above[k + 1]! + hist[k]!;
  // Rank: everyone with a higher key, plus equal keys seen earlier (lower ids).
  for (const q of pending) q.kept.rank = 1 + above[keyOf(q.kept) + 1]! + q.before;
  return { kept: [...top.items, ...near.items].sort((a, b) => a.rank - b.rank), scored: n, above, pruned: false };
}

/**
 * Appends to out[n…] everyone in list[from..to) (with niceOnly: only those without must-have
 * credit) whose coverage part reaches `limit`; returns the new length.
 */
function sift(list: Int32Array, from: number, to: number, mustVal: Float64Array, niceVal: Float64Array, s0: number, s1: number, limit: number, niceOnly: boolean, out: Int32Array, n: number): number {
  if (niceOnly) {
    for (let k = from; k < to; k++) {
      const i = list[k]!;
      if (mustVal[i] === 0 && s1 * niceVal[i]! >= limit) out[n++] = i;
    }
    return n;
  }
  for (let k = from; k < to; k++) {
    const i = list[k]!;
    if (s0 * mustVal[i]! + s1 * niceVal[i]! >= limit) out[n++] = i;
  }
  return n;
}

/** Like sift, with each one's `bound` on the other parts added to the coverage (may write in place: m ≤ from). */
function tighten(list: Int32Array, from: number, to: number, mustVal: Float64Array, niceVal: Float64Array, s0: number, s1: number, bound: Float32Array, limit: number, out: Int32Array, m: number): number {
  for (let k = from; k < to; k++) {
    const i = list[k]!;
    if (s0 * mustVal[i]! + s1 * niceVal[i]! + bound[i]! >= limit) out[m++] = i;
  }
  return m;
}

/**
 * Ranking without scoring everyone, and still exactly. Only people with some skill credit are
 * visited; each is first checked against an upper bound — their coverage plus the best value every
 * other part reaches in the store, then their coverage plus their own bound (plan.bound) — and
 * scored only when it reaches the worst row kept so far. The kept list only gets better, so nobody
 * skipped could have entered it or outranked anyone in it.
 * Returns null when that cannot be shown (then everyone is scored).
 */
function rankPruned(p: Prep, opts: RankOptions, sc: KernelScratch): RoleRanking | null {
  /** People scored to estimate a first floor before sifting everyone. */
  const WARM = 2000;
  const n = p.st.n;
  if (opts.top <= 0 || n <= opts.top + opts.nearMisses) return null;
  const s = p.plan.shares;
  const rest = p.rest;
  const top = new sc.Heap(opts.top);
  const near = new sc.Heap(opts.nearMisses);
  // Below this key nobody can enter the lists or outrank a kept row (-1 until both lists are full).
  let floor = -1;
  // Everyone scored at or above the floor (index, key), for the ranks.
  const procIdx = sc.touched;
  const procKey = sc.keys;
  let np = 0;
  const take = (idx: Int32Array, keys: Int32Array, from: number, to: number, record = true) => {
    for (let k = from; k < to; k++) {
      const key = keys[k]!;
      if (key < floor) continue;
      const i = idx[k]!;
      if (record) {
        procIdx[np] = i;
        procKey[np++] = key;
      }
      const nm = isNearMiss(p, sc, i);
      // People come in no particular order, so an equal key may still get in (with a lower index).
      const kept: Kept = { index: i, score10: key >> 1, eligible: key & 1, nearMiss: nm, mustFull: sc.mustFull[i]!, rank: 0 };
      const out = top.offer(kept);
      if (out === undefined) {
        if (nm) near.offer(kept);
      } else if (out && out.nearMiss) near.offer(out);
      const t = top.minKey();
      floor = near.cap === 0 ? t : Math.min(t, near.minKey());
    }
  };
  // Skip whoever's coverage plus every other part at its best (and rounding slack) stays below the floor.
  const limit = () => (floor < 0 ? -Infinity : ((floor >> 1) - 0.5) / 1000 - rest - 1e-9);
  // A first floor from a sample: those who meet every must-have (the likeliest to rank), else the
  // first met. A sample's lists are never better than everyone's, so its floor is safe to sift with;
  // then everyone who passes is scored, the sample again among them, and the lists built for real.
  const candKeys = sc.candKeys;
  const sample = sc.order;
  let ns = 0;
  const mustN = p.plan.mustN;
  for (let k = 0; k < p.nsMust && ns < WARM && mustN > 0; k++) if (sc.mustFull[sc.seenMust[k]!] === mustN) sample[ns++] = sc.seenMust[k]!;
  if (ns < opts.top + opts.nearMisses) for (ns = 0; ns < Math.min(p.nsMust, WARM); ns++) sample[ns] = sc.seenMust[ns]!;
  // With a bound per person (plan.ts; place at its best), the sample is scored a step at a time, each
  // step first cut by the floor so far: a subset of a sample is a sample too.
  const bound = p.plan.bound;
  const boundLimit = (f: number) => (f < 0 ? -Infinity : ((f >> 1) - 0.5) / 1000 - p.placeMax - 1e-9);
  for (let from = 0, nk = 0; from < ns; from += bound ? 256 : ns) {
    const to = Math.min(ns, from + (bound ? 256 : ns));
    const start = nk;
    nk = bound ? tighten(sample, from, to, sc.mustVal, sc.niceVal, p.c0, p.c1, bound, boundLimit(floor), sample, nk) : to;
    keysFor(p, sc, sample, start, nk, candKeys);
    take(sample, candKeys, start, nk, false);
  }
  const sampleLimit = limit();
  const sampleFloor = floor;
  top.items.length = 0;
  near.items.length = 0;
  floor = -1;
  const cand = sc.order;
  // Coverage sums times shares per unit: a hair off the coverage part, well inside the limit's slack.
  let nc = sift(sc.seenMust, 0, p.nsMust, sc.mustVal, sc.niceVal, p.c0, p.c1, sampleLimit, false, cand, 0);
  // Someone with nice-to-haves only has coverage at most s1 (nice value ≤ 1): when that cannot pass, skip the pass.
  if (s[1]! >= sampleLimit) nc = sift(sc.seenNice, 0, p.nsNice, sc.mustVal, sc.niceVal, p.c0, p.c1, sampleLimit, true, cand, nc);
  // Then each one's own bound: most stop here, unscored.
  if (bound) nc = tighten(cand, 0, nc, sc.mustVal, sc.niceVal, p.c0, p.c1, bound, boundLimit(sampleFloor), cand, 0);
  keysFor(p, sc, cand, 0, nc, candKeys);
  take(cand, candKeys, 0, nc);
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
  for (const r of keptRows) r.rank = 1 + above[keyOf(r) + 1]! + sameKey.get(keyOf(r))!.filter((i) => i < r.index).length;
  return { kept: keptRows.sort((a, b) => a.rank - b.rank), scored: n, above, pruned: true };
}

function trackBest(p: Prep, best: BestTracker, pruned: boolean, sc: KernelScratch): void {
  const alumni = p.st.alumni;
  // After a pruned ranking only some keys are known: work out the alumni's in one tight pass.
  let own: Int32Array | null = null;
  if (pruned) {
    if (sc.alumniBuf.length < alumni.length) sc.alumniBuf = new Int32Array(alumni.length);
    own = sc.alumniBuf;
    keysFor(p, sc, alumni, 0, alumni.length, own);
  }
  for (let k = 0; k < alumni.length; k++) {
    const i = alumni[k]!;
    const key = own ? own[k]! : sc.keys[i]!;
    if (key > best.key[i]!) {
      best.key[i] = key;
      best.role[i] = p.plan.roleId;
      best.nearMiss[i] = isNearMiss(p, sc, i) ? 1 : 0;
    }
  }
}

/** Scratch space for one store and one thread; `credits` may come from an earlier run on the same store. */
function createScratch(n: number, Heap: KernelScratch['Heap'], credits: Map<string, Credits> = new Map()): KernelScratch {
  let creditCells = 0;
  for (const c of credits.values()) creditCells += c.idx.length;
  const [f64, i32] = [() => new Float64Array(n), () => new Int32Array(n)];
  const [mustVal, niceVal, best, zeros] = [f64(), f64(), f64(), f64()];
  const [stamp, touched, seenMust, seenNice, keys, order, candKeys] = [i32(), i32(), i32(), i32(), i32(), i32(), i32()];
  return { n, mustVal, niceVal, mustFull: new Uint8Array(n), best, stamp, touched, seenMust, seenNice, keys, order, candKeys, zeros, hist: new Int32Array(2003), stampNo: 0, credits, creditCells, alumniBuf: new Int32Array(0), Heap };
}

function createBest(n: number): BestTracker {
  return { key: new Int32Array(n).fill(-1), role: new Int32Array(n).fill(-1), nearMiss: new Uint8Array(n), seconds: 0 };
}

/** Ranks everyone in the store for one role; keeps the top K and the best near misses below them. */
function rankRole(st: KernelStore, plan: RolePlan, opts: RankOptions, sc: KernelScratch, best: BestTracker | null): RoleRanking {
  const p = prepare(st, plan, sc);
  // Skipping pays off for large stores; small ones are scored in full.
  const prune = opts.prune ?? st.n >= 5000;
  const result = (prune ? rankPruned(p, opts, sc) : null) ?? rankFull(p, opts, sc);
  if (best) {
    const t = performance.now();
    trackBest(p, best, result.pruned, sc);
    best.seconds += (performance.now() - t) / 1000;
  }
  return result;
}

/** The kernel, for this thread. */
export const kernel = { createScratch: (n: number, credits?: Map<string, Credits>) => createScratch(n, KeptHeap, credits), createBest, rankRole };
export type Kernel = typeof kernel;

/**
 * The kernel's source, for a thread that cannot import it: every declaration above, in order,
 * then `kernel` built from them. Declarations only refer to each other and to globals.
 */
export function kernelSource(): string {
  const parts = [keyOf, boundKey, KeptHeap, creditsFor, accumulate, prepare, keysFor, isNearMiss, rankFull, sift, tighten, rankPruned, trackBest, createScratch, createBest, rankRole];
  return `${parts.map((f) => f.toString()).join('\n')}\nconst kernel = { createScratch: (n, credits) => ${createScratch.name}(n, ${KeptHeap.name}, credits), createBest: ${createBest.name}, rankRole: ${rankRole.name} };`;
}
