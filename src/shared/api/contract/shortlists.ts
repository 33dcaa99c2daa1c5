import { z } from 'zod';
import { method, returns } from '../define';
import { FilterModel, SortModel } from '../grid';
import { STAGES, type MatchWeights, type ScorePart, type Stage } from '../../domain';
import { MatchFilters, type Explanation } from './match';

// Shortlists (issue #7): a named list of people for one role. Each entry keeps its stage, a note,
// who added it when, and the score and explanation as they were at that moment.

export interface ShortlistSummary {
  id: number;
  name: string;
  roleId: number | null;
  reqId: string | null;
  roleTitle: string | null;
  /** How many people are on it. */
  size: number;
  createdAt: string;
  /** The newest entry's addition, or the creation time of an empty list. */
  lastAddedAt: string;
}

export interface ShortlistEntry {
  personId: number;
  /** 1-based position in the list, as the manager ordered it. */
  position: number;
  name: string;
  title: string | null;
  company: string | null;
  location: string | null;
  emails: string[];
  phone: string | null;
  linkedin: string | null;
  tags: string[];
  stage: Stage;
  note: string;
  addedBy: string;
  addedAt: string;
  /** The score when the person was added (null when the role had no score for them then). */
  score: number | null;
  engineVersion: string | null;
  weights: MatchWeights | null;
  /** The explanation when the person was added. */
  explanation: Explanation | null;
  /** The score now, from the stored results or computed; null when it cannot be scored (no role). */
  currentScore: number | null;
  /** True when the current score differs from the one kept at adding. */
  scoreChanged: boolean;
  /** Points per part at adding, for a score bar. */
  points: Partial<Record<ScorePart, number>>;
  matched: string[];
  partial: string[];
  missing: string[];
}

export interface ShortlistDetail extends ShortlistSummary {
  entries: ShortlistEntry[];
}

/** A shortlist by id or by its (case-insensitive) name. */
export const ShortlistRef = z.union([z.number().int().positive(), z.string().trim().min(1).max(200)]);
const name = z.string().trim().min(1, 'a name is needed').max(120, 'at most 120 characters').regex(/^[^\u0000-\u001f\u007f]+$/, 'no control characters');

/** The match grid's filters, as the Matches view sends them, to add everyone a filter shows. */
export const MatchGridSelection = z.object({
  sort: SortModel.default([]),
  filter: FilterModel.default({}),
  quick: z.string().max(200).default(''),
  // The same toolbar filters as match.forRole takes (explanations are not asked for here).
  ...MatchFilters.omit({ withExplanation: true }).shape,
  /** At most this many, from the top of the grid's order. */
  limit: z.number().int().min(1).max(1000).default(100),
});

export const shortlistsContract = {
  'shortlists.list': method({ args: z.object({}), result: returns<ShortlistSummary[]>(), doc: 'Every shortlist, newest first.' }),
  'shortlists.get': method({ args: z.object({ shortlist: ShortlistRef }), result: returns<ShortlistDetail>(), doc: 'One shortlist with its entries in order.' }),
  'shortlists.create': method({
    args: z
      .object({ name, roleId: z.number().int().positive().optional(), reqId: z.string().trim().min(1).max(100).optional(), top: z.number().int().min(1).max(1000).optional() })
      .refine((a) => a.roleId !== undefined || a.reqId !== undefined, { message: 'say which role (roleId or reqId)', path: ['reqId'] }),
    result: returns<ShortlistDetail>(),
    doc: 'Creates a shortlist for a role; with top N, fills it from the role\'s current top N matches.',
  }),
  'shortlists.rename': method({ args: z.object({ shortlist: ShortlistRef, name }), result: returns<ShortlistSummary>(), doc: 'Renames a shortlist.' }),
  'shortlists.delete': method({ args: z.object({ shortlist: ShortlistRef }), result: returns<{ deleted: boolean }>(), doc: 'Deletes a shortlist (the people stay in the workspace).' }),
  'shortlists.addPeople': method({
    args: z
      .object({ shortlist: ShortlistRef, personIds: z.array(z.number().int().positive()).max(1000).optional(), fromMatches: MatchGridSelection.optional() })
      .refine((a) => (a.personIds?.length ?? 0) > 0 || a.fromMatches !== undefined, { message: 'say who to add (personIds or fromMatches)', path: ['personIds'] }),
    result: returns<{ added: number; alreadyThere: number; shortlist: ShortlistDetail }>(),
    doc: 'Adds people (by id, or everyone a match-grid filter shows) at the end, keeping their score and explanation as of now.',
  }),
  'shortlists.removeEntry': method({
    args: z.object({ shortlist: ShortlistRef, personId: z.number().int().positive() }),
    result: returns<ShortlistDetail>(),
    doc: 'Takes a person off a shortlist.',
  }),
  'shortlists.updateEntry': method({
    args: z.object({ shortlist: ShortlistRef, personId: z.number().int().positive(), stage: z.enum(STAGES).optional(), note: z.string().max(5000).optional() }),
    result: returns<ShortlistEntry>(),
    doc: "Sets an entry's stage or note.",
  }),
  'shortlists.reorder': method({
    args: z.object({ shortlist: ShortlistRef, personIds: z.array(z.number().int().positive()).min(1).max(5000) }),
    result: returns<ShortlistDetail>(),
    doc: 'Puts the entries in this order (every entry of the list, each once).',
  }),
};
