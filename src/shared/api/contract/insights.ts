import { z } from 'zod';
import { method, returns } from '../define';
import type { ExitType, Rehire, SourceKind, Track } from '../../domain';

// The Insights view: where the talent is, in a handful of aggregates computed in SQLite.

export interface InsightsTotals {
  people: number;
  alumni: number;
  openRoles: number;
  layoffEvents: number;
  /** Distinct canonical skills held by at least one person. */
  skills: number;
}

/** People per track, split by where they came from (a person with two sources counts in both). */
export interface TrackSourceRow {
  /** null: the track could not be told. */
  track: Track | null;
  total: number;
  bySource: Partial<Record<SourceKind, number>>;
}

export interface ExitYearRow {
  year: number;
  total: number;
  byType: Partial<Record<ExitType | 'unknown', number>>;
}

export interface OpenRolesTrackRow {
  track: Track;
  roles: number;
  /** Open headcount (a role may hire several). */
  headcount: number;
  /** Over roles with an opened date; null when none has one. */
  avgDaysOpen: number | null;
  maxDaysOpen: number | null;
}

export interface SkillGapRow {
  skill: string;
  /** People who hold the skill. */
  people: number;
  /** Open roles asking for it (must-have or nice-to-have). */
  roles: number;
  /** Open roles for which it is a must-have. */
  mustRoles: number;
}

export interface LayoffMonthRow {
  /** YYYY-MM */
  month: string;
  events: number;
  /** Sum of the reported counts; events without a count add nothing. */
  laidOff: number;
}

export interface LayoffCompanyRow {
  company: string;
  events: number;
  laidOff: number;
  /** The latest event's date (YYYY-MM-DD), if any has one. */
  latest: string | null;
  /** People in the workspace whose (last) company this is. */
  people: number;
}

export interface InsightsSummary {
  /** The day days-open was measured against (YYYY-MM-DD). */
  asOf: string;
  totals: InsightsTotals;
  peopleByTrack: TrackSourceRow[];
  peopleBySource: { source: SourceKind; count: number }[];
  alumniByExitYear: ExitYearRow[];
  alumniByRehire: { rehire: Rehire; count: number }[];
  openRolesByTrack: OpenRolesTrackRow[];
  /** Open roles by how long they have been open: 0–30, 31–60, 61–90, 91–180, over 180 days, unknown. */
  daysOpenBuckets: { bucket: string; roles: number }[];
  /** The skills open roles ask for most, with how many people hold each (the gap). */
  skillDemand: SkillGapRow[];
  /** The skills people hold most, with how many open roles ask for each. */
  skillSupply: SkillGapRow[];
  /** Layoff events at companies the workspace's people came from, by month (oldest first). */
  layoffsByMonth: LayoffMonthRow[];
  /** The companies with the most of your people (up to 12). */
  layoffCompanies: LayoffCompanyRow[];
  /** How many companies your people came from had layoff events. */
  layoffCompaniesTotal: number;
}

export const insightsContract = {
  'insights.summary': method({
    args: z.object({ topSkills: z.number().int().min(3).max(50).default(15) }),
    result: returns<InsightsSummary>(),
    doc: 'Aggregates for the Insights view: people by source and track, alumni exits, open roles, the skills gap and layoffs.',
  }),
};
