import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { Page, PageArgs } from '../../shared/api/grid';
import type { Eligibility, Explanation, MatchFilters, MatchRow } from '../../shared/api/contract/match';
import type { ScorePart } from '../../shared/domain';
import { SCORE_PARTS } from '../../shared/domain';
import { buildOrderBy, buildWhere, type GridColumns } from '../repos/gridQuery';
import { PERSON_FIELD_COLUMNS, quickWhere } from '../repos/people';
import { parseJson } from '../repos/json';
import { blindPageArgs, isBlindReview, maskRows } from '../privacy';

// The match grid: stored results joined with people and roles, filtered and paged in SQL.

const LATEST = `(SELECT e2.id FROM employments e2 WHERE e2.person_id = p.id ORDER BY e2.exit_date IS NULL, e2.exit_date DESC, e2.id DESC LIMIT 1)`;
const ELIGIBILITY = `CASE WHEN e.id IS NULL THEN 'not_alumni' ELSE e.rehire END`;
// Shortlist membership as one text, for the column filter and sort: an index lookup per row
// (shortlist_entries_person), and most people are on no list.
const SHORTLIST_NAMES = `(SELECT group_concat(s.name, ', ') FROM shortlist_entries se JOIN shortlists s ON s.id = se.shortlist_id WHERE se.person_id = p.id)`;
const ON_LIST = `EXISTS (SELECT 1 FROM shortlist_entries se WHERE se.person_id = p.id)`;
const ON_ROLE_LIST = `EXISTS (SELECT 1 FROM shortlist_entries se JOIN shortlists s ON s.id = se.shortlist_id WHERE se.person_id = p.id AND s.role_id = m.role_id)`;
const ON_SHORTLIST_SQL = { yes: ON_LIST, no: `NOT ${ON_LIST}`, role: ON_ROLE_LIST, notRole: `NOT ${ON_ROLE_LIST}` } as const;

export const MATCH_COLUMNS: GridColumns = {
  score: { sql: 'm.score', type: 'number' },
  rank: { sql: 'm.rank', type: 'number' },
  mustMatched: { sql: 'm.must_matched', type: 'number' },
  nearMiss: { sql: 'm.near_miss', type: 'number' },
  reqId: { sql: 'r.req_id', type: 'text' },
  roleTitle: { sql: 'r.title', type: 'text' },
  personId: { sql: 'p.id', type: 'number' },
  ...PERSON_FIELD_COLUMNS,
  eligibility: { sql: ELIGIBILITY, type: 'text' },
  formerTeam: { sql: 'e.team', type: 'text' },
  shortlists: { sql: SHORTLIST_NAMES, type: 'text' },
  computedAt: { sql: 'm.computed_at', type: 'date' },
};

type Filters = z.output<typeof MatchFilters>;

/** The issue's filters as SQL over the joined row. */
function filterSql(f: Filters, today: string): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const inList = (expr: string, values: readonly string[]) => {
    parts.push(values.length ? `${expr} IN (${values.map(() => '?').join(',')})` : '0');
    params.push(...values);
  };
  if (f.minScore !== undefined) {
    parts.push('m.score >= ?');
    params.push(f.minScore);
  }
  if (f.source) {
    parts.push('EXISTS (SELECT 1 FROM json_each(p.sources) j WHERE j.value = ?)');
    params.push(f.source);
  }
  if (f.eligibility) inList(ELIGIBILITY, f.eligibility);
  if (f.nearMissOnly) parts.push('m.near_miss = 1');
  if (f.laidOffWithinMonths !== undefined) {
    parts.push(`substr(coalesce(p.available_on, le.date, CASE WHEN e.exit_type = 'layoff' THEN e.exit_date END), 1, 10) >= date(?, ?)`);
    params.push(today, `-${f.laidOffWithinMonths} months`);
  }
  if (f.track) inList('p.track', f.track);
  if (f.location) {
    const like = `%${f.location.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(`(lower(coalesce(p.location, '')) LIKE ? ESCAPE '\\' OR lower(coalesce(p.country, '')) LIKE ? ESCAPE '\\')`);
    params.push(like, like);
  }
  if (f.remote) inList('p.remote_pref', f.remote);
  if (f.stage) inList('p.stage', f.stage);
  if (f.onShortlist) parts.push(ON_SHORTLIST_SQL[f.onShortlist]);
  return { sql: parts.length ? parts.join(' AND ') : '1', params };
}

interface Row {
  role_id: number;
  req_id: string;
  role_title: string;
  person_id: number;
  full_name: string;
  title: string | null;
  company: string | null;
  location: string | null;
  country: string | null;
  remote_pref: string | null;
  track: string | null;
  level: string | null;
  years_exp: number | null;
  sources: string;
  stage: string;
  available_on: string | null;
  le_company: string | null;
  le_date: string | null;
  le_laid_off: number | null;
  eligibility: string;
  former_team: string | null;
  rank: number;
  score: number;
  near_miss: number;
  must_matched: number;
  explanation: string;
  computed_at: string;
}

/** The shortlists each person is on: names and the role each list is for, for the page's rows only. */
function shortlistsOf(db: Database.Database, personIds: number[]): Map<number, { name: string; roleId: number | null }[]> {
  const out = new Map<number, { name: string; roleId: number | null }[]>();
  if (personIds.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT se.person_id, s.name, s.role_id FROM shortlist_entries se JOIN shortlists s ON s.id = se.shortlist_id
       WHERE se.person_id IN (SELECT value FROM json_each(?)) ORDER BY s.name COLLATE NOCASE, s.id`,
    )
    .all(JSON.stringify([...new Set(personIds)])) as { person_id: number; name: string; role_id: number | null }[];
  for (const r of rows) {
    const list = out.get(r.person_id) ?? [];
    list.push({ name: r.name, roleId: r.role_id });
    out.set(r.person_id, list);
  }
  return out;
}

/** The row's role's lists first (what the manager is building), then the others; both by name. */
function membership(lists: { name: string; roleId: number | null }[] | undefined, roleId: number): Pick<MatchRow, 'shortlists' | 'shortlistsForRole'> {
  if (!lists) return { shortlists: [], shortlistsForRole: 0 };
  const mine = lists.filter((l) => l.roleId === roleId).map((l) => l.name);
  return { shortlists: [...mine, ...lists.filter((l) => l.roleId !== roleId).map((l) => l.name)], shortlistsForRole: mine.length };
}

function toRow(r: Row, full: boolean): MatchRow {
  const x = parseJson<Partial<Explanation>>(r.explanation, {});
  const points = {} as Record<ScorePart, number>;
  for (const k of SCORE_PARTS) points[k] = x.components?.[k]?.points ?? 0;
  return {
    roleId: r.role_id,
    reqId: r.req_id,
    roleTitle: r.role_title,
    personId: r.person_id,
    name: r.full_name,
    title: r.title,
    company: r.company,
    location: r.location,
    country: r.country,
    remotePref: r.remote_pref as MatchRow['remotePref'],
    track: r.track as MatchRow['track'],
    level: r.level as MatchRow['level'],
    yearsExp: r.years_exp,
    sources: parseJson(r.sources, []),
    stage: r.stage as MatchRow['stage'],
    availableOn: r.available_on,
    layoff: r.le_company ? { company: r.le_company, date: r.le_date, laidOff: r.le_laid_off } : null,
    eligibility: r.eligibility as Eligibility,
    formerTeam: r.former_team,
    shortlists: [],
    shortlistsForRole: 0,
    rank: r.rank,
    score: r.score,
    nearMiss: r.near_miss === 1,
    nearMissSkill: x.nearMissSkill ?? null,
    mustMatched: r.must_matched,
    mustTotal: x.mustTotal ?? 0,
    points,
    matched: (x.matched ?? []).map((m) => m.skill),
    partial: (x.partial ?? []).map((p) => p.label),
    missing: x.missing ?? [],
    flags: x.flags ?? [],
    computedAt: r.computed_at,
    ...(full ? { explanation: x as Explanation } : {}),
  };
}

export interface MatchQuery {
  roleId?: number;
  openOnly: boolean;
  page: Required<PageArgs>;
  filters: Filters;
  today: string;
}

export function queryMatches(db: Database.Database, q: MatchQuery): Page<MatchRow> {
  // Blind review (as in the people grid): no name in the rows, and no filtering or sorting by it.
  const blind = isBlindReview(db);
  const page = blind ? blindPageArgs(q.page) : q.page;
  const where = buildWhere(MATCH_COLUMNS, page.filter);
  const quick = quickWhere(page.quick, 'p', { blind });
  const f = filterSql(q.filters, q.today);
  const scope: string[] = [];
  const scopeParams: unknown[] = [];
  if (q.roleId !== undefined) {
    scope.push('m.role_id = ?');
    scopeParams.push(q.roleId);
  }
  if (q.openOnly) scope.push(`r.status = 'open'`);
  const whereSql = [...scope, `(${where.sql})`, `(${quick.sql})`, `(${f.sql})`].join(' AND ');
  const params = [...scopeParams, ...where.params, ...quick.params, ...f.params];
  const defaultSort = q.roleId !== undefined ? [{ colId: 'rank', sort: 'asc' as const }] : [{ colId: 'score', sort: 'desc' as const }];
  const order = buildOrderBy(MATCH_COLUMNS, page.sort.length ? page.sort : defaultSort, 'm.rank, m.role_id, m.person_id');
  // The latest stint (a lookup per row) is joined for counting and sorting only when asked about.
  const joinsFor = (withStint: boolean) => `JOIN roles r ON r.id = m.role_id JOIN people p ON p.id = m.person_id
    ${withStint ? `LEFT JOIN employments e ON e.id = ${LATEST}` : ''} LEFT JOIN layoff_events le ON le.id = p.layoff_event_id`;
  const joins = joinsFor(true);
  const from = `FROM match_results m ${joinsFor(/\be\./.test(whereSql + order))}`;
  const total = (db.prepare(`SELECT count(*) AS n ${from} WHERE ${whereSql}`).get(...params) as { n: number }).n;
  // Sort only the keys, then read the page's rows by key: sorting whole rows drags every
  // explanation through the sorter (a page deep in "all open roles" took 4x as long).
  const keys = db.prepare(`SELECT m.role_id, m.person_id ${from} WHERE ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`).raw().all(...params, page.limit, page.offset) as [number, number][];
  const rows = keys.length
    ? (db
        .prepare(
          `SELECT m.role_id, r.req_id, r.title AS role_title, p.id AS person_id, p.full_name, p.title, p.company, p.location, p.country, p.remote_pref,
        p.track, p.level, p.years_exp, p.sources, p.stage, p.available_on, le.company AS le_company, le.date AS le_date, le.laid_off AS le_laid_off,
        ${ELIGIBILITY} AS eligibility, e.team AS former_team, m.rank, m.score, m.near_miss, m.must_matched, m.explanation, m.computed_at
       FROM json_each(?) k JOIN match_results m ON m.role_id = k.value ->> 0 AND m.person_id = k.value ->> 1 ${joins} ORDER BY k.key`,
        )
        .all(JSON.stringify(keys)) as Row[])
    : [];
  const lists = shortlistsOf(db, rows.map((r) => r.person_id));
  const out = rows.map((r) => ({ ...toRow(r, Boolean(q.filters.withExplanation)), ...membership(lists.get(r.person_id), r.role_id) }));
  // Team and shortlist names say nothing about who someone is: blind review leaves them.
  return { rows: maskRows(out, blind), total };
}
