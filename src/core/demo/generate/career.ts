import type { Track } from '../../../shared/domain';
import type { Rng } from './rng';
import { PROFILE_BY_TRACK, SOFT_TERMS, SPELLINGS, TOURIST_EXTRAS, TRACK_PROFILES, type LevelKey, type TrackProfile } from './data/tracks';

// What a person does: track, level, years, and skills and titles coherent with both. Three kinds
// of people: depth specialists (few skills, all central to the track, production evidence),
// regulars, and "framework tourists" (long shallow lists across every fashion).

export type Archetype = 'specialist' | 'regular' | 'tourist';

export interface Career {
  track: Track;
  level: LevelKey;
  years: number;
  archetype: Archetype;
  /** Canonical skill names, most central first. */
  skills: string[];
  title: string;
}

export const LEVEL_MIX: [LevelKey, number][] = [['junior', 17], ['mid', 31], ['senior', 31], ['staff', 8], ['principal', 2], ['manager', 8], ['director', 3]];
const YEARS: Record<LevelKey, [number, number]> = { junior: [0.5, 3], mid: [2, 7], senior: [5, 13], staff: [8, 18], principal: [11, 25], manager: [7, 20], director: [12, 28] };

/** Tracks that sit next to each other: where people move and what they pick up. */
const NEAR: Partial<Record<Track, Track[]>> = {
  ai_ml: ['mlops', 'data'], mlops: ['ai_ml', 'platform'], platform: ['sre', 'cloud_infra'], sre: ['platform', 'cloud_infra'],
  cloud_infra: ['platform', 'sre'], fullstack: ['platform', 'data'], data: ['ai_ml', 'fullstack'], security: ['cloud_infra', 'platform'], other: ['data'],
};

function yearsFor(level: LevelKey, rng: Rng): number {
  const [lo, hi] = YEARS[level];
  return Math.round(rng.around((lo + hi) / 2, (hi - lo) / 4, lo, hi) * 2) / 2;
}

function archetypeFor(level: LevelKey, track: Track, rng: Rng): Archetype {
  if (track === 'other') return 'regular';
  const tourist = level === 'junior' ? 0.32 : level === 'mid' ? 0.24 : 0.1;
  const specialist = level === 'junior' ? 0.12 : level === 'senior' || level === 'staff' || level === 'principal' ? 0.34 : 0.22;
  const r = rng.next();
  return r < tourist ? 'tourist' : r < tourist + specialist ? 'specialist' : 'regular';
}

function pickSkills(p: TrackProfile, level: LevelKey, archetype: Archetype, rng: Rng): string[] {
  const senior = level !== 'junior' && level !== 'mid';
  const out: string[] = [];
  const add = (xs: string[]) => {
    for (const x of xs) if (!out.includes(x)) out.push(x);
  };
  // The first core skills are the track's heart: nearly everyone on it has them.
  const heart = p.core.slice(0, 3).filter(() => rng.chance(0.85));
  if (archetype === 'specialist') {
    add(heart);
    add(rng.sample(p.core.slice(3), rng.int(senior ? 3 : 2, 5)));
    add(rng.sample(p.common, rng.int(1, 3)));
  } else if (archetype === 'regular') {
    add(heart);
    add(rng.sample(p.core.slice(3), rng.int(1, senior ? 4 : 3)));
    add(rng.sample(p.common, rng.int(3, 6)));
    add(rng.sample(p.tools, rng.int(0, 3)));
    const near = NEAR[p.track];
    if (near && rng.chance(0.45)) add(rng.sample(PROFILE_BY_TRACK.get(rng.pick(near))!.common, rng.int(1, 2)));
  } else {
    add(heart.slice(0, rng.int(1, 3)));
    add(rng.sample(p.common, rng.int(2, 5)));
    add(rng.sample(TOURIST_EXTRAS, rng.int(9, 18)));
    add(rng.sample(p.tools, rng.int(2, 5)));
    add(rng.sample(PROFILE_BY_TRACK.get(rng.pick(TRACK_PROFILES).track)!.tools, rng.int(1, 3)));
  }
  if (level === 'manager' || level === 'director') add(['People management']);
  if (archetype !== 'specialist' && rng.chance(archetype === 'tourist' ? 0.7 : 0.2)) add(rng.sample(SOFT_TERMS, rng.int(1, 3)));
  return out;
}

export function makeCareer(rng: Rng, track: Track, level?: LevelKey): Career {
  const lv = level ?? rng.weighted(LEVEL_MIX);
  const p = PROFILE_BY_TRACK.get(track)!;
  const archetype = archetypeFor(lv, track, rng);
  return { track, level: lv, years: yearsFor(lv, rng), archetype, skills: pickSkills(p, lv, archetype, rng), title: rng.pick(p.titles[lv]) };
}

/** A skill as a person writes it: usually its canonical name, sometimes a common alias. */
export function spell(skill: string, rng: Rng, aliasRate = 0.3): string {
  const alts = SPELLINGS[skill];
  return alts && rng.chance(aliasRate) ? rng.pick(alts) : skill;
}

/** A skills cell: spelled skills joined the way this kind of sheet joins them. */
export function skillsCell(skills: readonly string[], rng: Rng, sep: string, aliasRate = 0.3): string {
  const spelled = skills.map((s) => spell(s, rng, aliasRate));
  // A few people write the deep-learning pair the way they say it.
  const i = spelled.indexOf('PyTorch');
  if (i >= 0 && skills.includes('TensorFlow') && rng.chance(0.5)) {
    spelled[i] = 'PyTorch/TF';
    spelled.splice(spelled.indexOf('TensorFlow'), 1);
  }
  return spelled.join(sep);
}

const ADJ: Record<LevelKey, string> = { junior: 'Early-career', mid: 'Mid-level', senior: 'Senior', staff: 'Staff-level', principal: 'Principal-level', manager: 'Hands-on', director: 'Seasoned' };
const NOUN: Record<Track, string> = {
  ai_ml: 'machine learning engineer', mlops: 'ML platform engineer', platform: 'platform engineer', sre: 'site reliability engineer', cloud_infra: 'cloud infrastructure engineer',
  fullstack: 'full-stack engineer', data: 'data engineer', security: 'security engineer', other: 'product and operations professional',
};

/** A short résumé summary in the person's own voice, coherent with their career. */
export function summaryFor(c: Career, company: string, rng: Rng): string {
  const p = PROFILE_BY_TRACK.get(c.track)!;
  const noun = c.level === 'manager' ? 'engineering manager' : c.level === 'director' ? 'engineering leader' : NOUN[c.track];
  const yrs = `${c.years} year${c.years === 1 ? '' : 's'}`;
  const [a, b, d] = c.skills;
  if (c.archetype === 'specialist') {
    return `${ADJ[c.level]} ${noun} with ${yrs} of experience. At ${company} I ${rng.pick(p.work)}. Deep in ${a ?? 'my craft'}${b ? ` and ${b}` : ''}; I own what I ship in production, on call included.`;
  }
  if (c.archetype === 'tourist') {
    const many = rng.sample(c.skills, 6).join(', ');
    return `Passionate technologist and lifelong learner with ${yrs} across many stacks. Hands-on with ${many} and more. Built side projects and hackathon demos; always exploring the latest frameworks.`;
  }
  return `${noun.charAt(0).toUpperCase()}${noun.slice(1)} with ${yrs} working with ${[a, b, d].filter(Boolean).join(', ')}. Most recently at ${company}, where I ${rng.pick(p.work)}.`;
}
