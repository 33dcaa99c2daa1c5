import { z } from 'zod';
import { method, returns } from '../define';
import { PageArgs, type Page } from '../grid';
import { LEVELS, REMOTE_POLICIES, ROLE_STATUSES, TRACKS, type Level, type MatchWeights, type RemotePolicy, type RoleStatus, type Track } from '../../domain';
import { WeightsSchema, type WeightsSource } from './match';

/** One row of the Roles grid. */
export interface RoleRow {
  id: number;
  reqId: string;
  title: string;
  track: Track;
  level: Level | null;
  team: string | null;
  location: string | null;
  remotePolicy: RemotePolicy | null;
  status: RoleStatus;
  headcount: number;
  hiringManager: string | null;
  openedOn: string | null;
  daysOpen: number | null;
  must: string[];
  nice: string[];
  /** Stored candidates and near misses, and the best score, from the last scoring. */
  candidates: number;
  nearMisses: number;
  topScore: number | null;
  updatedAt: string;
}

export interface RoleSkillDto {
  skill: string;
  raw: string;
  /** False when the taxonomy does not know the skill: matched by its exact text only. */
  known: boolean;
}

export interface RoleDetail extends RoleRow {
  description: string;
  mustSkills: RoleSkillDto[];
  niceSkills: RoleSkillDto[];
  /** The role's own weights, or null when it follows the defaults. */
  weights: MatchWeights | null;
  effectiveWeights: MatchWeights;
  weightsSource: WeightsSource;
}

const skillList = z.array(z.string().trim().min(1).max(100)).max(60);
const optText = (max: number) => z.string().trim().max(max).nullish();

export const RoleInput = z
  .object({
    id: z.number().int().positive().optional(),
    reqId: z.string().trim().min(1, 'a req ID is needed').max(100),
    title: z.string().trim().min(1, 'a title is needed').max(300),
    track: z.enum(TRACKS).default('other'),
    level: z.enum(LEVELS).nullish(),
    team: optText(200),
    location: optText(200),
    remotePolicy: z.enum(REMOTE_POLICIES).nullish(),
    status: z.enum(ROLE_STATUSES).default('open'),
    headcount: z.number().int().min(1).max(10000).default(1),
    hiringManager: optText(200),
    openedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD').nullish(),
    description: z.string().max(50000).default(''),
    must: skillList.default([]),
    nice: skillList.default([]),
    /** Omit to keep the role's weights; null to follow the defaults. */
    weights: WeightsSchema.nullish(),
  })
  .strict();

export const rolesContract = {
  'roles.list': method({ args: PageArgs, result: returns<Page<RoleRow>>(), doc: 'A page of roles, sorted and filtered.' }),
  'roles.get': method({
    args: z.object({ id: z.number().int().positive().optional(), reqId: z.string().trim().min(1).max(100).optional() }).refine((a) => a.id !== undefined || a.reqId !== undefined, { message: 'give an id or a reqId' }),
    result: returns<RoleDetail>(),
    doc: 'One role with its skills and weights.',
  }),
  'roles.save': method({
    args: RoleInput,
    result: returns<RoleDetail & { rescored: boolean }>(),
    doc: 'Creates or updates a role (req IDs are unique); its candidates are re-scored.',
  }),
  'roles.setStatus': method({
    args: z.object({ id: z.number().int().positive(), status: z.enum(ROLE_STATUSES) }),
    result: returns<RoleDetail & { rescored: boolean }>(),
    doc: 'Opens, holds, closes or fills a role; only open roles are matched.',
  }),
};
