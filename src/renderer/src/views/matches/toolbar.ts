import type { ArgsOf } from '../../../../shared/api/contract';
import type { Eligibility, OnShortlist } from '../../../../shared/api/contract/match';
import type { FilterModel } from '../../../../shared/api/grid';
import type { RemotePolicy, SourceKind, Stage, Track } from '../../../../shared/domain';

/** The match grid's filter bar; `role` is a role id ('' for every open role). */
export interface MatchToolbar {
  role: string;
  roleTrack: Track[];
  track: Track[];
  minScore: number | null;
  source: SourceKind | '';
  eligibility: Eligibility[];
  nearMissOnly: boolean;
  laidOffWithinMonths: number | null;
  location: string;
  remote: RemotePolicy[];
  stage: Stage[];
  onShortlist: OnShortlist | '';
}

export const MATCH_DEFAULTS: MatchToolbar = {
  role: '',
  roleTrack: [],
  track: [],
  minScore: null,
  source: '',
  eligibility: [],
  nearMissOnly: false,
  laidOffWithinMonths: null,
  location: '',
  remote: [],
  stage: [],
  onShortlist: '',
};

export type MatchFilterArgs = Omit<ArgsOf<'match.all'>, 'offset' | 'limit' | 'sort' | 'filter' | 'quick'>;

export interface OpenRole {
  id: number;
  reqId: string;
  title: string;
  track: Track;
  candidates: number;
}

/** The filter bar as the store's arguments; "role track" becomes a list of the open roles' req IDs. */
export function matchQuery(t: MatchToolbar, roles: readonly OpenRole[]): { filters: MatchFilterArgs; extraFilter: FilterModel; roleId: number | null } {
  const filters: MatchFilterArgs = {};
  if (t.minScore != null) filters.minScore = t.minScore;
  if (t.source) filters.source = t.source;
  if (t.eligibility.length) filters.eligibility = t.eligibility;
  if (t.nearMissOnly) filters.nearMissOnly = true;
  if (t.laidOffWithinMonths != null) filters.laidOffWithinMonths = t.laidOffWithinMonths;
  if (t.track.length) filters.track = t.track;
  if (t.location.trim()) filters.location = t.location.trim();
  if (t.remote.length) filters.remote = t.remote;
  if (t.stage.length) filters.stage = t.stage;
  if (t.onShortlist) filters.onShortlist = t.onShortlist;
  const roleId = t.role ? Number(t.role) : null;
  const extraFilter: FilterModel = {};
  if (roleId == null && t.roleTrack.length) {
    extraFilter.reqId = { filterType: 'in', values: roles.filter((r) => t.roleTrack.includes(r.track)).map((r) => r.reqId).slice(0, 200) };
  }
  return { filters, extraFilter, roleId };
}
