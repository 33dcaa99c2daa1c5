import { LEVELS, TRACKS, type Level, type Track } from '../../shared/domain';
import type { PersonProfile, SkillGraph } from './types';
import { TRACK_INDEX, effectiveTrack } from './parts/track';
import { levelValue } from './parts/level';
import { locationPart, placeKey, type PersonPlace, type RolePlace } from './parts/location';
import { availabilityValue } from './parts/availability';
import { boomerangValue } from './parts/boomerang';
import { depthFacts, depthValue, SIGNAL_NAMES, type DepthFacts } from './parts/depth';
import { ProfileColumns, profileFromColumns } from './columns';
import type { SkillSet } from './parts/skills';

// Everyone, as flat typed arrays: skills as interned integer ids (person → skills, and the
// inverted skill → people postings), and every part that does not depend on the role's skills
// precomputed by the same pure functions the explanation uses. Role-dependent values that depend
// on only a few role facts (level, track, place) are kept per possible role value.

const NL = LEVELS.length;
const NT = TRACKS.length;

export interface CompactStore {
  n: number;
  /** Person id by index, ascending. */
  ids: Int32Array;
  skillIds: Map<string, number>;
  /** The key of each skill id (skillIds reversed), built when first needed. */
  keyOfId?: string[];
  /** CSR: skills of person i are skills[start[i] .. start[i+1]). */
  start: Int32Array;
  skills: Int32Array;
  /** CSR postings: people with skill s are people[pStart[s] .. pStart[s+1]), ascending. */
  pStart: Int32Array;
  people: Int32Array;
  /** Track index by person; -1 unknown. */
  track: Int8Array;
  /** levelFit[roleLevelIndex * n + i]: one column per role level, so a role reads it in order. */
  levelFit: Float64Array;
  place: Int32Array;
  places: PersonPlace[];
  placeTables: Map<string, Float64Array>;
  avail: Float64Array;
  boom: Float64Array;
  eligible: Uint8Array;
  /** Former employees (any alumni record), by index: match_best is kept for them. */
  alumni: Int32Array;
  /** The largest value of each role-independent column, for upper bounds when pruning. */
  max: { avail: number; boom: number; level: Float64Array; depth: Float64Array };
  /** depth[roleTrackIndex * n + i]. */
  depth: Float64Array;
  /** What explanations need of each person, so kept rows are explained without SQLite. */
  columns: ProfileColumns;
  /** The facts depth was computed from, so explanations need not read summaries again. */
  facts: { signals: Uint8Array; skillCount: Int32Array; inTrack: Uint16Array; years: Float64Array };
  asOf: string;
  graphSignature: string;
}

/** A typed array that grows as values are appended. */
class Grow<T extends Int32Array | Float64Array | Int8Array | Uint8Array | Uint16Array> {
  len = 0;
  constructor(
    public arr: T,
    private make: (n: number) => T,
  ) {}
  push(v: number): void {
    if (this.len === this.arr.length) {
      const next = this.make(Math.max(16, this.arr.length * 2));
      next.set(this.arr);
      this.arr = next;
    }
    this.arr[this.len++] = v;
  }
  done(): T {
    return this.arr.slice(0, this.len) as T;
  }
}
const i32 = (n: number) => new Grow(new Int32Array(n), (m) => new Int32Array(m));
const f64 = (n: number) => new Grow(new Float64Array(n), (m) => new Float64Array(m));

/** Builds the store from profiles in ascending id order (as iterateProfiles yields them). */
export function buildStore(profiles: Iterable<PersonProfile>, graph: SkillGraph, asOf: string, expected = 1024): CompactStore {
  const ids = i32(expected);
  const start = i32(expected + 1);
  const skills = i32(expected * 8);
  const skillIds = new Map<string, number>();
  const track = new Grow(new Int8Array(expected), (m) => new Int8Array(m));
  const levelFit = f64(expected * NL);
  const placeIds = new Map<string, number>();
  const places: PersonPlace[] = [];
  const place = i32(expected);
  const avail = f64(expected);
  const boom = f64(expected);
  const eligible = new Grow(new Uint8Array(expected), (m) => new Uint8Array(m));
  const alumni = i32(64);
  const depth = f64(expected * NT);
  const signals = new Grow(new Uint8Array(expected), (m) => new Uint8Array(m));
  const skillCount = i32(expected);
  const inTrack = new Grow(new Uint16Array(expected * NT), (m) => new Uint16Array(m));
  const years = f64(expected);
  const trackList = TRACKS;
  const cols = new ProfileColumns();
  const own: { id: number; name: string; raw: string }[] = [];
  start.push(0);
  let last = -Infinity;
  for (const p of profiles) {
    if (p.id <= last) throw new Error('profiles must come in ascending id order');
    last = p.id;
    ids.push(p.id);
    own.length = 0;
    for (const s of p.skills) {
      const name = graph.canonical(s.skill);
      const key = name.toLowerCase();
      let id = skillIds.get(key);
      if (id === undefined) skillIds.set(key, (id = skillIds.size));
      // The first spelling of a skill wins, as in toSkillSet().
      if (!own.some((o) => o.id === id)) own.push({ id, name, raw: s.raw });
    }
    own.sort((a, b) => a.id - b.id);
    for (const o of own) skills.push(o.id);
    start.push(skills.len);
    cols.add(ids.len - 1, p, own);
    const t = effectiveTrack(p.track, p.title);
    track.push(t === null ? -1 : TRACK_INDEX[t]);
    for (const rl of LEVELS) levelFit.push(levelValue(p.level, p.yearsExp, rl));
    const pp: PersonPlace = { location: p.location, country: p.country, remotePref: p.remotePref, relocate: p.relocate };
    const pk = placeKey(pp);
    let pid = placeIds.get(pk);
    if (pid === undefined) {
      placeIds.set(pk, (pid = places.length));
      places.push(pp);
    }
    place.push(pid);
    avail.push(availabilityValue(p, asOf));
    boom.push(boomerangValue(p.alumni));
    eligible.push(p.alumni?.rehire === 'eligible' ? 1 : 0);
    if (p.alumni) alumni.push(ids.len - 1);
    const f = depthFacts(p, graph);
    for (const rt of trackList) {
      depth.push(depthValue(f, rt));
      inTrack.push(f.inTrack[rt] ?? 0);
    }
    signals.push(f.signals.reduce((m, name) => m | (1 << SIGNAL_NAMES.indexOf(name)), 0));
    skillCount.push(f.skillCount);
    years.push(f.yearsExp ?? NaN);
  }
  const n = ids.len;
  const levelCols = columns(levelFit.done(), n, NL);
  const depthCols = columns(depth.done(), n, NT);
  const availArr = avail.done();
  const boomArr = boom.done();
  const colMax = (a: Float64Array, from: number, to: number) => {
    let m = 0;
    for (let k = from; k < to; k++) if (a[k]! > m) m = a[k]!;
    return m;
  };
  const skillArr = skills.done();
  const startArr = start.done();
  // Postings by counting sort: people come out ascending because persons are visited in order.
  const counts = new Int32Array(skillIds.size + 1);
  for (let k = 0; k < skillArr.length; k++) counts[skillArr[k]! + 1]!++;
  for (let s = 0; s < skillIds.size; s++) counts[s + 1]! += counts[s]!;
  const pStart = Int32Array.from(counts);
  const fill = Int32Array.from(counts);
  const people = new Int32Array(skillArr.length);
  for (let i = 0; i < n; i++) for (let k = startArr[i]!; k < startArr[i + 1]!; k++) people[fill[skillArr[k]!]!++] = i;
  return {
    n,
    ids: ids.done(),
    skillIds,
    start: startArr,
    skills: skillArr,
    pStart,
    people,
    track: track.done(),
    levelFit: levelCols,
    place: place.done(),
    places,
    placeTables: new Map(),
    avail: availArr,
    boom: boomArr,
    eligible: eligible.done(),
    alumni: alumni.done(),
    max: {
      avail: colMax(availArr, 0, n),
      boom: colMax(boomArr, 0, n),
      level: Float64Array.from(LEVELS, (_, c) => colMax(levelCols, c * n, (c + 1) * n)),
      depth: Float64Array.from(TRACKS, (_, c) => colMax(depthCols, c * n, (c + 1) * n)),
    },
    depth: depthCols,
    columns: cols,
    keyOfId: undefined,
    facts: { signals: signals.done(), skillCount: skillCount.done(), inTrack: inTrack.done(), years: years.done() },
    asOf,
    graphSignature: graph.signature,
  };
}

/** The depth facts of person `i`, exactly as depthFacts() read them when the store was built. */
export function depthFactsAt(store: CompactStore, i: number): DepthFacts {
  const { signals, skillCount, inTrack, years } = store.facts;
  const mask = signals[i]!;
  const counts: DepthFacts['inTrack'] = {};
  TRACKS.forEach((t, k) => {
    const c = inTrack[i * NT + k]!;
    if (c) counts[t] = c;
  });
  const y = years[i]!;
  return { signals: SIGNAL_NAMES.filter((_, b) => mask & (1 << b)), skillCount: skillCount[i]!, inTrack: counts, yearsExp: Number.isNaN(y) ? null : y };
}

/** Person `i` as the store holds them (no summary; depth facts come from depthFactsAt). */
export function profileAt(store: CompactStore, i: number): PersonProfile {
  const y = store.facts.years[i]!;
  return profileFromColumns(store.columns, i, store.ids[i]!, Number.isNaN(y) ? null : y, { from: store.start[i]!, to: store.start[i + 1]!, ids: store.skills });
}

/** Person `i`'s skills keyed as toSkillSet() keys them, straight from the store (no taxonomy lookups). */
export function skillSetAt(store: CompactStore, i: number): SkillSet {
  if (!store.keyOfId) {
    store.keyOfId = [];
    for (const [key, id] of store.skillIds) store.keyOfId[id] = key;
  }
  const set = new Map<string, { skill: string; raw: string }>();
  const c = store.columns;
  for (let k = store.start[i]!; k < store.start[i + 1]!; k++) set.set(store.keyOfId[store.skills[k]!]!, { skill: c.name[k]!, raw: c.raw[k]! });
  return set;
}

/** Index of a person id in an ascending id array (a store's `ids`), or -1. */
export function indexOfId(ids: Int32Array, id: number): number {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = ids[mid]!;
    if (v === id) return mid;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Row-major (person by person) to column-major (value by value). */
function columns(rows: Float64Array, n: number, width: number): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < n; i++) for (let c = 0; c < width; c++) out[c * n + i] = rows[i * width + c]!;
  return out;
}

/** Location fit of every distinct place for a role's place; roles share few places, so it is cached. */
export function placeTable(store: CompactStore, role: RolePlace): Float64Array {
  const key = `${role.location ?? ''}\u0001${role.remotePolicy ?? ''}`;
  let t = store.placeTables.get(key);
  if (!t) {
    t = new Float64Array(store.places.length);
    for (let k = 0; k < store.places.length; k++) t[k] = locationPart(store.places[k]!, role).value;
    store.placeTables.set(key, t);
  }
  return t;
}

export const levelIndex = (l: Level | null): number => (l === null ? -1 : LEVELS.indexOf(l));
export const trackIndex = (t: Track): number => TRACK_INDEX[t];
export { NL, NT };

/** Rough bytes held by the store's arrays (for the benchmark's memory line). */
export function storeBytes(s: CompactStore): number {
  const f = s.facts;
  return [s.ids, s.start, s.skills, s.pStart, s.people, s.track, s.levelFit, s.place, s.avail, s.boom, s.eligible, s.alumni, s.depth, f.signals, f.skillCount, f.inTrack, f.years].reduce((a, x) => a + x.byteLength, 0);
}
