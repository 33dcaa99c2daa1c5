import { LEVELS, SOURCE_KINDS, TRACKS, type Level, type SourceKind, type Track } from '../../shared/domain';
import type { AlumniFacts, PersonProfile } from './types';

// What explanations need of a person, kept column by column beside the compact store, so the
// kept rows of a run are explained without reading SQLite again. Repeated strings (titles,
// places, dates, skill names) are held once. The summary is not kept: depth facts already are.

const NO_TRACK = -1;

export class ProfileColumns {
  private readonly strings = new Map<string, string>();
  readonly title: (string | null)[] = [];
  readonly track: number[] = [];
  readonly level: number[] = [];
  readonly location: (string | null)[] = [];
  readonly country: (string | null)[] = [];
  readonly remote: (PersonProfile['remotePref'])[] = [];
  readonly relocate: (boolean | null)[] = [];
  readonly availableOn: (string | null)[] = [];
  readonly layoff: (PersonProfile['layoff'])[] = [];
  readonly sources: number[] = [];
  readonly alumni = new Map<number, AlumniFacts>();
  /** The display name of each skill id, and each person's raw text per skill, parallel to the store's CSR. */
  readonly skillName: string[] = [];
  readonly name: string[] = [];
  readonly raw: string[] = [];

  private intern(s: string | null): string | null {
    if (s === null) return null;
    const hit = this.strings.get(s);
    if (hit !== undefined) return hit;
    this.strings.set(s, s);
    return s;
  }

  /** Adds person number `index`; `skills` are the person's skill ids in store order with their raw text. */
  add(index: number, p: PersonProfile, skills: readonly { id: number; name: string; raw: string }[]): void {
    this.title.push(this.intern(p.title));
    this.track.push(p.track === null ? NO_TRACK : TRACKS.indexOf(p.track));
    this.level.push(p.level === null ? -1 : LEVELS.indexOf(p.level));
    this.location.push(this.intern(p.location));
    this.country.push(this.intern(p.country));
    this.remote.push(p.remotePref);
    this.relocate.push(p.relocate);
    this.availableOn.push(this.intern(p.availableOn));
    this.layoff.push(p.layoff);
    this.sources.push(p.sources.reduce((m, s) => m | (SOURCE_KINDS.indexOf(s) >= 0 ? 1 << SOURCE_KINDS.indexOf(s) : 0), 0));
    if (p.alumni) this.alumni.set(index, p.alumni);
    for (const s of skills) {
      if (this.skillName[s.id] === undefined) this.skillName[s.id] = s.name;
      const name = s.name === this.skillName[s.id] ? this.skillName[s.id]! : s.name;
      this.name.push(name);
      this.raw.push(s.raw === name ? name : s.raw);
    }
  }
}

/**
 * Person `i` as the engine saw them when the store was built, skills in store order. The summary
 * is left out: pass the store's depth facts alongside (see Explainer).
 */
export function profileFromColumns(c: ProfileColumns, i: number, id: number, yearsExp: number | null, skills: { from: number; to: number; ids: Int32Array }): PersonProfile {
  const own: { skill: string; raw: string }[] = [];
  for (let k = skills.from; k < skills.to; k++) own.push({ skill: c.name[k]!, raw: c.raw[k]! });
  const t = c.track[i]!;
  const l = c.level[i]!;
  const mask = c.sources[i]!;
  return {
    id,
    title: c.title[i]!,
    track: t === NO_TRACK ? null : (TRACKS[t] as Track),
    level: l < 0 ? null : (LEVELS[l] as Level),
    yearsExp,
    location: c.location[i]!,
    country: c.country[i]!,
    remotePref: c.remote[i]!,
    relocate: c.relocate[i]!,
    availableOn: c.availableOn[i]!,
    layoff: c.layoff[i]!,
    sources: SOURCE_KINDS.filter((_, b) => mask & (1 << b)) as SourceKind[],
    summary: null,
    skills: own,
    alumni: c.alumni.get(i) ?? null,
  };
}
