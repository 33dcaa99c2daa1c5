import type { CompactStore } from './compact';
import { NT, levelIndex, placeTable, trackIndex } from './compact';
import type { RoleProfile, SkillGraph } from './types';
import { applicableParts } from './score';
import { normalise } from './weights';
import { trackValue } from './parts/track';
import { partialCredit, skillKey } from './parts/skills';
import { TRACKS } from '../../shared/domain';

// The fast ranker: one role against everyone in a few passes over typed arrays. Skill coverage
// walks only the postings of the role's skills and their adjacent skills; everything else is a
// table lookup. Scores are integers in tenths (0..1000) and keys add the boomerang tie-break:
// key = score10 * 2 + eligible, higher first, then the lower person id.

export interface Kept {
  index: number;
  score10: number;
  eligible: number;
  nearMiss: boolean;
  mustFull: number;
  /** 1-based rank among everyone scored. */
  rank: number;
}

export interface RankOptions {
  /** Best K kept with full explanations. */
  top: number;
  /** Also keep up to this many near misses below the top K (the hire-and-reskill list). */
  nearMisses: number;
}

/** Scratch space reused across roles, sized for one store. */
export class Scratch {
  readonly mustAcc: Float64Array;
  readonly niceAcc: Float64Array;
  readonly mustFull: Uint8Array;
  readonly best: Float64Array;
  readonly stamp: Int32Array;
  readonly touched: Int32Array;
  readonly keys: Int32Array;
  stampNo = 0;
  readonly hist = new Int32Array(2002);
  constructor(n: number) {
    this.mustAcc = new Float64Array(n);
    this.niceAcc = new Float64Array(n);
    this.mustFull = new Uint8Array(n);
    this.best = new Float64Array(n);
    this.stamp = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.keys = new Int32Array(n);
  }
}

/** Adds, per person, the credit for each wanted skill (exact 1, else the best adjacent) to `acc`. */
function accumulate(store: CompactStore, graph: SkillGraph, wanted: RoleProfile['must'], acc: Float64Array, full: Uint8Array | null, sc: Scratch): void {
  const { pStart, people, skillIds } = store;
  const { best, stamp, touched } = sc;
  for (const w of wanted) {
    const s = ++sc.stampNo;
    let nt = 0;
    const id = skillIds.get(skillKey(graph, w.skill));
    if (id !== undefined) {
      for (let k = pStart[id]!; k < pStart[id + 1]!; k++) {
        const p = people[k]!;
        stamp[p] = s;
        best[p] = 1;
        touched[nt++] = p;
      }
    }
    for (const a of graph.adjacent(w.skill)) {
      const aid = skillIds.get(skillKey(graph, a.skill));
      const credit = partialCredit(a.weight);
      if (aid === undefined || credit <= 0) continue;
      for (let k = pStart[aid]!; k < pStart[aid + 1]!; k++) {
        const p = people[k]!;
        if (stamp[p] !== s) {
          stamp[p] = s;
          best[p] = credit;
          touched[nt++] = p;
        } else if (best[p]! < credit) best[p] = credit;
      }
    }
    for (let k = 0; k < nt; k++) {
      const p = touched[k]!;
      acc[p]! += best[p]!;
      if (full && best[p] === 1) full[p]!++;
    }
  }
}

/** A bounded heap of the worst-kept at the root: lower key is worse, then the higher index. */
class KeptHeap {
  readonly items: Kept[] = [];
  constructor(readonly cap: number) {}
  private worse(a: Kept, b: Kept): boolean {
    const ka = a.score10 * 2 + a.eligible;
    const kb = b.score10 * 2 + b.eligible;
    return ka < kb || (ka === kb && a.index > b.index);
  }
  /** A key (for an index after all present ones) gets in only above this. */
  minKey(): number {
    if (this.cap === 0) return Infinity;
    if (this.items.length < this.cap) return -1;
    const r = this.items[0]!;
    return r.score10 * 2 + r.eligible;
  }
  /** Adds `x` if it beats the worst kept (any index order). */
  offer(x: Kept): void {
    if (this.items.length < this.cap) this.push(x);
    else if (this.cap > 0 && this.worse(this.items[0]!, x)) this.push(x);
  }
  push(x: Kept): void {
    const h = this.items;
    if (h.length < this.cap) {
      h.push(x);
      let i = h.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(h[i]!, h[parent]!)) break;
        [h[i], h[parent]] = [h[parent]!, h[i]!];
        i = parent;
      }
      return;
    }
    h[0] = x;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.worse(h[l]!, h[m]!)) m = l;
      if (r < h.length && this.worse(h[r]!, h[m]!)) m = r;
      if (m === i) break;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }
}

export interface RoleRanking {
  kept: Kept[];
  scored: number;
  /** above[key] = people with a key ≥ key (so above[key + 1] counts those strictly higher). */
  above: Int32Array;
}

/** Per-person best role across a run: call `rankRole` with it to keep each person's best. */
export interface BestTracker {
  key: Int32Array;
  role: Int32Array;
  nearMiss: Uint8Array;
}
export function bestTracker(n: number): BestTracker {
  return { key: new Int32Array(n).fill(-1), role: new Int32Array(n).fill(-1), nearMiss: new Uint8Array(n) };
}

/**
 * The score key of everyone for one role. The same sum, in the same order, as combine() in
 * score.ts, so the kept rows' explanations agree with the ranking to the last bit. Kept apart
 * from the selection loop so this loop stays small and fast.
 */
function fillKeys(
  store: CompactStore,
  sh: readonly number[],
  mustAcc: Float64Array,
  mustN: number,
  niceAcc: Float64Array,
  niceN: number,
  trackTable: Float64Array,
  rl: number,
  places: Float64Array,
  rt: number,
  keys: Int32Array,
): void {
  const [s0, s1, s2, s3, s4, s5, s6, s7] = sh as [number, number, number, number, number, number, number, number];
  const { n, track, levelFit, place, avail, boom, eligible, depth } = store;
  // Module bindings are getters once bundled; hot loops read locals only.
  const unknownTrack = NT;
  const levelBase = rl < 0 ? 0 : rl * n;
  const depthBase = rt * n;
  for (let i = 0; i < n; i++) {
    const ti = track[i]!;
    let total = 0;
    total += s0 * (mustN ? mustAcc[i]! / mustN : 0);
    total += s1 * (niceN ? niceAcc[i]! / niceN : 0);
    total += s2 * trackTable[ti < 0 ? unknownTrack : ti]!;
    total += s3 * (rl < 0 ? 0 : levelFit[levelBase + i]!);
    total += s4 * places[place[i]!]!;
    total += s5 * avail[i]!;
    total += s6 * boom[i]!;
    total += s7 * depth[depthBase + i]!;
    keys[i] = Math.round(total * 1000) * 2 + eligible[i]!;
  }
}

/** Ranks everyone in `store` for one role; keeps the top K and the best near misses below them. */
export function rankRole(store: CompactStore, role: RoleProfile, graph: SkillGraph, opts: RankOptions, sc: Scratch, best?: BestTracker): RoleRanking {
  const n = store.n;
  const { mustAcc, niceAcc, mustFull, hist } = sc;
  mustAcc.fill(0, 0, n);
  niceAcc.fill(0, 0, n);
  mustFull.fill(0, 0, n);
  hist.fill(0);
  accumulate(store, graph, role.must, mustAcc, mustFull, sc);
  accumulate(store, graph, role.nice, niceAcc, null, sc);
  const sh = normalise(role.weights, applicableParts(role));
  const mustN = role.must.length;
  const niceN = role.nice.length;
  const rt = trackIndex(role.track);
  const rl = levelIndex(role.level);
  const trackTable = new Float64Array(NT + 1);
  for (let t = 0; t < NT; t++) trackTable[t] = trackValue(TRACKS[t]!, role.track);
  trackTable[NT] = trackValue(null, role.track);
  const places = placeTable(store, role);
  const keys = sc.keys;
  fillKeys(store, sh, mustAcc, mustN, niceAcc, niceN, trackTable, rl, places, rt, keys);
  const eligible = store.eligible;
  const top = new KeptHeap(opts.top);
  const near = new KeptHeap(opts.nearMisses);
  const pending: { kept: Kept; before: number }[] = [];
  const roleNo = role.id;
  let topMin = top.minKey();
  let nearMin = near.minKey();
  const bestKey = best?.key;
  const bestRole = best?.role;
  const bestNm = best?.nearMiss;
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    const before = hist[key]!;
    hist[key] = before + 1;
    const full = mustFull[i]!;
    const nm = mustN > 0 && mustN - full === 1 && (mustN >= 2 || mustAcc[i]! > 0);
    if (bestKey && key > bestKey[i]!) {
      bestKey[i] = key;
      bestRole![i] = roleNo;
      bestNm![i] = nm ? 1 : 0;
    }
    const score10 = key >> 1;
    const el = eligible[i]!;
    // Later people win only with a strictly higher key (equal keys keep the lower id).
    if (key > topMin) {
      const k: Kept = { index: i, score10, eligible: el, nearMiss: nm, mustFull: full, rank: 0 };
      const out = top.items.length === top.cap ? top.items[0]! : null;
      top.push(k);
      pending.push({ kept: k, before });
      // Whoever drops out of the top may still be one of the best near misses.
      if (out && out.nearMiss) {
        near.offer(out);
        nearMin = near.minKey();
      }
      topMin = top.minKey();
    } else if (nm && key > nearMin) {
      const k: Kept = { index: i, score10, eligible: el, nearMiss: nm, mustFull: full, rank: 0 };
      near.push(k);
      pending.push({ kept: k, before });
      nearMin = near.minKey();
    }
  }
  // Ranks from the histogram: everyone with a higher key, plus equal keys seen earlier.
  const above = new Int32Array(2003);
  for (let k = 2001; k >= 0; k--) above[k] = above[k + 1]! + hist[k]!;
  for (const p of pending) p.kept.rank = 1 + above[p.kept.score10 * 2 + p.kept.eligible + 1]! + p.before;
  const kept = [...top.items, ...near.items].sort((a, b) => a.rank - b.rank);
  return { kept, scored: n, above };
}
