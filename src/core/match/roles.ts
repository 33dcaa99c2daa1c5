import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { Page, PageArgs } from '../../shared/api/grid';
import type { RoleDetail, RoleInput, RoleRow, RoleSkillDto } from '../../shared/api/contract/roles';
import type { RoleStatus } from '../../shared/domain';
import { ApiError } from '../../shared/api/errors';
import { buildOrderBy, buildWhere, type GridColumns } from '../repos/gridQuery';
import { parseJson } from '../repos/json';
import { graphFor } from './graphSource';
import { ownWeights } from './load';
import { readDefaults, resolveWeights } from './weights';

// Open requisitions: the Roles grid, one role's detail, and saving a role with its skills and weights.

export function roleColumns(today: string): GridColumns {
  const q = `'${today.replace(/'/g, "''")}'`;
  return {
    id: { sql: 'r.id', type: 'number' },
    reqId: { sql: 'r.req_id', type: 'text' },
    title: { sql: 'r.title', type: 'text' },
    track: { sql: 'r.track', type: 'text' },
    level: { sql: 'r.level', type: 'text' },
    team: { sql: 'r.team', type: 'text' },
    location: { sql: 'r.location', type: 'text' },
    remotePolicy: { sql: 'r.remote_policy', type: 'text' },
    status: { sql: 'r.status', type: 'text' },
    headcount: { sql: 'r.headcount', type: 'number' },
    hiringManager: { sql: 'r.hiring_manager', type: 'text' },
    openedOn: { sql: 'r.opened_on', type: 'date' },
    daysOpen: { sql: `CAST(julianday(${q}) - julianday(r.opened_on) AS INTEGER)`, type: 'number' },
    candidates: { sql: '(SELECT count(*) FROM match_results m WHERE m.role_id = r.id)', type: 'number' },
    nearMisses: { sql: '(SELECT count(*) FROM match_results m WHERE m.role_id = r.id AND m.near_miss = 1)', type: 'number' },
    topScore: { sql: '(SELECT max(m.score) FROM match_results m WHERE m.role_id = r.id)', type: 'number' },
    skills: { sql: "(SELECT group_concat(skill, ', ') FROM role_skills s WHERE s.role_id = r.id)", type: 'text' },
    updatedAt: { sql: 'r.updated_at', type: 'date' },
  };
}

interface RoleDbRow {
  id: number;
  req_id: string;
  title: string;
  track: string;
  level: string | null;
  team: string | null;
  location: string | null;
  remote_policy: string | null;
  status: string;
  headcount: number;
  hiring_manager: string | null;
  opened_on: string | null;
  description: string;
  weights: string | null;
  updated_at: string;
  days_open: number | null;
  candidates: number;
  near_misses: number;
  top_score: number | null;
}

function select(today: string): string {
  const c = roleColumns(today);
  return `SELECT r.id, r.req_id, r.title, r.track, r.level, r.team, r.location, r.remote_policy, r.status, r.headcount, r.hiring_manager,
    r.opened_on, r.description, r.weights, r.updated_at, ${c.daysOpen!.sql} AS days_open, ${c.candidates!.sql} AS candidates,
    ${c.nearMisses!.sql} AS near_misses, ${c.topScore!.sql} AS top_score FROM roles r`;
}

function skillsOf(db: Database.Database, ids: number[]): Map<number, { must: RoleSkillDto[]; nice: RoleSkillDto[] }> {
  const out = new Map<number, { must: RoleSkillDto[]; nice: RoleSkillDto[] }>();
  if (!ids.length) return out;
  const graph = graphFor(db);
  const rows = db.prepare('SELECT role_id, skill, kind, raw FROM role_skills WHERE role_id IN (SELECT value FROM json_each(?)) ORDER BY role_id, kind, skill COLLATE NOCASE').all(JSON.stringify(ids)) as {
    role_id: number;
    skill: string;
    kind: string;
    raw: string;
  }[];
  for (const r of rows) {
    const e = out.get(r.role_id) ?? out.set(r.role_id, { must: [], nice: [] }).get(r.role_id)!;
    (r.kind === 'must' ? e.must : e.nice).push({ skill: r.skill, raw: r.raw, known: graph.known(r.skill) });
  }
  return out;
}

function toRow(r: RoleDbRow, s: { must: RoleSkillDto[]; nice: RoleSkillDto[] } | undefined): RoleRow {
  return {
    id: r.id,
    reqId: r.req_id,
    title: r.title,
    track: r.track as RoleRow['track'],
    level: r.level as RoleRow['level'],
    team: r.team,
    location: r.location,
    remotePolicy: r.remote_policy as RoleRow['remotePolicy'],
    status: r.status as RoleStatus,
    headcount: r.headcount,
    hiringManager: r.hiring_manager,
    openedOn: r.opened_on,
    daysOpen: r.days_open,
    must: (s?.must ?? []).map((x) => x.skill),
    nice: (s?.nice ?? []).map((x) => x.skill),
    candidates: r.candidates,
    nearMisses: r.near_misses,
    topScore: r.top_score,
    updatedAt: r.updated_at,
  };
}

export function listRoles(db: Database.Database, args: Required<PageArgs>, today: string): Page<RoleRow> {
  const cols = roleColumns(today);
  const where = buildWhere(cols, args.filter);
  const terms = args.quick.trim().toLowerCase().split(/\s+/).filter(Boolean).slice(0, 6);
  const quick = terms.map(() => `(lower(r.req_id) LIKE ? OR lower(r.title) LIKE ? OR lower(coalesce(r.team,'')) LIKE ? OR EXISTS (SELECT 1 FROM role_skills s WHERE s.role_id = r.id AND lower(s.skill) LIKE ?))`);
  const quickParams = terms.flatMap((t) => Array(4).fill(`%${t}%`));
  const whereSql = [`(${where.sql})`, ...quick].join(' AND ');
  const params = [...where.params, ...quickParams];
  const total = (db.prepare(`SELECT count(*) AS n FROM roles r WHERE ${whereSql}`).get(...params) as { n: number }).n;
  const order = buildOrderBy(cols, args.sort.length ? args.sort : [{ colId: 'reqId', sort: 'asc' }], 'r.id');
  const rows = db.prepare(`${select(today)} WHERE ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, args.limit, args.offset) as RoleDbRow[];
  const skills = skillsOf(db, rows.map((r) => r.id));
  return { rows: rows.map((r) => toRow(r, skills.get(r.id))), total };
}

export function findRoleId(db: Database.Database, ref: { id?: number; reqId?: string }): number {
  const r = (ref.id !== undefined ? db.prepare('SELECT id FROM roles WHERE id = ?').get(ref.id) : db.prepare('SELECT id FROM roles WHERE req_id = ? COLLATE NOCASE').get(ref.reqId)) as { id: number } | undefined;
  if (!r) throw new ApiError('NOT_FOUND', ref.reqId !== undefined ? `There is no role with req ID "${ref.reqId}".` : 'That role is no longer in the workspace.', { field: ref.reqId !== undefined ? 'reqId' : 'id' });
  return r.id;
}

export function getRole(db: Database.Database, id: number, today: string): RoleDetail {
  const r = db.prepare(`${select(today)} WHERE r.id = ?`).get(id) as RoleDbRow | undefined;
  if (!r) throw new ApiError('NOT_FOUND', 'That role is no longer in the workspace.', { field: 'id' });
  const s = skillsOf(db, [id]).get(id);
  const own = ownWeights(r.weights);
  const { weights, source } = resolveWeights(own, r.track as RoleRow['track'], readDefaults(db));
  return { ...toRow(r, s), description: r.description, mustSkills: s?.must ?? [], niceSkills: s?.nice ?? [], weights: own, effectiveWeights: weights, weightsSource: source };
}

/** Creates or updates a role and its skills in one transaction; returns its id. */
export function saveRole(db: Database.Database, input: z.output<typeof RoleInput>): number {
  const graph = graphFor(db);
  return db.transaction(() => {
    const clash = db.prepare('SELECT id FROM roles WHERE req_id = ? COLLATE NOCASE AND id IS NOT ?').get(input.reqId, input.id ?? null) as { id: number } | undefined;
    if (clash) throw new ApiError('CONFLICT', `Another role already has req ID "${input.reqId}".`, { field: 'reqId' });
    const fields = [input.reqId, input.title, input.track, input.level ?? null, input.team ?? null, input.location ?? null, input.remotePolicy ?? null, input.status, input.headcount, input.hiringManager ?? null, input.openedOn ?? null, input.description];
    let id: number;
    if (input.id !== undefined) {
      const cur = db.prepare('SELECT weights FROM roles WHERE id = ?').get(input.id) as { weights: string | null } | undefined;
      if (!cur) throw new ApiError('NOT_FOUND', 'That role is no longer in the workspace.', { field: 'id' });
      const weights = input.weights === undefined ? cur.weights : input.weights === null ? null : JSON.stringify(input.weights);
      db.prepare(
        `UPDATE roles SET req_id = ?, title = ?, track = ?, level = ?, team = ?, location = ?, remote_policy = ?, status = ?, headcount = ?, hiring_manager = ?,
          opened_on = ?, description = ?, weights = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`,
      ).run(...fields, weights, input.id);
      if (weights !== cur.weights) audit(db, input.id, parseJson(cur.weights, null), input.weights ?? null);
      id = input.id;
    } else {
      const weights = input.weights ? JSON.stringify(input.weights) : null;
      id = Number(
        db.prepare(`INSERT INTO roles (req_id, title, track, level, team, location, remote_policy, status, headcount, hiring_manager, opened_on, description, weights) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(...fields, weights)
          .lastInsertRowid,
      );
    }
    db.prepare('DELETE FROM role_skills WHERE role_id = ?').run(id);
    const ins = db.prepare('INSERT OR IGNORE INTO role_skills (role_id, skill, kind, raw) VALUES (?, ?, ?, ?)');
    const must = new Set<string>();
    for (const raw of input.must) {
      const skill = graph.canonical(raw);
      must.add(skill.toLowerCase());
      ins.run(id, skill, 'must', raw);
    }
    for (const raw of input.nice) {
      const skill = graph.canonical(raw);
      if (!must.has(skill.toLowerCase())) ins.run(id, skill, 'nice', raw);
    }
    return id;
  })();
}

function audit(db: Database.Database, roleId: number, before: unknown, after: unknown): void {
  db.prepare(`INSERT INTO audit_log (action, subject, details) VALUES ('weights', ?, ?)`).run(`role:${roleId}`, JSON.stringify({ before, after }));
}

export function setRoleStatus(db: Database.Database, id: number, status: RoleStatus): void {
  const res = db.prepare(`UPDATE roles SET status = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`).run(status, id);
  if (res.changes === 0) throw new ApiError('NOT_FOUND', 'That role is no longer in the workspace.', { field: 'id' });
}
