import type { Rng } from './rng';
import { addDays } from './dates';
import { toCsv } from './csv';
import { ROLE_TEMPLATES } from './data/roles';
import type { Team } from './company';

// Northwind Labs' open requisitions (an ATS / HRIS requisition report): one row per req, with
// must-have and nice-to-have skills as the hiring manager wrote them.

export interface Role {
  reqId: string;
  title: string;
  family: string;
  level: string;
  team: string;
  location: string;
  workplace: 'Remote' | 'Hybrid' | 'On-site';
  must: string;
  nice: string;
  opened: string;
  status: string;
  headcount: number;
  manager: string;
}

const PLACES: [string, 'Remote' | 'Hybrid' | 'On-site', number][] = [
  ['Seattle, WA', 'Hybrid', 8], ['San Francisco, CA', 'Hybrid', 4], ['New York, NY', 'Hybrid', 3], ['Toronto, ON', 'Hybrid', 3], ['London, United Kingdom', 'Hybrid', 4],
  ['Berlin, Germany', 'Hybrid', 3], ['Warsaw, Poland', 'Hybrid', 2], ['Bengaluru, India', 'On-site', 3], ['Lagos, Nigeria', 'Hybrid', 1], ['Nairobi, Kenya', 'Hybrid', 1],
  ['São Paulo, Brazil', 'Hybrid', 1], ['Singapore', 'On-site', 1], ['Remote (US)', 'Remote', 6], ['Remote (EMEA)', 'Remote', 4], ['Remote (Americas)', 'Remote', 1],
];

export function makeRoles(teams: Team[], rng: Rng, today: string): Role[] {
  return ROLE_TEMPLATES.map((t, i) => {
    const [location, workplace] = rng.weighted(PLACES.map(([l, w, n]) => [[l, w] as const, n] as const));
    const team = teams.find((x) => x.name === t.team);
    const status = i % 17 === 5 ? 'On hold' : i === 41 ? 'Filled' : rng.pick(['Open', 'Open', 'Open', 'Active', 'Sourcing']);
    return {
      reqId: `REQ-${String(1040 + i * 3 + rng.int(0, 2))}`,
      title: t.title,
      family: t.family,
      level: t.level,
      team: t.team,
      location,
      workplace,
      must: t.must,
      nice: t.nice,
      opened: addDays(today, -Math.round(rng.around(60, 35, 3, 170))),
      status,
      headcount: rng.weighted([[1, 7], [2, 2], [3, 1]] as const),
      manager: team ? team.managers[team.managers.length - 1]! : 'Hiring team',
    };
  });
}

export const ROLE_HEADERS = ['Req ID', 'Job Title', 'Job Family', 'Level', 'Department', 'Location', 'Workplace Type', 'Must-have Skills', 'Nice-to-have Skills', 'Date Opened', 'Status', 'Headcount', 'Hiring Manager', 'Description'];

function description(r: Role): string {
  const where = r.workplace === 'Remote' ? `fully remote (${r.location.replace(/^Remote \(|\)$/g, '')})` : `${r.workplace.toLowerCase()} in ${r.location}`;
  return `Join the ${r.team} team at Northwind Labs as our ${r.title}. You will own production systems end to end and work closely with product and research. We screen for ${r.must}; ${r.nice} would help. This role is ${where}.`;
}

export function rolesCsv(roles: Role[]): string {
  return toCsv(ROLE_HEADERS, roles.map((r) => [r.reqId, r.title, r.family, r.level, r.team, r.location, r.workplace, r.must, r.nice, r.opened, r.status, r.headcount, r.manager, description(r)]));
}
