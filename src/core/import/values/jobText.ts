import type { RemotePolicy } from '../../../shared/domain';
import type { SkillsReading } from '../../skills/types';

// An ATS job report (Greenhouse "Jobs", Workday requisitions) often has no skills columns: the
// must-haves are in the description's prose. Sentences that say "nice", "bonus", "plus" or
// "preferred" give nice-to-haves, and so do the lines under a heading that says so ("Nice to
// have:"); the rest give must-haves (a skill in both is a must-have).

const NICE = /\b(nice|bonus|plus|pluses|preferred|ideally|desirable|a big plus|helpful|good to have)\b/i;
/** A short line ending in a colon, standing over the lines that follow ("Requirements:"). */
const HEADING = /^[^.!?]{1,60}:$/;

/** Sentences and list items: ". " / "! " / "? " / line breaks / semicolons / bullets. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|[\r\n;•]+/).map((s) => s.trim()).filter(Boolean);
}

export interface DescriptionSkills {
  must: { skill: string; raw: string }[];
  nice: { skill: string; raw: string }[];
}

export function skillsFromDescription(text: string, readText: (t: string) => SkillsReading): DescriptionSkills {
  const must = new Map<string, string>();
  const nice = new Map<string, string>();
  let underNice = false;
  for (const s of sentences(text)) {
    if (HEADING.test(s)) {
      underNice = NICE.test(s);
      continue;
    }
    const into = underNice || NICE.test(s) ? nice : must;
    for (const h of readText(s).skills) if (!into.has(h.name)) into.set(h.name, h.raw);
  }
  for (const k of must.keys()) nice.delete(k);
  const out = (m: Map<string, string>) => [...m].map(([skill, raw]) => ({ skill, raw }));
  return { must: out(must), nice: out(nice) };
}

/**
 * Remote policy from a location cell ("Remote - US", "San Francisco HQ; Remote"), when the sheet
 * has no remote column: remote anywhere in it means the role can be done remotely; "hybrid" says hybrid.
 */
export function remoteFromLocation(location: string): RemotePolicy | null {
  if (/\bhybrid\b/i.test(location)) return 'hybrid';
  if (/\bremote\b/i.test(location)) return 'remote';
  return null;
}
