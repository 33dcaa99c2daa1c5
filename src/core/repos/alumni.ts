import type Database from 'better-sqlite3';
import type { Page, PageArgs } from '../../shared/api/grid';
import type { AlumnusRow } from '../../shared/api/contract/people';
import { buildOrderBy, buildWhere, type GridColumns } from './gridQuery';
import { attachListFields, quickWhere } from './people';
import { hasSkillSql } from './personSkills';
import { parseJson } from './json';
import { blindPageArgs, isBlindReview, maskRows } from '../privacy/blind';

// The rehire grid: one row per former employee, from their latest stint with us.
// `e` is that latest employment; months and tenure are computed in SQL so they can be filtered.
// Walking employments (the alumni) and looking each person up keeps 100,000 non-alumni out of the loop.
/** The stint `e` is its person's latest (employments_latest serves the ORDER BY). */
const LATEST_STINT = `e.id = (SELECT e2.id FROM employments e2 WHERE e2.person_id = e.person_id ORDER BY e2.exit_date IS NULL, e2.exit_date DESC, e2.id DESC LIMIT 1)`;
const LATEST = `p.id = e.person_id AND ${LATEST_STINT}`;

export function alumniColumns(today: string): GridColumns {
  const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
  return {
    id: { sql: 'p.id', type: 'number' },
    name: { sql: 'p.full_name', type: 'text' },
    employeeId: { sql: 'e.employee_id', type: 'text' },
    team: { sql: 'e.team', type: 'text' },
    title: { sql: 'e.title', type: 'text' },
    level: { sql: 'e.level', type: 'text' },
    manager: { sql: 'e.manager', type: 'text' },
    hireDate: { sql: 'e.hire_date', type: 'date' },
    exitDate: { sql: 'e.exit_date', type: 'date' },
    exitType: { sql: 'e.exit_type', type: 'text' },
    exitReason: { sql: 'e.exit_reason', type: 'text' },
    rehire: { sql: 'e.rehire', type: 'text' },
    rehireSource: { sql: 'e.rehire_source', type: 'text' },
    lastPerformance: { sql: 'e.last_performance', type: 'text' },
    layoffWave: { sql: 'e.layoff_wave', type: 'text' },
    track: { sql: 'p.track', type: 'text' },
    location: { sql: 'p.location', type: 'text' },
    stage: { sql: 'p.stage', type: 'text' },
    tenureYears: { sql: `round((julianday(coalesce(e.exit_date, ${q(today)})) - julianday(e.hire_date)) / 365.25, 1)`, type: 'number' },
    monthsSinceExit: { sql: `CAST((julianday(${q(today)}) - julianday(e.exit_date)) / 30.44 AS INTEGER)`, type: 'number' },
    // match_best holds each person's best open role (kept exact by the matcher): one key lookup per row.
    bestScore: { sql: '(SELECT b.score FROM match_best b WHERE b.person_id = p.id)', type: 'number' },
  };
}

interface AlumnusDbRow {
  id: number;
  full_name: string;
  linkedin: string | null;
  track: string | null;
  location: string | null;
  stage: string;
  tags: string;
  employee_id: string | null;
  team: string | null;
  title: string | null;
  level: string | null;
  manager: string | null;
  hire_date: string | null;
  exit_date: string | null;
  exit_type: string | null;
  exit_reason: string | null;
  rehire: string;
  rehire_source: string;
  last_performance: string | null;
  layoff_wave: string | null;
  tenure_years: number | null;
  months_since_exit: number | null;
}

export interface AlumniQuery {
  filter: PageArgs['filter'] & object;
  quick: string;
  /** At least this many must-haves (exact or alias) of one open role, of these tracks. */
  minMust?: number;
  roleTracks?: string[];
  /** Blind review: the quick search leaves names and emails out. */
  blind?: boolean;
}

const FROM = `FROM employments e JOIN people p ON ${LATEST}`;

/** FROM and WHERE of the rehire grid for a filter; bulk actions reuse it to act on "everyone shown". */
export function alumniWhere(q: AlumniQuery, today: string): { from: string; where: string; params: unknown[] } {
  const cols = alumniColumns(today);
  const where = buildWhere(cols, q.filter);
  const quick = quickWhere(q.quick, 'p', { blind: q.blind });
  const parts = [`(${where.sql})`, `(${quick.sql})`];
  const params = [...where.params, ...quick.params];
  if (q.minMust) {
    const tracks = q.roleTracks ?? [];
    // Counted from skills, not from stored scores, so the answer never waits for a re-score: test the
    // open roles' must-haves against the person's skill names, and ask whether one role gets K of them.
    parts.push(`EXISTS (SELECT 1 FROM role_skills rs
      JOIN roles r ON r.id = rs.role_id AND r.status = 'open'${tracks.length ? ` AND r.track IN (${tracks.map(() => '?').join(',')})` : ''}
      WHERE rs.kind = 'must' AND ${hasSkillSql('p', 'rs.skill')} GROUP BY rs.role_id HAVING count(*) >= ?)`);
    params.push(...tracks, q.minMust);
  }
  return { from: FROM, where: parts.join(' AND '), params };
}

export function listAlumni(db: Database.Database, args: Required<PageArgs> & Omit<AlumniQuery, 'filter' | 'quick'>, today: string): Page<AlumnusRow> {
  const blind = isBlindReview(db);
  if (blind) args = blindPageArgs(args);
  const cols = alumniColumns(today);
  const { from, where: whereSql, params } = alumniWhere({ ...args, blind }, today);
  // Unfiltered, the total is the number of people with a stint (each has one latest): one index read
  // instead of finding every alumnus's latest stint (0.4-0.7 s at 200,000 alumni).
  // A filter on the stint alone (rehire, exit type, dates) is counted without reading each person's
  // row: at 1,000,000 people that was a random page read per match (0.7 s for 100,000 eligible).
  const total = whereSql === '(1) AND (1)'
    ? (db.prepare('SELECT count(DISTINCT person_id) AS n FROM employments').get() as { n: number }).n
    : /\bp\./.test(whereSql)
      ? (db.prepare(`SELECT count(*) AS n ${from} WHERE ${whereSql}`).get(...params) as { n: number }).n
      : (db.prepare(`SELECT count(*) AS n FROM employments e WHERE ${LATEST_STINT} AND ${whereSql}`).get(...params) as { n: number }).n;
  const order = buildOrderBy(cols, args.sort.length ? args.sort : [{ colId: 'exitDate', sort: 'desc' }], 'p.id');
  const rows = db
    .prepare(
      `SELECT p.id, p.full_name, p.linkedin, p.track, p.location, p.stage, p.tags, e.employee_id, e.team, e.title, e.level, e.manager,
        e.hire_date, e.exit_date, e.exit_type, e.exit_reason, e.rehire, e.rehire_source, e.last_performance, e.layoff_wave,
        ${cols.tenureYears.sql} AS tenure_years, ${cols.monthsSinceExit.sql} AS months_since_exit
       ${from} WHERE ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`,
    )
    .all(...params, args.limit, args.offset) as AlumnusDbRow[];
  const ids = rows.map((r) => r.id);
  const { emails, skills } = attachListFields(db, ids);
  const best = bestOpenRoles(db, ids);
  return {
    total,
    rows: maskRows(rows.map((r) => ({
      id: r.id,
      name: r.full_name,
      emails: emails.get(r.id) ?? [],
      linkedin: r.linkedin,
      skills: skills.get(r.id) ?? [],
      track: r.track as AlumnusRow['track'],
      location: r.location,
      stage: r.stage as AlumnusRow['stage'],
      tags: parseJson(r.tags, []),
      employeeId: r.employee_id,
      team: r.team,
      title: r.title,
      level: r.level,
      manager: r.manager,
      hireDate: r.hire_date,
      exitDate: r.exit_date,
      exitType: r.exit_type as AlumnusRow['exitType'],
      exitReason: r.exit_reason,
      rehire: r.rehire as AlumnusRow['rehire'],
      rehireSource: r.rehire_source as AlumnusRow['rehireSource'],
      lastPerformance: r.last_performance,
      layoffWave: r.layoff_wave,
      tenureYears: r.tenure_years,
      monthsSinceExit: r.months_since_exit,
      bestRole: best.get(r.id) ?? null,
    })), isBlindReview(db)),
  };
}

/** Each person's best-scoring open role, from match_best. */
function bestOpenRoles(db: Database.Database, ids: number[]): Map<number, AlumnusRow['bestRole']> {
  const out = new Map<number, AlumnusRow['bestRole']>();
  if (ids.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT b.person_id, r.id AS role_id, r.req_id, r.title, b.score FROM match_best b JOIN roles r ON r.id = b.role_id AND r.status = 'open'
       WHERE b.person_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as { person_id: number; role_id: number; req_id: string; title: string; score: number }[];
  for (const r of rows) out.set(r.person_id, { roleId: r.role_id, reqId: r.req_id, title: r.title, score: r.score });
  return out;
}
