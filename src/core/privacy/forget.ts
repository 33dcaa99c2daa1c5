import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors';
import { personSubject, record } from '../audit/record';
import { erasePeople, withSecureDelete, type EraseCounts } from './erase';
import { isTombstoned } from './tombstones';

export interface ForgetResult extends EraseCounts {
  personId: number;
  /** A sentence for the user: what was erased, and what could bring them back. */
  message: string;
}

/** Finds the person who holds this email (normalised), or NOT_FOUND. */
export function personByEmail(db: Database.Database, email: string): number {
  const e = email.trim().toLowerCase();
  const row = db.prepare('SELECT person_id FROM person_emails WHERE email = ?').get(e) as { person_id: number } | undefined;
  if (!row && isTombstoned(db, { emails: [e] })) throw new ApiError('NOT_FOUND', `The person with the email address ${e.slice(0, 200)} was already erased.`, { field: 'email' });
  if (!row) throw new ApiError('NOT_FOUND', `No one in the workspace has the email address ${e.slice(0, 200)}.`, { field: 'email' });
  return row.person_id;
}

/**
 * Erases one person at their request: their record, skills, employments, shortlist entries and the
 * raw import rows that carried them; leaves only hashed tombstones so a later import skips them.
 */
export function forgetPerson(db: Database.Database, personId: number, opts: { actor: string; at: Date }): ForgetResult {
  const exists = db.prepare('SELECT 1 FROM people WHERE id = ?').get(personId);
  if (!exists) throw new ApiError('NOT_FOUND', 'That person is no longer in the workspace.', { field: 'id' });
  const counts = withSecureDelete(db, () =>
    db.transaction(() => {
      const c = erasePeople(db, [personId], { tombstone: true, scanUnlinkedRows: true, at: opts.at });
      record(db, 'forget', personSubject(personId), { by: opts.actor, keys: c.keys, importRows: c.importRows, shortlistEntries: c.shortlistEntries, employments: c.employments, skills: c.skills }, opts.at);
      return c;
    })(),
  );
  const message =
    counts.keys > 0
      ? `Person #${personId} was erased, with ${counts.importRows} imported row${counts.importRows === 1 ? '' : 's'} that carried them. A later import will skip them unless you allow it.`
      : `Person #${personId} was erased, with ${counts.importRows} imported row${counts.importRows === 1 ? '' : 's'} that carried them. They had no email, LinkedIn or employee ID, so a later import of the same list could bring them back.`;
  return { personId, ...counts, message };
}
