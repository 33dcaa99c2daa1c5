import type { SkillHit } from '../../shared/domain';
import type { SkillDef, SkillsReading } from './types';

// Aliases two skills share. "TF" is TensorFlow to an ML engineer and Terraform to a platform
// engineer ("k8s, TF, golang"; "TF modules, Terragrunt"): the skills read beside it decide, by the
// tracks they belong to. Without a majority for the other, the first is kept.

const SHARED: Readonly<Record<string, readonly [string, string]>> = { TF: ['TensorFlow', 'Terraform'] };

/** Whether a text may hold an alias two skills share (a cheap test before reading it whole for them). */
export const mayHoldSharedAlias = (text: string): boolean => Object.keys(SHARED).some((alias) => text.includes(alias));

/** Whether a skill's text is an alias two skills share (its skill depends on what is read beside it). */
export const isSharedAlias = (raw: string): boolean => raw.length <= 3 && SHARED[raw] !== undefined;

/** Takes, for each shared alias in a reading, the skill the rest of the reading points to. */
export function settleShared(reading: SkillsReading, get: (name: string) => SkillDef | undefined): SkillsReading {
  const hits = reading.skills;
  let at = -1;
  for (let i = 0; i < hits.length; i++) if (hits[i]!.raw.length <= 3 && SHARED[hits[i]!.raw]) at = i;
  if (at < 0) return reading;
  const [usual, other] = SHARED[hits[at]!.raw]!;
  const usualDef = get(usual);
  const otherDef = get(other);
  if (!usualDef || !otherDef || hits[at]!.name !== usual) return reading;
  let forUsual = 0;
  let forOther = 0;
  for (let i = 0; i < hits.length; i++) {
    if (i === at) continue;
    const tracks = get(hits[i]!.name)?.tracks ?? [];
    if (tracks.some((t) => usualDef.tracks.includes(t))) forUsual++;
    if (tracks.some((t) => otherDef.tracks.includes(t))) forOther++;
  }
  if (forOther <= forUsual) return reading;
  const settled: SkillHit = { name: other, raw: hits[at]!.raw, track: otherDef.tracks[0] ?? null };
  const skills = hits.some((h) => h.name === other) ? hits.filter((_, i) => i !== at) : hits.map((h, i) => (i === at ? settled : h));
  return { skills, unknown: reading.unknown };
}
