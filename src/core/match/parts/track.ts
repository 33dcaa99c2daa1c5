import { TRACK_LABELS, TRACKS, type Track } from '../../../shared/domain';
import type { PartResult } from '../types';

// Track fit. Neighbouring tracks are adjacent, not misses: DevOps fragmented into platform, SRE and
// cloud; MLOps sits between ML and platform. Values are what a hiring manager would say out loud.
const PAIRS: [Track, Track, number][] = [
  ['platform', 'sre', 0.75],
  ['platform', 'cloud_infra', 0.75],
  ['sre', 'cloud_infra', 0.75],
  ['mlops', 'ai_ml', 0.7],
  ['mlops', 'platform', 0.6],
  ['mlops', 'data', 0.5],
  ['mlops', 'sre', 0.4],
  ['mlops', 'cloud_infra', 0.4],
  ['ai_ml', 'data', 0.5],
  ['data', 'platform', 0.3],
  ['data', 'fullstack', 0.25],
  ['fullstack', 'ai_ml', 0.3],
  ['fullstack', 'platform', 0.3],
  ['security', 'cloud_infra', 0.5],
  ['security', 'platform', 0.4],
  ['security', 'sre', 0.4],
];
const UNRELATED = 0.1;
const OTHER = 0.3;
/** A person whose track nobody recorded: neither a match nor a miss. */
export const UNKNOWN_TRACK = 0.4;

const TABLE = new Map<string, number>();
for (const [a, b, v] of PAIRS) {
  TABLE.set(`${a}>${b}`, v);
  TABLE.set(`${b}>${a}`, v);
}

/** Value of a person on `person` track for a role on `role` track. */
export function trackValue(person: Track | null, role: Track): number {
  if (person === null) return UNKNOWN_TRACK;
  if (person === role) return 1;
  if (person === 'other' || role === 'other') return OTHER;
  return TABLE.get(`${person}>${role}`) ?? UNRELATED;
}

/** DevOps is no track of its own any more; a DevOps title reads as platform (adjacent to SRE and cloud). */
const TITLE_TRACKS: [RegExp, Track][] = [
  [/\bml ?ops\b|\bml (platform|infra)|machine learning (platform|infrastructure)|\bllm ?ops\b/i, 'mlops'],
  [/\b(site reliability|sre)\b|\breliability eng/i, 'sre'],
  [/\bplatform\b|\bdev ?ops\b|\bdevsecops\b|\bkubernetes\b|\bbuild (and|&) release\b/i, 'platform'],
  [/\bsecurity\b|\bsecops\b|\bappsec\b/i, 'security'],
  [/\bcloud\b|\binfrastructure\b|\binfra\b|\bnetwork eng/i, 'cloud_infra'],
  [/\b(ml|ai|machine learning|deep learning|llm|nlp|computer vision|applied scientist|research scientist|data scientist)\b/i, 'ai_ml'],
  [/\bdata (engineer|platform|architect)|\banalytics eng|\betl\b|\bbi (engineer|developer)/i, 'data'],
  [/\bfull[- ]?stack\b|\bfront[- ]?end\b|\bback[- ]?end\b|\bweb (developer|engineer)|\bproduct engineer/i, 'fullstack'],
];

export function trackFromTitle(title: string | null): Track | null {
  if (!title) return null;
  for (const [re, t] of TITLE_TRACKS) if (re.test(title)) return t;
  return null;
}

/** The track the engine uses for a person: the recorded one, else what the title says. */
export function effectiveTrack(track: Track | null, title: string | null): Track | null {
  return track ?? trackFromTitle(title);
}

export function trackPart(track: Track | null, title: string | null, role: Track): PartResult {
  const t = effectiveTrack(track, title);
  const value = trackValue(t, role);
  const roleLabel = TRACK_LABELS[role];
  const from = track === null && t !== null ? ` (from the title "${title}")` : '';
  let note: string;
  if (t === null) note = `Track unknown for a ${roleLabel} role.`;
  else if (value === 1) note = `${TRACK_LABELS[t]} background${from}, ${roleLabel} role.`;
  else if (value > UNRELATED) {
    const devops = title && /\bdev ?ops\b/i.test(title) ? 'DevOps' : TRACK_LABELS[t];
    note = `${devops} background${from} is adjacent to ${roleLabel} (${Math.round(value * 100)}%).`;
  } else note = `${TRACK_LABELS[t]} background${from}, not a ${roleLabel} track.`;
  return { value, note, applicable: true };
}

export const TRACK_INDEX: Record<Track, number> = Object.fromEntries(TRACKS.map((t, i) => [t, i])) as Record<Track, number>;
