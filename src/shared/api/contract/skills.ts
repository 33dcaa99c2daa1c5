import { z } from 'zod';
import { method, returns } from '../define';
import { TRACKS, type SkillHit, type Track } from '../../domain';

/** What the taxonomy read in a piece of text. */
export interface SkillsResolveResult {
  skills: SkillHit[];
  /** Terms of a skills cell the taxonomy does not know, as written (always empty for prose). */
  unknown: string[];
  /** How the text was read: as a skills cell or as prose. */
  mode: 'cell' | 'text';
}

/** A skill as the type-ahead shows it. */
export interface SkillSummary {
  name: string;
  tracks: Track[];
  aliases: string[];
}

export interface SkillDetail extends SkillSummary {
  parent: string | null;
  children: string[];
  /** Skills that partly stand in for this one, strongest first. */
  adjacent: { skill: string; weight: number }[];
  /** Added by the user in this workspace. */
  userDefined: boolean;
}

export interface UnknownSkill {
  /** The normalised key the term is counted under. */
  term: string;
  /** The first spelling seen. */
  display: string;
  count: number;
  firstSeen: string;
}

export interface AddAliasResult {
  alias: string;
  /** The canonical skill the alias now means. */
  skill: string;
  /** True when `skill` was not known and was created as the workspace's own skill. */
  createdSkill: boolean;
  /** People and roles whose stored unknown term now reads as the skill. */
  updatedPeople: number;
  updatedRoles: number;
}

export const skillsContract = {
  'skills.resolve': method({
    args: z.object({
      text: z.string().max(200_000),
      /** cell: a skills cell ("Python, k8s; AWS"); text: prose; auto: a short list-like text is a cell. */
      mode: z.enum(['cell', 'text', 'auto']).default('auto'),
    }),
    result: returns<SkillsResolveResult>(),
    doc: 'Which skills a skills cell or a piece of prose names, each with the text it came from.',
  }),
  'skills.search': method({
    args: z.object({ query: z.string().trim().min(1).max(100), limit: z.number().int().min(1).max(50).default(10) }),
    result: returns<SkillSummary[]>(),
    doc: 'Skills whose name or alias starts with or contains the query, best first (type-ahead).',
  }),
  'skills.get': method({
    args: z.object({ name: z.string().trim().min(1).max(120) }),
    result: returns<SkillDetail>(),
    doc: 'One skill by name or alias: tracks, aliases, parent, children and adjacent skills.',
  }),
  'skills.unknown': method({
    args: z.object({ limit: z.number().int().min(1).max(1000).default(100), offset: z.number().int().min(0).default(0) }),
    result: returns<{ total: number; items: UnknownSkill[] }>(),
    doc: 'Terms read from skills cells that the taxonomy does not know, most frequent first.',
  }),
  'skills.addAlias': method({
    args: z.object({
      alias: z.string().trim().min(1).max(80),
      skill: z.string().trim().min(1).max(120),
      /** Tracks of the skill when it is new to the workspace. */
      tracks: z.array(z.enum(TRACKS)).max(TRACKS.length).optional(),
    }),
    result: returns<AddAliasResult>(),
    doc: 'Makes a term mean a skill from now on (creating the skill when it is new); people already holding the term get the skill.',
  }),
};
