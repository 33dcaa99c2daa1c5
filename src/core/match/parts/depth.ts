import { TRACK_LABELS, type Track } from '../../../shared/domain';
import type { PartResult, SkillGraph } from '../types';

// Depth over breadth: evidence of owning production work, focus in the role's track, and years,
// versus a long list of frameworks with nothing behind it.
const SIGNALS: [string, RegExp][] = [
  ['production', /\bproduction\b|\bin prod\b/i],
  ['on-call', /\bon[- ]?call\b|\bpager\b|\bincident/i],
  ['ownership', /\bown(ed|s|ing|ership)?\b|\bled\b|\blead (the|a|our)\b|\bresponsible for\b/i],
  ['scale', /\bscal(ed|ing|e to)\b|\bmillions?\b|\bbillions?\b|\b\d+(\.\d+)?\s?(k|m|b)?\+?\s?(rps|qps|tps|requests|users|nodes|clusters|gpus|tb|pb|events|messages|records|rows|queries|transactions|accounts|customers|services)\b/i],
  ['shipped', /\bshipped\b|\blaunched\b|\bdelivered\b|\bbuilt and (ran|run|operated)\b|\bdeployed\b/i],
  ['reliability', /\bslos?\b|\bslis?\b|\bslas?\b|\buptime\b|\b99\.9+%?|\blatency\b|\bpostmortems?\b/i],
  ['migration', /\bmigrat(ed|ion|ing)\b|\bcut over\b|\brolled out\b|\bmoved\b[^.]{0,40}\b(into|onto)\b|\bmoved\b[^.]{0,30}\bfrom\b[^.]{0,30}\bto\b/i],
  ['impact', /\b(cut|reduced|saved|improved|increased|lowered)\b[^.]{0,40}(\b\d+(\.\d+)?\s?(%|x\b|percent)|\$\s?\d)/i],
];
export const DEPTH = {
  prod: 0.5,
  focus: 0.35,
  years: 0.15,
  /** Signals for full production credit. */
  signalsForFull: 4,
  /** Focus is measured against at least this many skills, so two listed skills are not "deep". */
  focusFloor: 5,
  yearsForFull: 8,
  unknownYears: 0.3,
  /** Above this many skills with little production evidence, the list reads as shallow. */
  longList: 20,
  shallowFloor: 0.6,
} as const;

export const SIGNAL_NAMES: readonly string[] = SIGNALS.map(([name]) => name);

/** Which kinds of production evidence a summary and title show. */
export function productionSignals(text: string): string[] {
  return SIGNALS.filter(([, re]) => re.test(text)).map(([name]) => name);
}

export interface DepthFacts {
  signals: string[];
  /** Skills the taxonomy knows, and of those how many belong to each track. */
  skillCount: number;
  inTrack: Partial<Record<Track, number>>;
  yearsExp: number | null;
}

/** The role-independent facts depth is computed from; computed once per person. */
export function depthFacts(p: { title: string | null; summary: string | null; yearsExp: number | null; skills: readonly { skill: string }[] }, graph: SkillGraph): DepthFacts {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const s of p.skills) {
    const name = graph.canonical(s.skill);
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return depthFactsOf(p, names, (name) => graph.tracksOf(name));
}

/** depthFacts() for skills already canonical and de-duplicated (the first spelling of each kept). */
export function depthFactsOf(p: { title: string | null; summary: string | null; yearsExp: number | null }, names: readonly string[], tracksOf: (name: string) => readonly Track[]): DepthFacts {
  const signals = productionSignals(`${p.title ?? ''}\n${p.summary ?? ''}`);
  const inTrack: Partial<Record<Track, number>> = {};
  for (const name of names) for (const t of tracksOf(name)) inTrack[t] = (inTrack[t] ?? 0) + 1;
  return { signals, skillCount: names.length, inTrack, yearsExp: p.yearsExp };
}

const isShallow = (f: DepthFacts) => f.skillCount > DEPTH.longList && Math.min(1, f.signals.length / DEPTH.signalsForFull) < 0.5;

export function depthValue(f: DepthFacts, role: Track): number {
  const prod = Math.min(1, f.signals.length / DEPTH.signalsForFull);
  const focus = (f.inTrack[role] ?? 0) / Math.max(f.skillCount, DEPTH.focusFloor);
  const years = f.yearsExp === null ? DEPTH.unknownYears : Math.min(1, Math.max(0, f.yearsExp) / DEPTH.yearsForFull);
  const value = DEPTH.prod * prod + DEPTH.focus * focus + DEPTH.years * years;
  return isShallow(f) ? value * Math.max(DEPTH.shallowFloor, DEPTH.longList / f.skillCount) : value;
}

export function depthPart(f: DepthFacts, role: Track): PartResult {
  const value = depthValue(f, role);
  const inTrack = f.inTrack[role] ?? 0;
  const shallow = isShallow(f);
  const evidence = f.signals.length ? `production evidence: ${f.signals.join(', ')}` : 'no production evidence in the summary';
  const focusText = `${inTrack} of ${f.skillCount} skills in ${TRACK_LABELS[role]}`;
  const yearsText = f.yearsExp === null ? 'years unknown' : `${Math.round(f.yearsExp)} years`;
  const shallowText = shallow ? `; a long list of ${f.skillCount} skills with little behind it` : '';
  const note = `${evidence[0]!.toUpperCase()}${evidence.slice(1)}; ${focusText}; ${yearsText}${shallowText}.`;
  return { value, note, applicable: true, ...(shallow ? { flags: ['shallow_list'] } : {}) };
}
