import type Database from 'better-sqlite3';
import type { ShortlistSummary } from '../../shared/api/contract/shortlists';
import type { Explanation } from '../../shared/api/contract/match';
import { ApiError } from '../../shared/api/errors';

// Storage of shortlists and their entries. Positions are kept 1..n with no gaps, so "move up"
// and a drag are both a reorder of the whole (small) list.

export interface ShortlistRecord {
  id: number;
  name: string;
  roleId: number | null;
  createdAt: string;
}

export interface RoleRef {
  id: number;
  reqId: string;
  title: string;
}

export interface NewEntry {
  personId: number;
  stage: string;
  addedBy: string;
  addedAt: string;
  explanation: Explanation | null;
}

export function findShortlist(db: Database.Database, ref: number | string): ShortlistRecord {
  const row = (
    typeof ref === 'number'
      ? db.prepare('SELECT id, name, role_id, created_at FROM shortlists WHERE id = ?').get(ref)
      : db.prepare('SELECT id, name, role_id, created_at FROM shortlists WHERE name = ? COLLATE NOCASE ORDER BY name = ? DESC LIMIT 1').get(ref.trim(), ref.trim())
  ) as { id: number; name: string; role_id: number | null; created_at: string } | undefined;
  if (!row) {
    const what = typeof ref === 'number' ? 'That shortlist' : `The shortlist "${ref.trim()}"`;
    throw new ApiError('NOT_FOUND', `${what} does not exist (any more).`, { field: 'shortlist' });
  }
  return { id: row.id, name: row.name, roleId: row.role_id, createdAt: row.created_at };
}

export function findRole(db: Database.Database, a: { roleId?: number; reqId?: string }): RoleRef {
  const row = (
    a.roleId !== undefined
      ? db.prepare('SELECT id, req_id, title FROM roles WHERE id = ?').get(a.roleId)
      : db.prepare('SELECT id, req_id, title FROM roles WHERE req_id = ? COLLATE NOCASE').get(a.reqId!.trim())
  ) as { id: number; req_id: string; title: string } | undefined;
  if (!row) {
    const what = a.roleId !== undefined ? 'That role' : `No role has the req ID "${a.reqId!.trim()}"; it`;
    throw new ApiError('NOT_FOUND', `${what} is not in the workspace.`, { field: a.roleId !== undefined ? 'roleId' : 'reqId' });
  }
  return { id: row.id, reqId: row.req_id, title: row.title };
}

export function roleOf(db: Database.Database, roleId: number | null): RoleRef | null {
  if (roleId === null) return null;
  const row = db.prepare('SELECT id, req_id, title FROM roles WHERE id = ?').get(roleId) as { id: number; req_id: string; title: string } | undefined;
  return row ? { id: row.id, reqId: row.req_id, title: row.title } : null;
}

function assertNameFree(db: Database.Database, name: string, exceptId?: number): void {
  const other = db.prepare('SELECT id, name FROM shortlists WHERE name = ? COLLATE NOCASE').get(name) as { id: number; name: string } | undefined;
  if (other && other.id !== exceptId) throw new ApiError('CONFLICT', `There is already a shortlist called "${other.name}". Choose another name.`, { field: 'name' });
}

export function insertShortlist(db: Database.Database, name: string, roleId: number, createdAt: string): number {
  assertNameFree(db, name);
  return Number(db.prepare('INSERT INTO shortlists (name, role_id, created_at) VALUES (?, ?, ?)').run(name, roleId, createdAt).lastInsertRowid);
}

export function renameShortlist(db: Database.Database, id: number, name: string): void {
  assertNameFree(db, name, id);
  db.prepare('UPDATE shortlists SET name = ? WHERE id = ?').run(name, id);
}

export function deleteShortlist(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM shortlists WHERE id = ?').run(id).changes > 0;
}

const SUMMARY_SQL = `SELECT s.id, s.name, s.role_id, r.req_id, r.title AS role_title, s.created_at,
    (SELECT count(*) FROM shortlist_entries e WHERE e.shortlist_id = s.id) AS size,
    coalesce((SELECT max(e.added_at) FROM shortlist_entries e WHERE e.shortlist_id = s.id), s.created_at) AS last_added
  FROM shortlists s LEFT JOIN roles r ON r.id = s.role_id`;

interface SummaryRow {
  id: number;
  name: string;
  role_id: number | null;
  req_id: string | null;
  role_title: string | null;
  created_at: string;
  size: number;
  last_added: string;
}

const toSummary = (r: SummaryRow): ShortlistSummary => ({
  id: r.id,
  name: r.name,
  roleId: r.role_id,
  reqId: r.req_id,
  roleTitle: r.role_title,
  size: r.size,
  createdAt: r.created_at,
  lastAddedAt: r.last_added,
});

export function listShortlists(db: Database.Database): ShortlistSummary[] {
  return (db.prepare(`${SUMMARY_SQL} ORDER BY last_added DESC, s.id DESC`).all() as SummaryRow[]).map(toSummary);
}

export function shortlistSummary(db: Database.Database, id: number): ShortlistSummary {
  return toSummary(db.prepare(`${SUMMARY_SQL} WHERE s.id = ?`).get(id) as SummaryRow);
}

export function entryIds(db: Database.Database, shortlistId: number): number[] {
  return (db.prepare('SELECT person_id FROM shortlist_entries WHERE shortlist_id = ? ORDER BY position, person_id').all(shortlistId) as { person_id: number }[]).map((r) => r.person_id);
}

/** Adds entries at the end, in the given order; people already on the list are left where they are. */
export function appendEntries(db: Database.Database, shortlistId: number, entries: readonly NewEntry[]): { added: number; alreadyThere: number } {
  const present = new Set(entryIds(db, shortlistId));
  let pos = (db.prepare('SELECT coalesce(max(position), 0) AS p FROM shortlist_entries WHERE shortlist_id = ?').get(shortlistId) as { p: number }).p;
  const ins = db.prepare(
    `INSERT INTO shortlist_entries (shortlist_id, person_id, position, stage, note, added_by, added_at, score, explanation, engine_version, weights)
     VALUES (?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?)`,
  );
  let added = 0;
  let alreadyThere = 0;
  for (const e of entries) {
    if (present.has(e.personId)) {
      alreadyThere++;
      continue;
    }
    present.add(e.personId);
    const x = e.explanation;
    ins.run(shortlistId, e.personId, ++pos, e.stage, e.addedBy, e.addedAt, x?.score ?? null, x ? JSON.stringify(x) : null, x?.engineVersion ?? null, x ? JSON.stringify(x.weights) : null);
    added++;
  }
  return { added, alreadyThere };
}

function assertOnList(db: Database.Database, shortlistId: number, personId: number): void {
  if (!db.prepare('SELECT 1 FROM shortlist_entries WHERE shortlist_id = ? AND person_id = ?').get(shortlistId, personId)) {
    throw new ApiError('NOT_FOUND', 'That person is not on this shortlist.', { field: 'personId' });
  }
}

export function removeEntry(db: Database.Database, shortlistId: number, personId: number): void {
  assertOnList(db, shortlistId, personId);
  db.transaction(() => {
    db.prepare('DELETE FROM shortlist_entries WHERE shortlist_id = ? AND person_id = ?').run(shortlistId, personId);
    writeOrder(db, shortlistId, entryIds(db, shortlistId));
  })();
}

export function updateEntry(db: Database.Database, shortlistId: number, personId: number, patch: { stage?: string; note?: string }): void {
  assertOnList(db, shortlistId, personId);
  if (patch.stage !== undefined) db.prepare('UPDATE shortlist_entries SET stage = ? WHERE shortlist_id = ? AND person_id = ?').run(patch.stage, shortlistId, personId);
  if (patch.note !== undefined) db.prepare('UPDATE shortlist_entries SET note = ? WHERE shortlist_id = ? AND person_id = ?').run(patch.note, shortlistId, personId);
}

/** The new order must name every entry exactly once, so a stale view cannot drop anyone. */
export function reorder(db: Database.Database, shortlistId: number, personIds: readonly number[]): void {
  const current = entryIds(db, shortlistId);
  const want = new Set(personIds);
  if (want.size !== personIds.length || want.size !== current.length || current.some((id) => !want.has(id))) {
    throw new ApiError('CONFLICT', 'The shortlist changed while you were ordering it. It has been reloaded; please try again.', { field: 'personIds' });
  }
  db.transaction(() => writeOrder(db, shortlistId, personIds))();
}

function writeOrder(db: Database.Database, shortlistId: number, personIds: readonly number[]): void {
  const set = db.prepare('UPDATE shortlist_entries SET position = ? WHERE shortlist_id = ? AND person_id = ?');
  personIds.forEach((id, i) => set.run(i + 1, shortlistId, id));
}

/** Stored match results of a role, best first: the source of "fill from the top N". */
export function topMatches(db: Database.Database, roleId: number, n: number): { personId: number; explanation: string }[] {
  return (db.prepare('SELECT person_id, explanation FROM match_results WHERE role_id = ? ORDER BY rank, person_id LIMIT ?').all(roleId, n) as { person_id: number; explanation: string }[]).map((r) => ({
    personId: r.person_id,
    explanation: r.explanation,
  }));
}
