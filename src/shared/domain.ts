// The domain vocabulary shared by core, shells and renderer (DESIGN.md "Domain").
// Plain data only: no zod, no Node, so the renderer and preload can import it freely.

export const TRACKS = ['ai_ml', 'mlops', 'platform', 'sre', 'cloud_infra', 'fullstack', 'data', 'security', 'other'] as const;
export type Track = (typeof TRACKS)[number];
export const TRACK_LABELS: Record<Track, string> = {
  ai_ml: 'AI/ML',
  mlops: 'MLOps',
  platform: 'Platform',
  sre: 'SRE',
  cloud_infra: 'Cloud/Infra',
  fullstack: 'Full-stack',
  data: 'Data',
  security: 'Security',
  other: 'Other',
};

export const LEVELS = ['intern', 'junior', 'mid', 'senior', 'staff', 'principal', 'manager', 'director'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABELS: Record<Level, string> = {
  intern: 'Intern',
  junior: 'Junior',
  mid: 'Mid',
  senior: 'Senior',
  staff: 'Staff',
  principal: 'Principal',
  manager: 'Manager',
  director: 'Director',
};

export const EXIT_TYPES = ['layoff', 'voluntary', 'involuntary', 'other'] as const;
export type ExitType = (typeof EXIT_TYPES)[number];

export const REHIRE = ['eligible', 'review', 'ineligible', 'unknown'] as const;
export type Rehire = (typeof REHIRE)[number];
/** Where a rehire verdict came from: an explicit column, or derived from the exit reason. */
export type RehireSource = 'explicit' | 'derived' | 'unknown';

export const REMOTE_POLICIES = ['remote', 'hybrid', 'onsite'] as const;
export type RemotePolicy = (typeof REMOTE_POLICIES)[number];

export const ROLE_STATUSES = ['open', 'on_hold', 'closed', 'filled'] as const;
export type RoleStatus = (typeof ROLE_STATUSES)[number];

export const STAGES = ['new', 'contacted', 'screening', 'interviewing', 'offer', 'hired', 'rejected', 'withdrawn'] as const;
export type Stage = (typeof STAGES)[number];

/** Where a person came from; a person may have several. */
export const SOURCE_KINDS = ['alumni', 'layoff_list', 'ats', 'manual', 'demo'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const IMPORT_KINDS = ['candidates', 'alumni', 'roles', 'layoffs'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const ROW_OUTCOMES = ['created', 'merged', 'rejected'] as const;
export type RowOutcome = (typeof ROW_OUTCOMES)[number];

export type Severity = 'error' | 'warning' | 'info';

/** One finding about one cell of an imported file. `row` is the 1-based data row (header excluded). */
export interface ImportIssue {
  row: number;
  column: string;
  value: string;
  severity: Severity;
  message: string;
}

/** A skill as read from some text: the canonical name and the raw text it came from. */
export interface SkillHit {
  name: string;
  raw: string;
  track: Track | null;
}

/** Weights of the score parts; they need not sum to 100, the engine normalises. */
export interface MatchWeights {
  mustHave: number;
  niceToHave: number;
  trackFit: number;
  levelFit: number;
  locationFit: number;
  availability: number;
  boomerang: number;
  depth: number;
}
export const SCORE_PARTS = ['mustHave', 'niceToHave', 'trackFit', 'levelFit', 'locationFit', 'availability', 'boomerang', 'depth'] as const;
export type ScorePart = (typeof SCORE_PARTS)[number];
