import type { ComponentType } from 'react';
import type { RouteId } from '../app/routes';
import { CandidatesView } from './CandidatesView';
import { RehireView } from './RehireView';
import { MatchesView } from './MatchesView';
import { RolesView } from './RolesView';
import { ShortlistsView } from './ShortlistsView';
import { ImportsView } from './ImportsView';
import { InsightsView } from './InsightsView';
import { SettingsView } from './SettingsView';

export interface ViewProps {
  /** The part of the hash after the view, e.g. a role id. */
  param: string | null;
}

/** One component per navigation entry. */
export const VIEWS: Record<RouteId, ComponentType<ViewProps>> = {
  matches: MatchesView,
  rehire: RehireView,
  candidates: CandidatesView,
  roles: RolesView,
  shortlists: ShortlistsView,
  imports: ImportsView,
  insights: InsightsView,
  settings: SettingsView,
};
