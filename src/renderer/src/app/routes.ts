import { useEffect, useState } from 'react';

export const ROUTES = [
  { id: 'matches', label: 'Matches', hint: 'Candidates ranked for each open role' },
  { id: 'rehire', label: 'Rehire', hint: 'Former employees and what they could fill now' },
  { id: 'candidates', label: 'Candidates', hint: 'Everyone in the workspace' },
  { id: 'roles', label: 'Roles', hint: 'Open requisitions' },
  { id: 'shortlists', label: 'Shortlists', hint: 'Named lists per role' },
  { id: 'imports', label: 'Imports', hint: 'Spreadsheets brought in, and undo' },
  { id: 'insights', label: 'Insights', hint: 'Where the talent is' },
  { id: 'settings', label: 'Settings', hint: 'Privacy, backups and the audit log' },
] as const;
export type RouteId = (typeof ROUTES)[number]['id'];

export interface Route {
  view: RouteId;
  /** Whatever follows the view in the hash, e.g. a role id: #/matches/12 */
  param: string | null;
}

export function parseHash(hash: string): Route {
  const [view, param] = hash.replace(/^#\/?/, '').split('/', 2);
  const known = ROUTES.find((r) => r.id === view);
  return { view: known ? known.id : 'candidates', param: param ? decodeURIComponent(param) : null };
}

export function navigate(view: RouteId, param?: string | number | null): void {
  window.location.hash = `#/${view}${param != null ? `/${encodeURIComponent(String(param))}` : ''}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const on = () => setRoute((cur) => {
      const next = parseHash(window.location.hash);
      return next.view === cur.view && next.param === cur.param ? cur : next;
    });
    window.addEventListener('hashchange', on);
    // The hash may have changed between the first render and now (a link followed while the app
    // started): that hashchange fired before anyone listened.
    on();
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
