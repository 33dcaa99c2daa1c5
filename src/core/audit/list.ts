import type Database from 'better-sqlite3';
import type { Page, PageArgs } from '../../shared/api/grid';
import type { AuditRow } from '../../shared/api/contract/audit';
import { buildOrderBy, buildWhere, type GridColumns } from '../repos/gridQuery';
import { parseJson } from '../repos/json';

export const AUDIT_COLUMNS: GridColumns = {
  id: { sql: 'a.id', type: 'number' },
  at: { sql: 'a.at', type: 'date' },
  action: { sql: 'a.action', type: 'text' },
  subject: { sql: 'a.subject', type: 'text' },
  details: { sql: 'a.details', type: 'text' },
};

/** A page of the audit log, newest first unless sorted otherwise. */
export function listAudit(db: Database.Database, args: Required<PageArgs>): Page<AuditRow> {
  const where = buildWhere(AUDIT_COLUMNS, args.filter);
  const quick = args.quick.trim().toLowerCase();
  const whereSql = quick ? `(${where.sql}) AND (lower(a.action || ' ' || coalesce(a.subject,'') || ' ' || a.details) LIKE ? ESCAPE '\\')` : where.sql;
  const params = quick ? [...where.params, `%${quick.replace(/[\\%_]/g, (c) => `\\${c}`)}%`] : where.params;
  const total = (db.prepare(`SELECT count(*) AS n FROM audit_log a WHERE ${whereSql}`).get(...params) as { n: number }).n;
  const order = buildOrderBy(AUDIT_COLUMNS, args.sort.length ? args.sort : [{ colId: 'id', sort: 'desc' }], 'a.id');
  const rows = db.prepare(`SELECT a.id, a.at, a.action, a.subject, a.details FROM audit_log a WHERE ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, args.limit, args.offset) as {
    id: number;
    at: string;
    action: string;
    subject: string | null;
    details: string;
  }[];
  return { total, rows: rows.map((r) => ({ id: r.id, at: r.at, action: r.action, subject: r.subject, details: parseJson<Record<string, unknown>>(r.details, {}) })) };
}
