import { LEVELS, TRACKS, type Level, type Track } from '../../shared/domain';
import type { PersonProfile, SkillGraph } from './types';
import { TRACK_INDEX, effectiveTrack } from './parts/track';
import { levelValue } from './parts/level';
import { locationPart, placeKey, type PersonPlace, type RolePlace } from './parts/location';
import { availabilityValue } from './parts/availability';
import { boomerangValue } from './parts/boomerang';
import { depthFactsOf, depthValue, SIGNAL_NAMES, type DepthFacts } from './parts/depth';
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

/** Builds the store from profiles in ascending id order (as iterateProfiles yields them). */
export function buildStore(profiles: Iterable<PersonProfile>, graph: SkillGraph, asOf: string, expected = 1024): CompactStore {
  // Plain arrays while reading (one element kind each, so pushes stay fast), typed arrays at the end.
  const ids: number[] = [];
  const start: number[] = [0];
  const skills: number[] = [];
  const skillIds = new Map<string, number>();
  const track: number[] = [];
  const placeIds = new Map<string, number>();
  const places: PersonPlace[] = [];
  const place: number[] = [];
  const avail: number[] = [];
  const boom: number[] = [];
  const eligible: number[] = [];
  const alumni: number[] = [];
  const signals: number[] = [];
  const skillCount: number[] = [];
  // The wide per-person rows (level fit by level, depth and skills by track) go straight into typed
  // arrays sized for the expected count: as plain arrays they held ~60 MB more while reading.
  let cap = Math.max(16, expected);
  let levelRows = new Float64Array(cap * NL);
  let depthRows = new Float64Array(cap * NT);
  let inTrackRows = new Uint16Array(cap * NT);
  const years: number[] = [];
  const trackList = TRACKS;
  const cols = new ProfileColumns();
  const own: { id: number; name: string; raw: string }[] = [];
  const names: string[] = [];
  // A store reads the same few skill spellings a million times: resolve each spelling once.
  const bySpelling = new Map<string, { id: number; name: string }>();
  const tracksByName = new Map<string, readonly Track[]>();
  const tracksOf = (name: string) => tracksByName.get(name) ?? tracksByName.set(name, graph.tracksOf(name)).get(name)!;
  /** seenBy[skill id] = the last person (index + 1) listed with it, to keep each person's first spelling only. */
  let seenBy = new Int32Array(256);
  let last = -Infinity;
  for (const p of profiles) {
    if (p.id <= last) throw new Error('profiles must come in ascending id order');
    last = p.id;
    const i = ids.length;
    ids.push(p.id);
    if (i === cap) {
      cap *= 2;
      levelRows = growF64(levelRows, cap * NL);
      depthRows = growF64(depthRows, cap * NT);
      inTrackRows = growU16(inTrackRows, cap * NT);
    }
    own.length = 0;
    for (const s of p.skills) {
      let sp = bySpelling.get(s.skill);
      if (!sp) {
        const name = graph.canonical(s.skill);
        const key = name.toLowerCase();
        let id = skillIds.get(key);
        if (id === undefined) skillIds.set(key, (id = skillIds.size));
        bySpelling.set(s.skill, (sp = { id, name }));
      }
      const id = sp.id;
      if (id >= seenBy.length) {
        const grown = new Int32Array(seenBy.length * 2);
        grown.set(seenBy);
        seenBy = grown;
      }
      // The first spelling of a skill wins, as in toSkillSet().
      if (seenBy[id] !== ids.length) {
        seenBy[id] = ids.length;
        own.push({ id, name: sp.name, raw: s.raw });
      }
    }
    // Depth facts over the skills in the order they were listed (as depthFacts() reads them).
    names.length = 0;
    for (const o of own) names.push(o.name);
    // By skill id; lists are short, so an insertion sort beats sort() with a comparator.
    for (let k = 1; k < own.length; k++) {
      const o = own[k]!;
      let m = k - 1;
      for (; m >= 0 && own[m]!.id > o.id; m--) own[m + 1] = own[m]!;
      own[m + 1] = o;
    }
    for (const o of own) skills.push(o.id);
    start.push(skills.length);
    cols.add(ids.length - 1, p, own);
    const t = effectiveTrack(p.track, p.title);
    track.push(t === null ? -1 : TRACK_INDEX[t]);
    for (let c = 0; c < NL; c++) levelRows[i * NL + c] = levelValue(p.level, p.yearsExp, LEVELS[c]!);
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
    if (p.alumni) alumni.push(ids.length - 1);
    const f = depthFactsOf(p, names, tracksOf);
    for (let c = 0; c < NT; c++) {
      depthRows[i * NT + c] = depthValue(f, trackList[c]!);
      inTrackRows[i * NT + c] = f.inTrack[trackList[c]!] ?? 0;
    }
    signals.push(f.signals.reduce((m, name) => m | (1 << SIGNAL_NAMES.indexOf(name)), 0));
    skillCount.push(f.skillCount);
    years.push(f.yearsExp ?? NaN);
  }
  const n = ids.length;
  const levelCols = columns(levelRows, n, NL);
  const depthCols = columns(depthRows, n, NT);
  const availArr = Float64Array.from(avail);
  const boomArr = Float64Array.from(boom);
  const colMax = (a: Float64Array, from: number, to: number) => {
    let m = 0;
    for (let k = from; k < to; k++) if (a[k]! > m) m = a[k]!;
    return m;
  };
  const skillArr = Int32Array.from(skills);
  const startArr = Int32Array.from(start);
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
    ids: Int32Array.from(ids),
    skillIds,
    start: startArr,
    skills: skillArr,
    pStart,
    people,
    track: Int8Array.from(track),
    levelFit: levelCols,
    place: Int32Array.from(place),
    places,
    placeTables: new Map(),
    avail: availArr,
    boom: boomArr,
    eligible: Uint8Array.from(eligible),
    alumni: Int32Array.from(alumni),
    max: {
      avail: colMax(availArr, 0, n),
      boom: colMax(boomArr, 0, n),
      level: Float64Array.from(LEVELS, (_, c) => colMax(levelCols, c * n, (c + 1) * n)),
      depth: Float64Array.from(TRACKS, (_, c) => colMax(depthCols, c * n, (c + 1) * n)),
    },
    depth: depthCols,
    columns: cols,
    keyOfId: undefined,
    facts: { signals: Uint8Array.from(signals), skillCount: Int32Array.from(skillCount), inTrack: inTrackRows.slice(0, n * NT), years: Float64Array.from(years) },
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

const growF64 = (a: Float64Array, len: number) => {
  const b = new Float64Array(len);
  b.set(a);
  return b;
};
const growU16 = (a: Uint16Array, len: number) => {
  const b = new Uint16Array(len);
  b.set(a);
  return b;
};

/** Row-major (person by person) to column-major (value by value); rows beyond n are ignored. */
function columns(rows: Float64Array, n: number, width: number): Float64Array {
  const out = new Float64Array(n * width);
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
