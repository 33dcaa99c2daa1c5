import type { PartialMatch, SkillMatch } from '../../../shared/api/contract/match';
import type { RoleSkill, SkillGraph } from '../types';

/** An adjacent skill never counts as much as the skill itself, whatever the taxonomy says. */
export const MAX_PARTIAL = 0.9;

/** A person's skills keyed by lower-case canonical name, with the text each was read from. */
export type SkillSet = ReadonlyMap<string, { skill: string; raw: string }>;

export function skillKey(graph: SkillGraph, name: string): string {
  return graph.canonical(name).toLowerCase();
}

export function toSkillSet(graph: SkillGraph, skills: readonly { skill: string; raw: string }[]): SkillSet {
  const set = new Map<string, { skill: string; raw: string }>();
  for (const s of skills) {
    const key = skillKey(graph, s.skill);
    if (!set.has(key)) set.set(key, { skill: graph.canonical(s.skill), raw: s.raw });
  }
  return set;
}

/** The credit an adjacent skill gives: the taxonomy's weight, capped below a full match. */
export function partialCredit(weight: number): number {
  return Math.max(0, Math.min(MAX_PARTIAL, weight));
}

/** A wanted skill with its lookup key and the adjacent skills that can stand in, strongest first. */
export interface Wanted {
  skill: string;
  key: string;
  adjacent: { key: string; credit: number }[];
}

// Per list of wanted skills (a role's must or nice list), worked out once.
const plans = new WeakMap<readonly RoleSkill[], { graph: SkillGraph; wanted: Wanted[] }>();

export function wantedPlan(wanted: readonly RoleSkill[], graph: SkillGraph): Wanted[] {
  const hit = plans.get(wanted);
  if (hit && hit.graph === graph) return hit.wanted;
  const out = wanted.map((w) => ({
    skill: w.skill,
    key: skillKey(graph, w.skill),
    adjacent: graph
      .adjacent(w.skill)
      .map((a) => ({ key: skillKey(graph, a.skill), credit: partialCredit(a.weight) }))
      .filter((a) => a.credit > 0),
  }));
  plans.set(wanted, { graph, wanted: out });
  return out;
}

export interface Coverage {
  /** Sum of credits divided by the number of skills asked for; 0 when none are asked for. */
  value: number;
  /** Credit per wanted skill, in the role's order (1 exact, partial weight, or 0). */
  credits: number[];
  matched: SkillMatch[];
  partial: PartialMatch[];
  missing: string[];
  /** Wanted skills met exactly or by alias. */
  full: number;
}

/**
 * How much of a list of wanted skills a person covers: exact or alias match is full credit,
 * the strongest adjacent skill the person has is partial credit ("Ansible for Terraform").
 */
export function coverage(person: SkillSet, wanted: readonly RoleSkill[], kind: 'must' | 'nice', graph: SkillGraph): Coverage {
  const out: Coverage = { value: 0, credits: [], matched: [], partial: [], missing: [], full: 0 };
  let sum = 0;
  for (const w of wantedPlan(wanted, graph)) {
    const own = person.get(w.key);
    if (own) {
      out.credits.push(1);
      out.matched.push({ skill: w.skill, raw: own.raw, kind });
      out.full++;
      sum += 1;
      continue;
    }
    let best: { via: string; raw: string; credit: number } | null = null;
    for (const a of w.adjacent) {
      const has = person.get(a.key);
      if (has && (!best || a.credit > best.credit)) best = { via: has.skill, raw: has.raw, credit: a.credit };
    }
    if (best) {
      out.credits.push(best.credit);
      out.partial.push({ skill: w.skill, via: best.via, weight: best.credit, raw: best.raw, kind, label: `${best.via} for ${w.skill}` });
      sum += best.credit;
    } else {
      out.credits.push(0);
      out.missing.push(w.skill);
    }
  }
  out.value = wanted.length ? sum / wanted.length : 0;
  return out;
}

export function coverageNote(c: Coverage, total: number, kind: 'must' | 'nice'): string {
  const what = kind === 'must' ? 'must-have' : 'nice-to-have';
  if (total === 0) return kind === 'must' ? 'The role lists no must-have skills, so no one earns these points: add them in Roles.' : `The role lists no ${what} skills.`;
  const parts = [`${c.full} of ${total} ${what}${total === 1 ? '' : 's'}`];
  if (c.partial.length) parts.push(`partly ${c.partial.map((p) => `${p.label} (${Math.round(p.weight * 100)}%)`).join(', ')}`);
  if (c.missing.length) parts.push(`missing ${c.missing.join(', ')}`);
  return `${parts.join('; ')}.`;
}

/**
 * Near miss: exactly one must-have not fully met — missing, or only through an adjacent skill.
 * With a single must-have, only an adjacent stand-in counts (missing the one skill is no near miss).
 */
export function nearMiss(must: Coverage, total: number): { nearMiss: boolean; skill: string | null } {
  if (total === 0 || total - must.full !== 1) return { nearMiss: false, skill: null };
  if (total === 1 && must.partial.length === 0) return { nearMiss: false, skill: null };
  return { nearMiss: true, skill: must.partial[0]?.skill ?? must.missing[0] ?? null };
}
