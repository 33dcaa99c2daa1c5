import type Database from 'better-sqlite3';
import { personKeys, writeTombstones, type IdentityKey } from './tombstones';

// Removing people so that no copy of their data remains in the workspace: their record and
// everything hanging off it (cascades), the raw import rows that carried them, the undo log's
// old values, and audit details that mention them. SQLite's secure_delete zeroes the freed
// space and a checkpoint empties the WAL, so the bytes are gone from the file too.
// (Older backups still hold them until they rotate out; restoring one re-applies erasures.)

/** What an erased import row holds instead of its cells. The row stays so a batch's row count stands. */
export const ERASED_RAW = '[]';
export const ERASED_OUTCOME = 'erased';

export interface EraseOptions {
  /** Leave tombstones so a later import skips them (a person's own request); retention does not. */
  tombstone: boolean;
  /** Also look for them in import rows not tied to them (rejected rows): thorough, slower. */
  scanUnlinkedRows: boolean;
  at: Date;
}

export interface EraseCounts {
  people: number;
  keys: number;
  tombstones: number;
  importRows: number;
  shortlistEntries: number;
  employments: number;
  skills: number;
}

/** Erases these people inside the caller's transaction (wrap it in `withSecureDelete`). */
export function erasePeople(db: Database.Database, ids: readonly number[], opts: EraseOptions): EraseCounts {
  const counts: EraseCounts = { people: 0, keys: 0, tombstones: 0, importRows: 0, shortlistEntries: 0, employments: 0, skills: 0 };
  if (ids.length === 0) return counts;
  db.exec('CREATE TEMP TABLE IF NOT EXISTS erase_ids (id INTEGER PRIMARY KEY)');
  db.exec('DELETE FROM temp.erase_ids');
  const insId = db.prepare('INSERT OR IGNORE INTO temp.erase_ids (id) VALUES (?)');
  for (const id of ids) insId.run(id);
  const IN = 'IN (SELECT id FROM temp.erase_ids)';
  const keysById = personKeys(db, ids);
  const keys: IdentityKey[] = [...keysById.values()].flat();
  counts.keys = keys.length;
  if (opts.tombstone) counts.tombstones = writeTombstones(db, keys, opts.at);

  const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  counts.shortlistEntries = one(`SELECT count(*) AS n FROM shortlist_entries WHERE person_id ${IN}`);
  counts.employments = one(`SELECT count(*) AS n FROM employments WHERE person_id ${IN}`);
  counts.skills = one(`SELECT coalesce(sum(json_array_length(skills)), 0) AS n FROM people WHERE id ${IN}`);
  const employmentIds = (db.prepare(`SELECT id FROM employments WHERE person_id ${IN}`).raw().all() as [number][]).map((r) => String(r[0]));

  const eraseRow = `raw = '${ERASED_RAW}', messages = '[]', outcome = '${ERASED_OUTCOME}', person_id = NULL`;
  counts.importRows = db.prepare(`UPDATE import_rows SET ${eraseRow} WHERE person_id ${IN}`).run().changes;
  if (opts.scanUnlinkedRows) {
    // Rows that carried them but were not tied to them (rejected, or skipped as erased before).
    const scan = db.prepare(`UPDATE import_rows SET ${eraseRow} WHERE person_id IS NULL AND outcome <> '${ERASED_OUTCOME}' AND (instr(lower(raw), ?) > 0 OR instr(lower(messages), ?) > 0)`);
    for (const needle of searchNeedles(keys)) counts.importRows += scan.run(needle, needle).changes;
    scrubMentions(db, ids);
  }

  // The undo log keeps old values of what imports changed; theirs must go too.
  const delChange = db.prepare('DELETE FROM import_changes WHERE entity = ? AND entity_id = ?');
  // Skills a merge added are logged as entity person_skills, "[id,skill]": every id starting "[12,"
  // sorts before "[12-" ("-" follows ","), a range the (entity, entity_id) index reads directly.
  const delSkillChanges = db.prepare("DELETE FROM import_changes WHERE entity = 'person_skills' AND entity_id >= ? AND entity_id < ?");
  for (const id of ids) {
    delChange.run('people', String(id));
    delSkillChanges.run(`[${id},`, `[${id}-`);
  }
  for (const k of keys) if (k.kind === 'email') delChange.run('person_emails', k.value);
  for (const eid of employmentIds) delChange.run('employments', eid);

  // Audit entries about them keep the fact (an import, an export) but not the details.
  db.prepare(`UPDATE audit_log SET details = '{"erased":true}' WHERE subject IN (SELECT 'person:' || id FROM temp.erase_ids) AND action <> 'forget'`).run();
  const audit = db.prepare(`UPDATE audit_log SET details = '{"erased":true}' WHERE action <> 'forget' AND instr(lower(details), ?) > 0`);
  for (const k of keys) if (k.kind === 'email') audit.run(k.value);

  counts.people = db.prepare(`DELETE FROM people WHERE id ${IN}`).run().changes;
  db.exec('DELETE FROM temp.erase_ids');
  return counts;
}

/** What to look for in raw rows: whole emails, the LinkedIn profile slug, employee IDs as a whole cell. */
function searchNeedles(keys: readonly IdentityKey[]): string[] {
  const out = new Set<string>();
  for (const k of keys) {
    if (k.kind === 'email') out.add(k.value.toLowerCase());
    else if (k.kind === 'linkedin') {
      const slug = /\/in\/([^/?#]+)/.exec(k.value)?.[1];
      if (slug && slug.length >= 3) out.add(`/in/${slug.toLowerCase()}`);
    } else if (k.kind === 'employee_id') out.add(JSON.stringify(k.value).toLowerCase());
  }
  return [...out];
}

/** Other rows' messages that name them ("matches #12 Jane Doe …") lose that message. */
function scrubMentions(db: Database.Database, ids: readonly number[]): void {
  const names = db.prepare(`SELECT id, full_name FROM people WHERE id IN (SELECT id FROM temp.erase_ids)`).all() as { id: number; full_name: string }[];
  const find = db.prepare('SELECT batch_id, row_no, messages FROM import_rows WHERE instr(messages, ?) > 0');
  const set = db.prepare('UPDATE import_rows SET messages = ? WHERE batch_id = ? AND row_no = ?');
  for (const p of names) {
    const needle = `#${p.id} ${p.full_name}`.trim();
    if (!ids.includes(p.id) || needle.length < 3) continue;
    for (const r of find.all(needle) as { batch_id: number; row_no: number; messages: string }[]) {
      let msgs: { message?: string }[] = [];
      try {
        msgs = JSON.parse(r.messages) as { message?: string }[];
      } catch {
        msgs = [];
      }
      const kept = Array.isArray(msgs) ? msgs.map((m) => (typeof m?.message === 'string' && m.message.includes(needle) ? { ...m, message: 'A message about a person who was later erased was removed.', value: '' } : m)) : [];
      set.run(JSON.stringify(kept), r.batch_id, r.row_no);
    }
  }
}

/**
 * Runs `fn` (which erases) with secure_delete on, then empties the WAL, so the erased bytes are
 * overwritten in the file rather than left in free pages.
 */
export function withSecureDelete<T>(db: Database.Database, fn: () => T): T {
  const before = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  try {
    return fn();
  } finally {
    db.pragma(`secure_delete = ${before ? 'ON' : 'OFF'}`);
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      /* a reader holds the WAL; the next checkpoint overwrites it */
    }
  }
}
