import { z } from 'zod';
import { method, returns } from '../define';
import { FilterModel, PageArgs, type Page } from '../grid';
import type { Level, Rehire, RehireSource, SourceKind, Stage, Track, ExitType, RemotePolicy } from '../../domain';
import { STAGES, TRACKS } from '../../domain';
import { MatchFilters } from './match';

/** One row of the Candidates grid. */
export interface PersonRow {
  id: number;
  name: string;
  emails: string[];
  linkedin: string | null;
  title: string | null;
  company: string | null;
  location: string | null;
  country: string | null;
  remotePref: RemotePolicy | null;
  track: Track | null;
  level: Level | null;
  yearsExp: number | null;
  skills: string[];
  sources: SourceKind[];
  stage: Stage;
  availableOn: string | null;
  tags: string[];
  updatedAt: string;
}

export interface EmploymentDto {
  id: number;
  employeeId: string | null;
  team: string | null;
  title: string | null;
  level: string | null;
  manager: string | null;
  hireDate: string | null;
  exitDate: string | null;
  exitType: ExitType | null;
  exitReason: string | null;
  regrettable: boolean | null;
  lastPerformance: string | null;
  rehire: Rehire;
  rehireSource: RehireSource;
  layoffWave: string | null;
}

export interface PersonSkillDto {
  skill: string;
  known: boolean;
  raw: string;
  origin: 'skills_cell' | 'text' | 'manual';
}

export interface PersonDetail extends PersonRow {
  phone: string | null;
  summary: string | null;
  relocate: boolean | null;
  notes: string;
  editedFields: string[];
  extra: Record<string, string>;
  skillsDetail: PersonSkillDto[];
  employments: EmploymentDto[];
  layoffEvent: { company: string; date: string | null; laidOff: number | null; percentage: number | null } | null;
  history: { batchId: number; fileName: string; kind: string; outcome: string; at: string }[];
}

/** One row of the Rehire grid: a former employee and their latest stint with us. */
export interface AlumnusRow {
  id: number;
  name: string;
  emails: string[];
  linkedin: string | null;
  skills: string[];
  track: Track | null;
  location: string | null;
  stage: Stage;
  tags: string[];
  employeeId: string | null;
  team: string | null;
  title: string | null;
  level: string | null;
  manager: string | null;
  hireDate: string | null;
  exitDate: string | null;
  exitType: ExitType | null;
  exitReason: string | null;
  rehire: Rehire;
  rehireSource: RehireSource;
  lastPerformance: string | null;
  layoffWave: string | null;
  tenureYears: number | null;
  monthsSinceExit: number | null;
  bestRole: { roleId: number; reqId: string; title: string; score: number } | null;
}

export const PersonPatch = z
  .object({
    stage: z.enum(['new', 'contacted', 'screening', 'interviewing', 'offer', 'hired', 'rejected', 'withdrawn']).optional(),
    notes: z.string().max(20000).optional(),
    tags: z.array(z.string().trim().min(1).max(60)).max(50).optional(),
  })
  .strict();

/** Rehire-grid questions the column filters cannot ask: "has at least K must-haves of some open role". */
export const AlumniFilters = z.object({
  /** At least this many must-have skills (exact or alias) of one open role... */
  minMust: z.number().int().min(1).max(20).optional(),
  /** ...counting only open roles of these tracks (any track when omitted). */
  roleTracks: z.array(z.enum(TRACKS)).max(TRACKS.length).optional(),
});

/** Which people a bulk action touches: chosen rows, or everyone a grid's filters select (sent as filters, never as ids). */
export const BulkTarget = z.union([
  z.object({ ids: z.array(z.number().int().positive()).min(1).max(10000) }).strict(),
  z.object({ grid: z.literal('candidates'), filter: FilterModel.default({}), quick: z.string().max(200).default('') }).strict(),
  z.object({ grid: z.literal('rehire'), filter: FilterModel.default({}), quick: z.string().max(200).default('') }).extend(AlumniFilters.shape).strict(),
  // The match grid's rows are (person, role) pairs: the action touches each person once.
  z
    .object({ grid: z.literal('matches'), roleId: z.number().int().positive().optional(), filter: FilterModel.default({}), quick: z.string().max(200).default('') })
    .extend(MatchFilters.shape)
    .strict(),
]);
export type BulkTarget = z.input<typeof BulkTarget>;

export const BulkPatch = z
  .object({
    stage: z.enum(STAGES).optional(),
    addTags: z.array(z.string().trim().min(1).max(60)).max(20).optional(),
    removeTags: z.array(z.string().trim().min(1).max(60)).max(20).optional(),
  })
  .strict()
  .refine((p) => p.stage !== undefined || (p.addTags?.length ?? 0) > 0 || (p.removeTags?.length ?? 0) > 0, { message: 'nothing to change' });

export const peopleContract = {
  'people.list': method({ args: PageArgs, result: returns<Page<PersonRow>>(), doc: 'A page of people, sorted and filtered.' }),
  'alumni.list': method({ args: PageArgs.extend(AlumniFilters.shape), result: returns<Page<AlumnusRow>>(), doc: 'A page of former employees for the rehire grid.' }),
  'people.get': method({ args: z.object({ id: z.number().int().positive() }), result: returns<PersonDetail>(), doc: 'Everything held about one person.' }),
  'people.update': method({
    args: z.object({ id: z.number().int().positive(), patch: PersonPatch }),
    result: returns<PersonDetail>(),
    doc: 'Edits stage, notes or tags; edited fields are never overwritten by a later import.',
  }),
  'people.bulkUpdate': method({
    args: z.object({ target: BulkTarget, patch: BulkPatch }),
    result: returns<{ updated: number }>(),
    doc: 'Sets the stage or adds/removes tags for chosen people, or for everyone a grid filter selects.',
  }),
};
