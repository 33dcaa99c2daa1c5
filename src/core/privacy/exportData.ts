import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors';
import { personSubject, record } from '../audit/record';
import { parseJson } from '../repos/json';
import { byName, unpackSkills } from '../repos/personSkills';

// A subject access request: everything the workspace holds about one person, as one JSON
// document they can be given. Never masked (it is for the person themselves), always audited.

export interface PersonExport {
  fileName: string;
  content: string;
}

const all = (db: Database.Database, sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Record<string, unknown>[];

/** Columns stored as JSON text come back as values. */
function decode(row: Record<string, unknown>, jsonCols: string[]): Record<string, unknown> {
  const out = { ...row };
  for (const c of jsonCols) if (typeof out[c] === 'string') out[c] = parseJson(out[c] as string, out[c]);
  return out;
}

/** The person's own fields; their skills are listed on their own, one object each, as before. */
function personFields(person: Record<string, unknown>): Record<string, unknown> {
  const { skills: _skills, skill_names: _names, ...rest } = person;
  return rest;
}

export function exportPersonData(db: Database.Database, personId: number, opts: { actor: string; at: Date }): PersonExport {
  const person = db.prepare('SELECT * FROM people WHERE id = ?').get(personId) as Record<string, unknown> | undefined;
  if (!person) throw new ApiError('NOT_FOUND', 'That person is no longer in the workspace.', { field: 'id' });
  const doc = {
    exportedAt: opts.at.toISOString(),
    about: 'Everything this Bridgehire workspace holds about one person.',
    person: decode(personFields(person), ['sources', 'tags', 'edited_fields', 'extra']),
    emails: all(db, 'SELECT email, kind FROM person_emails WHERE person_id = ? ORDER BY email', personId),
    skills: byName(unpackSkills(person.skills as string)).map(([skill, known, raw, origin, batchId]) => ({ skill, known, raw, origin, batch_id: batchId })),
    employments: all(db, 'SELECT * FROM employments WHERE person_id = ? ORDER BY id', personId),
    keptApart: all(db, 'SELECT attribute, value, batch_id FROM person_protected WHERE person_id = ? ORDER BY attribute', personId),
    layoffEvent: person.layoff_event_id ? (db.prepare('SELECT company, date, laid_off, percentage, source_url FROM layoff_events WHERE id = ?').get(person.layoff_event_id) ?? null) : null,
    shortlists: all(
      db,
      `SELECT s.name AS shortlist, r.req_id AS reqId, e.stage, e.note, e.added_by, e.added_at, e.score, e.explanation, e.engine_version
       FROM shortlist_entries e JOIN shortlists s ON s.id = e.shortlist_id LEFT JOIN roles r ON r.id = s.role_id WHERE e.person_id = ? ORDER BY s.name`,
      personId,
    ).map((r) => decode(r, ['explanation'])),
    matchScores: all(
      db,
      `SELECT r.req_id AS reqId, r.title AS roleTitle, m.score, m.rank, m.near_miss, m.explanation, m.engine_version, m.computed_at
       FROM match_results m JOIN roles r ON r.id = m.role_id WHERE m.person_id = ? ORDER BY m.score DESC`,
      personId,
    ).map((r) => decode(r, ['explanation'])),
    importedFrom: all(
      db,
      `SELECT b.id AS batchId, b.file_name AS fileName, b.kind, b.started_at AS importedAt, r.row_no AS rowNo, r.outcome, r.raw, r.messages
       FROM import_rows r JOIN import_batches b ON b.id = r.batch_id WHERE r.person_id = ? ORDER BY b.id, r.row_no`,
      personId,
    ).map((r) => decode(r, ['raw', 'messages'])),
    auditLog: all(db, 'SELECT at, action, details FROM audit_log WHERE subject = ? ORDER BY id', personSubject(personId)).map((r) => decode(r, ['details'])),
  };
  db.transaction(() => record(db, 'export', personSubject(personId), { by: opts.actor, kind: 'subject_access' }, opts.at))();
  return { fileName: `bridgehire-person-${personId}-${opts.at.toISOString().slice(0, 10)}.json`, content: JSON.stringify(doc, null, 2) };
}
