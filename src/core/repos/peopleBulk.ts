import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { BulkPatch, BulkTarget } from '../../shared/api/contract/people';
import { buildWhere } from './gridQuery';
import { PEOPLE_COLUMNS, quickWhere } from './people';
import { alumniWhere } from './alumni';
import { parseJson } from './json';
import { queryMatches } from '../match/queries';
import { isBlindReview } from '../privacy';

type Target = z.output<typeof BulkTarget>;
type Patch = z.output<typeof BulkPatch>;

/** The people a bulk action touches: chosen ids, or everyone a grid's filters select, resolved here. */
export function resolveTarget(db: Database.Database, target: Target, today: string): number[] {
  if ('ids' in target) {
    return (db.prepare('SELECT id FROM people WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').all(JSON.stringify(target.ids)) as { id: number }[]).map((r) => r.id);
  }
  if (target.grid === 'candidates') {
    const where = buildWhere(PEOPLE_COLUMNS, target.filter);
    const quick = quickWhere(target.quick, 'p', { wide: true, blind: isBlindReview(db) });
    return (db.prepare(`SELECT p.id FROM people p WHERE (${where.sql}) AND (${quick.sql}) ORDER BY p.id`).all(...where.params, ...quick.params) as { id: number }[]).map((r) => r.id);
  }
  if (target.grid === 'matches') return matchPeople(db, target, today);
  const q = alumniWhere({ ...target, blind: isBlindReview(db) }, today);
  return (db.prepare(`SELECT DISTINCT p.id ${q.from} WHERE ${q.where} ORDER BY p.id`).all(...q.params) as { id: number }[]).map((r) => r.id);
}

/** People between two calls of bulkUpdate's `tick`. */
const TICK = 5000;

/**
 * Sets the stage and adds or removes tags for many people in one transaction. Like a single edit,
 * it marks the fields as edited by hand so a later import never overwrites them. `tick(done)` is
 * called every few thousand people; what it throws (a cancel) rolls the whole change back.
 */
export function bulkUpdate(db: Database.Database, ids: number[], patch: Patch, tick?: (done: number) => void): number {
  const read = db.prepare('SELECT tags, edited_fields, stage FROM people WHERE id = ?');
  const write = db.prepare("UPDATE people SET stage = ?, tags = ?, edited_fields = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?");
  const add = patch.addTags ?? [];
  const remove = new Set((patch.removeTags ?? []).map((t) => t.toLowerCase()));
  let updated = 0;
  db.transaction(() => {
    for (let i = 0; i < ids.length; i++) {
      if (tick && i % TICK === 0) tick(i);
      const id = ids[i]!;
      const row = read.get(id) as { tags: string; edited_fields: string; stage: string } | undefined;
      if (!row) continue;
      const before: string[] = parseJson(row.tags, []);
      const tags = [...before.filter((t) => !remove.has(t.toLowerCase()))];
      for (const t of add) if (!tags.some((x) => x.toLowerCase() === t.toLowerCase())) tags.push(t);
      const stage = patch.stage ?? row.stage;
      const tagsChanged = tags.length !== before.length || tags.some((t, i) => t !== before[i]);
      if (!tagsChanged && stage === row.stage) continue;
      const edited = new Set<string>(parseJson(row.edited_fields, []));
      if (stage !== row.stage) edited.add('stage');
      if (tagsChanged) edited.add('tags');
      write.run(stage, JSON.stringify(tags), JSON.stringify([...edited].sort()), id);
      updated++;
    }
  })();
  return updated;
}

/** Everyone in the match grid's current filter, each person once, read page by page. */
function matchPeople(db: Database.Database, target: Extract<Target, { grid: 'matches' }>, today: string): number[] {
  const { grid: _grid, roleId, filter, quick, ...filters } = target;
  const ids = new Set<number>();
  for (let offset = 0; ; offset += 5000) {
    const page = queryMatches(db, { roleId, openOnly: roleId === undefined, page: { offset, limit: 5000, sort: [], filter, quick }, filters, today });
    for (const r of page.rows) ids.add(r.personId);
    if (page.rows.length < 5000) break;
  }
  return [...ids].sort((a, b) => a - b);
}
