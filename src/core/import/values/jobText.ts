import type { RemotePolicy } from '../../../shared/domain';
import type { SkillHit } from '../../../shared/domain';
import { isSharedAlias, mayHoldSharedAlias } from '../../skills/ambiguous';
import type { SkillsReading } from '../../skills/types';

// An ATS job report (Greenhouse "Jobs", Workday requisitions) often has no skills columns: the
// must-haves are in the description's prose. It is read section by section: the lines under a
// heading that says "nice to have", "bonus" or "preferred" give nice-to-haves, "About us" and
// "Benefits" give nothing (a company that is "the operating system for pharmacies" asks for no
// operating systems), the rest give must-haves. Within a requirement, a sentence that says "nice",
// "plus" or "preferred" gives nice-to-haves, and so do alternatives and examples ("Go or Python",
// "LangChain, LlamaIndex or similar", "vector databases (pgvector, Pinecone)"): no one of them is
// required. A skill in both lists is a must-have.

type Section = 'must' | 'nice' | 'skip';

const NICE = /\b(nice|bonus|plus|pluses|preferred|ideally|desirable|a big plus|helpful|good to have)\b/i;
/** A short line ending in a colon, standing over the lines that follow ("Requirements:"). */
const HEADING = /^[^.!?]{1,60}:$/;
/** Whole lines that head a section though they end in no colon. */
const NICE_HEADING = /^(?:nice[- ]to[- ]haves?|bonus(?: points)?|pluses|preferred(?: qualifications| skills| experience)?|good to have|desirable|extra credit|even better if(?: you have)?|it'?s a plus(?: if you have)?|(?:what )?(?:would )?make(?:s)? you stand out|you might also have|bonus if you have)$/i;
const MUST_HEADING = /^(?:requirements|qualifications|(?:minimum|basic|required) qualifications|required(?: skills)?|what you(?:'ll| will)? (?:need|bring)|what we(?:'re| are) looking for|who you are|you (?:have|bring)|must[- ]haves?|responsibilities|what you(?:'ll| will)? do|(?:about )?the role|your role|skills|tech stack|our stack)$/i;
/** Sections about the company, not the work: nothing in them is asked of anyone. */
const SKIP_HEADING = /^(?:about(?: us| the (?:company|team))?|who we are|our (?:mission|story|company|culture|values)|(?:perks|benefits)(?: (?:and|&) (?:perks|benefits))?|what we offer|why (?:join|work (?:with|at)) us|compensation(?: (?:and|&) benefits)?|equal (?:opportunity|employment).*|eeo.*|how to apply|life at .+)$/i;
/** "About Lumora", "About Fernway Health": a company's name after "About". */
const ABOUT_COMPANY = /^About\s+\p{Lu}[\p{L}\d&.'-]*(?:\s+\p{Lu}[\p{L}\d&.'-]*){0,2}$/u;
/** "About You", "About The Role": what is asked, however it is capitalised. */
const ABOUT_THE_WORK = /^about\s+(?:you|the role|this role|the job|the position|the opportunity)\b/i;

function sectionOf(line: string): Section | null {
  const bare = line.replace(/[:\s]+$/, '').replace(/^[#*\s]+|[*\s]+$/g, '');
  if (!bare || bare.length > 60) return null;
  if (NICE_HEADING.test(bare)) return 'nice';
  if (ABOUT_THE_WORK.test(bare)) return 'must';
  if (SKIP_HEADING.test(bare) || ABOUT_COMPANY.test(bare)) return 'skip';
  if (MUST_HEADING.test(bare)) return 'must';
  if (HEADING.test(line.trim())) return NICE.test(bare) ? 'nice' : 'must';
  return null;
}

/** Sentences and list items: ". " / "! " / "? " / line breaks / semicolons / bullets. */
function sentences(line: string): string[] {
  return line.split(/(?<=[.!?])\s+|[;•]+/).map((s) => s.trim()).filter(Boolean);
}

/** Between two skills of one list of options: ", ", " or ", " / ", ", or ". */
const LIST_GAP = /^\s*(?:,|\/|\bor\b|\band\/or\b|,\s*or\b)\s*$/i;
const OR_GAP = /\bor\b|\//i;
/** After a list: "or similar", "or equivalent", "or another model registry", "etc.". */
const OR_SIMILAR = /^\s*,?\s*(?:or (?:similar|equivalent|another|other|comparable|any)\b|etc\b)/i;
/** Before a list of examples: "e.g.", "such as", "like", "one of", "either", or an opening bracket. */
const EXAMPLES = /(?:\be\.g\.|\bsuch as|\blike|\bone of|\beither|\()\s*$/i;

/** Where a skill's text stands in a sentence as a word of its own ("Go" in "Go or Rust", not in "Google"). */
function wordAt(s: string, raw: string): number {
  const escaped = raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, 'u').exec(s);
  return m ? m.index : s.indexOf(raw);
}

/** The skills of a requirement that are options or examples, not each required. */
function optional(s: string, hits: readonly SkillHit[]): Set<string> {
  const found = hits.map((h) => ({ h, at: wordAt(s, h.raw) })).filter((x) => x.at >= 0).sort((a, b) => a.at - b.at);
  const out = new Set<string>();
  let start = 0;
  for (let i = 1; i <= found.length; i++) {
    const prev = found[i - 1]!;
    const gap = i < found.length ? s.slice(prev.at + prev.h.raw.length, found[i]!.at) : null;
    if (gap !== null && LIST_GAP.test(gap)) continue;
    // found[start..i-1] is one list.
    const run = found.slice(start, i);
    const gaps = run.slice(1).map((x, k) => s.slice(run[k]!.at + run[k]!.h.raw.length, x.at));
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const after = s.slice(last.at + last.h.raw.length);
    const before = s.slice(0, first.at);
    const options = (run.length > 1 && (gaps.some((g) => OR_GAP.test(g)) || EXAMPLES.test(before))) || OR_SIMILAR.test(after);
    if (options) for (const x of run) out.add(x.h.name);
    start = i;
  }
  return out;
}

export interface DescriptionSkills {
  must: { skill: string; raw: string }[];
  nice: { skill: string; raw: string }[];
}

export function skillsFromDescription(text: string, readText: (t: string) => SkillsReading): DescriptionSkills {
  const must = new Map<string, string>();
  const nice = new Map<string, string>();
  let section: Section = 'must';
  // An alias two skills share ("TF") is settled by the whole posting, not by the one line it is on.
  const shared = new Map<string, string>();
  if (mayHoldSharedAlias(text)) for (const h of readText(text).skills) if (isSharedAlias(h.raw)) shared.set(h.raw, h.name);
  const add = (into: Map<string, string>, h: SkillHit) => {
    const name = shared.get(h.raw) ?? h.name;
    if (!into.has(name)) into.set(name, h.raw);
  };
  for (const line of text.split(/[\r\n]+/)) {
    const heading = sectionOf(line);
    if (heading) {
      section = heading;
      continue;
    }
    if (section === 'skip') continue;
    for (const sentence of sentences(line)) {
      // "Terraform and one major cloud (GCP preferred)": only what the brackets hold is preferred.
      const aside = /\(([^()]*)\)/g;
      let rest = sentence;
      for (const m of sentence.matchAll(aside)) {
        if (!NICE.test(m[1]!)) continue;
        for (const h of readText(m[1]!).skills) add(nice, h);
        rest = rest.replace(m[0], ' ');
      }
      const hits = readText(rest).skills;
      if (section === 'nice' || NICE.test(rest)) {
        for (const h of hits) add(nice, h);
        continue;
      }
      const options = optional(rest, hits);
      for (const h of hits) add(options.has(h.name) ? nice : must, h);
    }
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

/** Hybrid as a way of working ("Hybrid (Chicago, 2 days in office)", "a hybrid role"), not "hybrid cloud" or "hybrid search". */
const HYBRID_WORK = /\bhybrid\s*(?:\(|[,:–-]\s*\d|(?:role|work|working|schedule|position|setup|arrangement|model)\b)|\b(?:work|working|role|position|schedule)\s+(?:is\s+)?hybrid\b|\bhybrid\b[^.\n]{0,30}\b(?:days?|office|on[- ]?site)\b/i;

/**
 * Remote policy from a posting's text, when neither a column nor the office cell says: hybrid work;
 * "remote-first", "fully remote", "or remote (US)", "work from anywhere" for remote.
 */
export function remoteFromPosting(text: string): RemotePolicy | null {
  if (HYBRID_WORK.test(text)) return 'hybrid';
  if (/\b(?:remote[- ]first|fully remote|100% remote|remote[- ]friendly|or remote\b|remote \((?:[A-Z]{2,3}|US|EU|UK)\b|work from anywhere)/i.test(text)) return 'remote';
  return null;
}
