import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors';
import { parseJson } from '../repos/json';
import { packedColumns, removeSkill, unpackSkills } from '../repos/personSkills';
import { knowledgeFor } from './knowledge';
import { ADDED } from './write/session';

// Taking an import back: what it added to other records is removed, the values it filled are
// restored from import_changes (newest first), then the records it created are deleted.
// Refused while a later import still builds on it, so undo never pulls data from under another.

/** Columns undo may restore, per table (import_changes is ours, but a damaged row must not become SQL). */
const RESTORABLE: Record<string, Set<string>> = {
  people: new Set(['full_name', 'location', 'country', 'remote_pref', 'relocate', 'title', 'company', 'company_norm', 'level', 'track', 'years_exp', 'summary', 'phone', 'available_on', 'notes', 'linkedin', 'sources', 'tags', 'extra']),
  employments: new Set(['team', 'title', 'level', 'manager', 'hire_date', 'exit_date', 'exit_type', 'exit_reason', 'regrettable', 'last_performance', 'layoff_wave', 'rehire', 'rehire_source']),
  roles: new Set(['title', 'track', 'level', 'team', 'location', 'remote_policy', 'status', 'headcount', 'hiring_manager', 'opened_on', 'description']),
  layoff_events: new Set(['location', 'laid_off', 'percentage', 'industry', 'stage', 'country', 'source_url']),
};

interface ChangeRow {
  entity: string;
  entity_id: string;
  field: string;
  old_value: string | null;
}

export function undoImport(db: Database.Database, batchId: number): { batchId: number; removed: number; restored: number } {
  const batch = db.prepare('SELECT id, kind, status, file_name, mapping FROM import_batches WHERE id = ?').get(batchId) as { id: number; kind: string; status: string; file_name: string; mapping: string } | undefined;
  if (!batch) throw new ApiError('NOT_FOUND', `There is no import #${batchId}.`, { field: 'batchId' });
  if (batch.status === 'undone') throw new ApiError('CONFLICT', `Import #${batchId} (${batch.file_name}) was already undone.`, { field: 'batchId' });
  const later = db
    .prepare(
      `SELECT b.id, b.file_name FROM import_batches b WHERE b.id > ? AND b.status = 'done' AND (
         EXISTS (SELECT 1 FROM import_rows r2 WHERE r2.batch_id = b.id AND r2.outcome = 'merged'
                 AND r2.person_id IN (SELECT person_id FROM import_rows r1 WHERE r1.batch_id = ? AND r1.person_id IS NOT NULL))
         OR EXISTS (SELECT 1 FROM import_changes c2 WHERE c2.batch_id = b.id AND c2.entity = 'roles' AND c2.entity_id IN (SELECT CAST(id AS TEXT) FROM roles WHERE batch_id = ?))
         OR EXISTS (SELECT 1 FROM import_changes c2 WHERE c2.batch_id = b.id AND c2.entity = 'layoff_events' AND c2.entity_id IN (SELECT CAST(id AS TEXT) FROM layoff_events WHERE batch_id = ?))
       ) ORDER BY b.id DESC LIMIT 1`,
    )
    .get(batchId, batchId, batchId, batchId) as { id: number; file_name: string } | undefined;
  if (later) throw new ApiError('CONFLICT', `Undo import #${later.id} (${later.file_name}) first: it added to records that import #${batchId} created or changed.`, { field: 'batchId' });

  let removed = 0;
  let restored = 0;
  db.transaction(() => {
    const changes = db.prepare('SELECT entity, entity_id, field, old_value FROM import_changes WHERE batch_id = ? ORDER BY rowid DESC').all(batchId) as ChangeRow[];
    const editedOf = db.prepare('SELECT edited_fields FROM people WHERE id = ?').pluck();
    for (const c of changes) {
      if (c.field === ADDED) {
        removed += removeAdded(db, c);
        continue;
      }
      if (!RESTORABLE[c.entity]?.has(c.field)) continue;
      // A value the user edited by hand since the import stays as they left it.
      if (c.entity === 'people' && parseJson<string[]>(editedOf.get(Number(c.entity_id)) as string | undefined, []).includes(c.field)) continue;
      restored += db.prepare(`UPDATE ${c.entity} SET ${c.field} = ? WHERE id = ?`).run(c.old_value, Number(c.entity_id)).changes;
    }
    removed += db.prepare("DELETE FROM people WHERE id IN (SELECT person_id FROM import_rows WHERE batch_id = ? AND outcome = 'created' AND person_id IS NOT NULL)").run(batchId).changes;
    removed += db.prepare('DELETE FROM roles WHERE batch_id = ?').run(batchId).changes;
    removed += db.prepare('DELETE FROM layoff_events WHERE batch_id = ?').run(batchId).changes;
    forgetUnknown(db, parseJson<{ unknown?: Record<string, number> }>(batch.mapping, {}).unknown ?? {});
    db.prepare("UPDATE import_batches SET status = 'undone' WHERE id = ?").run(batchId);
    db.prepare("INSERT INTO audit_log (action, subject, details) VALUES ('undo_import', ?, ?)").run(String(batchId), JSON.stringify({ removed, restored }));
    if (batch.kind === 'layoffs') knowledgeFor(db).linkPeople();
  })();
  return { batchId, removed, restored };
}

/** Takes back the counts of unknown skills this import added (terms no longer seen at all go). */
function forgetUnknown(db: Database.Database, counts: Record<string, number>): void {
  const dec = db.prepare('UPDATE unknown_skills SET count = count - ? WHERE term = ?');
  for (const [term, n] of Object.entries(counts)) if (Number.isInteger(n) && n > 0) dec.run(n, term);
  db.prepare('DELETE FROM unknown_skills WHERE count <= 0').run();
}

/** Skills changes mark the person updated: match freshness sees them through updated_at. */
const TOUCH = "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')";

function removeAdded(db: Database.Database, c: ChangeRow): number {
  switch (c.entity) {
    case 'person_emails':
      return db.prepare('DELETE FROM person_emails WHERE email = ? AND person_id = ?').run(c.entity_id, Number(c.old_value)).changes;
    case 'person_skills': {
      // A skill a merge added to a person, by name ([personId, skill]); the same log as when
      // skills were rows of their own (before migration 005), now taken off the packed list.
      const [pid, skill] = parseJson<[number, string]>(c.entity_id, [0, '']);
      const list = unpackSkills(db.prepare('SELECT skills FROM people WHERE id = ?').pluck().get(pid) as string | undefined);
      const next = removeSkill(list, skill);
      if (next.length === list.length) return 0;
      const packed = packedColumns(next);
      return db.prepare(`UPDATE people SET skills = ?, skill_names = ?, ${TOUCH} WHERE id = ?`).run(packed.skills, packed.skillNames, pid).changes;
    }
    case 'employments':
      return db.prepare('DELETE FROM employments WHERE id = ?').run(Number(c.entity_id)).changes;
    case 'role_skills': {
      const [rid, kind, skill] = parseJson<[number, string, string]>(c.entity_id, [0, '', '']);
      return db.prepare('DELETE FROM role_skills WHERE role_id = ? AND kind = ? AND skill = ?').run(rid, kind, skill).changes;
    }
    default:
      return 0;
  }
}
