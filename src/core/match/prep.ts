import type { CompactStore } from './compact';
import { NT, levelIndex, placeTable, trackIndex } from './compact';
import type { RoleProfile, SkillGraph } from './types';
import type { Kept } from './heap';
import { applicableParts } from './score';
import { normalise } from './weights';
import { trackValue } from './parts/track';
import { wantedPlan, type Wanted } from './parts/skills';
import { TRACKS } from '../../shared/domain';

// A role made ready to score against a compact store: skill coverage per person (walking only
// the postings of the role's skills and their neighbours) and lookup tables for every other part.
// Scores are integers in tenths (0..1000); keys add the boomerang tie-break:
// key = score10 * 2 + eligible, higher first, then the lower person id.

export interface RankOptions {
  /** Best K kept with full explanations. */
  top: number;
  /** Also keep up to this many near misses below the top K (the hire-and-reskill list). */
  nearMisses: number;
  /** Skip people who cannot reach the kept list (exact; see prune.ts). Default: for large stores. */
  prune?: boolean;
}

/** Scratch space reused across roles, sized for one store. */
export class Scratch {
  readonly mustVal: Float64Array;
  readonly niceVal: Float64Array;
  readonly mustFull: Uint8Array;
  readonly best: Float64Array;
  readonly stamp: Int32Array;
  readonly touched: Int32Array;
  readonly seenMust: Int32Array;
  readonly seenNice: Int32Array;
  readonly keys: Int32Array;
  readonly order: Int32Array;
  readonly candKeys: Int32Array;
  /** A column of zeros, for roles without a level. */
  readonly zeros: Float64Array;
  readonly hist = new Int32Array(2003);
  stampNo = 0;
  /** Credit lists by skill, shared by the roles of one run. */
  readonly credits = new Map<string, Credits>();
  creditCells = 0;
  private alumniBuf = new Int32Array(0);
  /** Scratch for the alumni's keys. */
  alumniKeys(n: number): Int32Array {
    if (this.alumniBuf.length < n) this.alumniBuf = new Int32Array(n);
    return this.alumniBuf;
  }
  constructor(readonly n: number) {
    this.mustVal = new Float64Array(n);
    this.niceVal = new Float64Array(n);
    this.mustFull = new Uint8Array(n);
    this.best = new Float64Array(n);
    this.stamp = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.seenMust = new Int32Array(n);
    this.seenNice = new Int32Array(n);
    this.keys = new Int32Array(n);
    this.order = new Int32Array(n);
    this.candKeys = new Int32Array(n);
    this.zeros = new Float64Array(n);
  }
}

/** Everyone with some credit for one wanted skill: 1 when they have it, else their best adjacent skill's. */
interface Credits {
  idx: Int32Array;
  credit: Float64Array;
  /** idx[0..exact) have the skill itself (credit 1); the rest only an adjacent one. */
  exact: number;
}

/** Credit lists are kept for the run (roles share skills) up to this many entries in all. */
const CREDIT_CACHE_CELLS = 6_000_000;

function creditsFor(store: CompactStore, w: Wanted, sc: Scratch): Credits {
  const hit = sc.credits.get(w.key);
  if (hit) return hit;
  const { pStart, people, skillIds } = store;
  const { best, stamp, touched } = sc;
  // Stamps tell who has the skill exactly (2s) and who only through a neighbour (2s+1).
  const exactMark = ++sc.stampNo * 2;
  const adjMark = exactMark + 1;
  let nt = 0;
  const id = skillIds.get(w.key);
  const exact = id === undefined ? 0 : pStart[id + 1]! - pStart[id]!;
  if (id !== undefined) {
    for (let k = pStart[id]!, end = pStart[id + 1]!; k < end; k++) {
      const p = people[k]!;
      stamp[p] = exactMark;
      touched[nt++] = p;
    }
  }
  for (const a of w.adjacent) {
    const aid = skillIds.get(a.key);
    if (aid === undefined) continue;
    const credit = a.credit;
    for (let k = pStart[aid]!, end = pStart[aid + 1]!; k < end; k++) {
      const p = people[k]!;
      const st = stamp[p]!;
      if (st === exactMark) continue;
      if (st !== adjMark) {
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
 * Adds, per person, the credit for each wanted skill (exact 1, else the best adjacent) to `acc`,
 * in the role's order, then divides by the count as coverage() does, for everyone it touched
 * (listed in `seen`; returns how many).
 */
function accumulate(store: CompactStore, graph: SkillGraph, wanted: RoleProfile['must'], acc: Float64Array, full: Uint8Array | null, sc: Scratch, seen: Int32Array): number {
  let ns = 0;
  for (const w of wantedPlan(wanted, graph)) {
    const { idx, credit, exact } = creditsFor(store, w, sc);
    const len = idx.length;
    // Exact holders first (credit 1, and a must-have met), then those with only a neighbour.
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
    for (let k = exact; k < len; k++) {
      const p = idx[k]!;
      if (acc[p] === 0) seen[ns++] = p;
      acc[p]! += credit[k]!;
    }
  }
  const count = wanted.length;
  for (let k = 0; k < ns; k++) acc[seen[k]!]! /= count;
  return ns;
}

/** One role, made ready for scoring: coverage per person and the role's lookup tables. */
export interface RolePrep {
  store: CompactStore;
  roleId: number;
  mustN: number;
  mustVal: Float64Array;
  niceVal: Float64Array;
  mustFull: Uint8Array;
  seenMust: Int32Array;
  nsMust: number;
  seenNice: Int32Array;
  nsNice: number;
  shares: number[];
  trackTable: Float64Array;
  levelCol: Float64Array;
  levelBase: number;
  levelMax: number;
  places: Float64Array;
  depthBase: number;
  depthMax: number;
  /** The most every part but the two coverages can add, for any person in the store. */
  rest: number;
}

/** The largest key any score up to `total` can round to (a hair of slack for floating point). */
export const boundKey = (total: number): number => Math.round((total + 1e-9) * 1000) * 2 + 1;

export function prepare(store: CompactStore, role: RoleProfile, graph: SkillGraph, sc: Scratch): RolePrep {
  const n = store.n;
  const { mustVal, niceVal, mustFull } = sc;
  mustVal.fill(0, 0, n);
  niceVal.fill(0, 0, n);
  mustFull.fill(0, 0, n);
  const nsMust = accumulate(store, graph, role.must, mustVal, mustFull, sc, sc.seenMust);
  const nsNice = accumulate(store, graph, role.nice, niceVal, null, sc, sc.seenNice);
  const trackTable = new Float64Array(NT + 1);
  for (let t = 0; t < NT; t++) trackTable[t] = trackValue(TRACKS[t]!, role.track);
  trackTable[NT] = trackValue(null, role.track);
  const rl = levelIndex(role.level);
  const rt = trackIndex(role.track);
  const shares = normalise(role.weights, applicableParts(role));
  const places = placeTable(store, role);
  let maxTrack = 0;
  for (const v of trackTable) maxTrack = Math.max(maxTrack, v);
  let maxPlace = 0;
  for (const v of places) maxPlace = Math.max(maxPlace, v);
  const levelMax = rl < 0 ? 0 : store.max.level[rl]!;
  const depthMax = store.max.depth[rt]!;
  const rest = shares[2]! * maxTrack + shares[3]! * levelMax + shares[4]! * maxPlace + shares[5]! * store.max.avail + shares[6]! * store.max.boom + shares[7]! * depthMax;
  return {
    store,
    roleId: role.id,
    mustN: role.must.length,
    mustVal,
    niceVal,
    mustFull,
    seenMust: sc.seenMust,
    nsMust,
    seenNice: sc.seenNice,
    nsNice,
    shares,
    trackTable,
    levelCol: rl < 0 ? sc.zeros : store.levelFit,
    levelBase: rl < 0 ? 0 : rl * n,
    levelMax,
    places,
    depthBase: rt * n,
    depthMax,
    rest,
  };
}

/**
 * The score key of person i. The same sum, in the same order, as combine() in score.ts, so kept
 * rows' explanations agree with the ranking to the last bit (fillKeys is this, unrolled).
 */
export function keyAt(p: RolePrep, i: number): number {
  const s = p.shares;
  const st = p.store;
  const ti = st.track[i]!;
  let total = 0;
  total += s[0]! * p.mustVal[i]!;
  total += s[1]! * p.niceVal[i]!;
  total += s[2]! * p.trackTable[ti < 0 ? p.trackTable.length - 1 : ti]!;
  total += s[3]! * p.levelCol[p.levelBase + i]!;
  total += s[4]! * p.places[st.place[i]!]!;
  total += s[5]! * st.avail[i]!;
  total += s[6]! * st.boom[i]!;
  total += s[7]! * st.depth[p.depthBase + i]!;
  return Math.round(total * 1000) * 2 + st.eligible[i]!;
}

/** keyAt for everyone, without branches or calls: a role with no level reads a column of zeros. */
export function fillKeys(p: RolePrep, keys: Int32Array): void {
  const [s0, s1, s2, s3, s4, s5, s6, s7] = p.shares as [number, number, number, number, number, number, number, number];
  const { n, track, place, avail, boom, eligible, depth } = p.store;
  const { mustVal, niceVal, trackTable, levelCol, levelBase, places, depthBase } = p;
  const unknownTrack = trackTable.length - 1;
  for (let i = 0; i < n; i++) {
    const ti = track[i]!;
    let total = 0;
    total += s0 * mustVal[i]!;
    total += s1 * niceVal[i]!;
    total += s2 * trackTable[ti < 0 ? unknownTrack : ti]!;
    total += s3 * levelCol[levelBase + i]!;
    total += s4 * places[place[i]!]!;
    total += s5 * avail[i]!;
    total += s6 * boom[i]!;
    total += s7 * depth[depthBase + i]!;
    keys[i] = Math.round(total * 1000) * 2 + eligible[i]!;
  }
}

/** keyAt for the people idx[from..to), written to out[from..to); fillKeys for a list. */
export function keysFor(p: RolePrep, idx: Int32Array, from: number, to: number, out: Int32Array): void {
  const [s0, s1, s2, s3, s4, s5, s6, s7] = p.shares as [number, number, number, number, number, number, number, number];
  const { track, place, avail, boom, eligible, depth } = p.store;
  const { mustVal, niceVal, trackTable, levelCol, levelBase, places, depthBase } = p;
  const unknownTrack = trackTable.length - 1;
  for (let k = from; k < to; k++) {
    const i = idx[k]!;
    const ti = track[i]!;
    let total = 0;
    total += s0 * mustVal[i]!;
    total += s1 * niceVal[i]!;
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
export function isNearMiss(p: RolePrep, i: number): boolean {
  return p.mustN > 0 && p.mustN - p.mustFull[i]! === 1 && (p.mustN >= 2 || p.mustVal[i]! > 0);
}

export interface RoleRanking {
  kept: Kept[];
  scored: number;
  /** above[key] = people with a key ≥ key (so above[key + 1] counts those strictly higher). Exact when not pruned. */
  above: Int32Array;
  pruned: boolean;
}

