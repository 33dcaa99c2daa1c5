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
  rank: number;
  score: number;
  near_miss: number;
  must_matched: number;
  explanation: string;
  computed_at: string;
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
  const quick = quickWhere(page.quick);
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
  const from = `FROM match_results m JOIN roles r ON r.id = m.role_id JOIN people p ON p.id = m.person_id
    LEFT JOIN employments e ON e.id = ${LATEST} LEFT JOIN layoff_events le ON le.id = p.layoff_event_id`;
  const total = (db.prepare(`SELECT count(*) AS n ${from} WHERE ${whereSql}`).get(...params) as { n: number }).n;
  const defaultSort = q.roleId !== undefined ? [{ colId: 'rank', sort: 'asc' as const }] : [{ colId: 'score', sort: 'desc' as const }];
  const order = buildOrderBy(MATCH_COLUMNS, page.sort.length ? page.sort : defaultSort, 'm.rank, m.role_id, m.person_id');
  const rows = db
    .prepare(
      `SELECT m.role_id, r.req_id, r.title AS role_title, p.id AS person_id, p.full_name, p.title, p.company, p.location, p.country, p.remote_pref,
        p.track, p.level, p.years_exp, p.sources, p.stage, p.available_on, le.company AS le_company, le.date AS le_date, le.laid_off AS le_laid_off,
        ${ELIGIBILITY} AS eligibility, m.rank, m.score, m.near_miss, m.must_matched, m.explanation, m.computed_at
       ${from} WHERE ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`,
    )
    .all(...params, page.limit, page.offset) as Row[];
  return { rows: maskRows(rows.map((r) => toRow(r, Boolean(q.filters.withExplanation))), blind), total };
}
