import type Database from 'better-sqlite3';
import { record } from '../audit/record';
import { erasePeople, withSecureDelete } from './erase';
import { isBlindReview } from './settings';
import { ApiError } from '../../shared/api/errors';

// Retention: people brought in from candidate lists who were never contacted are removed after
// N days. Alumni (our own former employees) and anyone on a shortlist are kept: they are not
// "a name on a list" but someone the company has a relationship with or is considering.

export interface RetentionPreview {
  days: number;
  /** People added before this moment are affected. */
  cutoff: string;
  count: number;
  sample: { id: number; name: string; addedAt: string; sources: string[] }[];
  message: string;
}

const WHERE = `p.contacted_at IS NULL AND p.stage = 'new' AND p.created_at < ?
  AND NOT EXISTS (SELECT 1 FROM employments e WHERE e.person_id = p.id)
  AND NOT EXISTS (SELECT 1 FROM shortlist_entries s WHERE s.person_id = p.id)`;

export function retentionCutoff(days: number, now: Date): string {
  return new Date(now.getTime() - days * 24 * 3600 * 1000).toISOString();
}

export function previewRetention(db: Database.Database, days: number, now: Date): RetentionPreview {
  const cutoff = retentionCutoff(days, now);
  const count = (db.prepare(`SELECT count(*) AS n FROM people p WHERE ${WHERE}`).get(cutoff) as { n: number }).n;
  const blind = isBlindReview(db);
  const sample = (db.prepare(`SELECT p.id, p.full_name, p.created_at, p.sources FROM people p WHERE ${WHERE} ORDER BY p.created_at, p.id LIMIT 20`).all(cutoff) as { id: number; full_name: string; created_at: string; sources: string }[]).map((r) => ({
    id: r.id,
    name: blind ? `Candidate #${r.id}` : r.full_name,
    addedAt: r.created_at,
    sources: safeArray(r.sources),
  }));
  const message =
    count === 0
      ? `No one would be removed: everyone added more than ${days} days ago has been contacted, shortlisted or is a former employee.`
      : `${count} ${count === 1 ? 'person' : 'people'} added more than ${days} days ago and never contacted would be removed, with the imported rows that carried them.`;
  return { days, cutoff, count, sample, message };
}

function safeArray(s: string): string[] {
  try {
    const v = JSON.parse(s) as unknown;
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}

/**
 * Removes what the preview showed. `expected` is the count the user saw: if the store changed in
 * between, nothing is removed and the user is asked to look again.
 */
export function runRetention(db: Database.Database, days: number, expected: number, opts: { actor: string; at: Date }): { removed: number; message: string } {
  const cutoff = retentionCutoff(days, opts.at);
  return withSecureDelete(db, () =>
    db.transaction(() => {
      const ids = (db.prepare(`SELECT p.id FROM people p WHERE ${WHERE}`).raw().all(cutoff) as [number][]).map((r) => r[0]);
      if (ids.length !== expected) {
        throw new ApiError('CONFLICT', `The workspace changed since the preview (${ids.length} people now match, not ${expected}). Look at the preview again before removing anyone.`, { field: 'expected' });
      }
      const c = erasePeople(db, ids, { tombstone: false, scanUnlinkedRows: false, at: opts.at });
      record(db, 'retention', null, { by: opts.actor, days, removed: c.people, importRows: c.importRows }, opts.at);
      return { removed: c.people, message: c.people === 0 ? 'No one was removed.' : `${c.people} ${c.people === 1 ? 'person was' : 'people were'} removed under the ${days}-day retention rule.` };
    })(),
  );
}
