import type { Level, SkillHit, Track } from '../../shared/domain';

// The knowledge layer's interface, which the importer and the matching engine code against.

export interface SkillDef {
  name: string;
  tracks: Track[];
  parent: string | null;
  aliases: string[];
}

export interface Adjacent {
  skill: string;
  /** 0..1: how much of a must-have this skill can stand in for. */
  weight: number;
}

export interface SkillsReading {
  skills: SkillHit[];
  /** Terms from a skills cell that the taxonomy does not know, as written. */
  unknown: string[];
}

export interface Taxonomy {
  /** Canonical name for a term (alias, any case), or null. */
  canonical(term: string): string | null;
  get(name: string): SkillDef | undefined;
  all(): readonly SkillDef[];
  /** Skills that can partly stand in for `name`, strongest first. */
  adjacent(name: string): readonly Adjacent[];
  /** A skills cell: split on , ; | / • newlines and "and"; unknown terms kept. */
  readCell(text: string): SkillsReading;
  /** Free text (a résumé, a summary): phrase matching; nothing is "unknown" in prose. */
  readText(text: string): SkillsReading;
}

export interface TitleReading {
  track: Track | null;
  level: Level | null;
  /** When a title joins several tracks ("Data/ML Engineer"), all of them, most specific first; skills choose. */
  candidates?: Track[];
}
