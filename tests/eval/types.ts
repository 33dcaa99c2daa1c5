import type { ExitType, Level, Rehire, RemotePolicy, Track } from '../../src/shared/domain';

/** 0 not relevant · 1 a stretch (reskill, wrong level or place) · 2 good · 3 would interview first. */
export type Grade = 0 | 1 | 2 | 3;

export interface EvalPerson {
  key: string;
  name: string;
  title: string;
  track: Track | null;
  level: Level | null;
  years: number;
  location: string;
  country: string;
  remote?: RemotePolicy;
  relocate?: boolean;
  skills: string[];
  summary: string;
  /** Laid off on / last day; people without one are assumed employed. */
  availableOn?: string;
  alumni?: { rehire: Rehire; hire: string; exit: string; exitType: ExitType; perf?: string; regrettable?: boolean };
  /** Judgements for the roles this person is relevant to, each with its reason. Unlisted roles: 0. */
  grades: Record<string, [Grade, string]>;
}

export interface EvalRole {
  reqId: string;
  title: string;
  track: Track;
  level: Level;
  location: string;
  remotePolicy: RemotePolicy;
  must: string[];
  nice: string[];
  description: string;
}
