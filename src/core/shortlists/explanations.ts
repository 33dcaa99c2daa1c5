import type Database from 'better-sqlite3';
import type { Explanation } from '../../shared/api/contract/match';
import { parseJson } from '../repos/json';

// An entry's explanation is a snapshot: written once when the person is added, never changed
// (re-adding makes a new entry with a new time). So each connection keeps the parsed ones and a
// list that is viewed and exported again neither reads nor parses them twice.

const MAX = 20_000;
const caches = new WeakMap<Database.Database, Map<string, Explanation | null>>();
const key = (shortlistId: number, personId: number, addedAt: string) => `${shortlistId}|${personId}|${addedAt}`;

/** The explanations of these entries, from memory or from the store (one query for the rest). */
export function entryExplanations(db: Database.Database, shortlistId: number, entries: readonly { person_id: number; added_at: string }[]): Map<number, Explanation | null> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const out = new Map<number, Explanation | null>();
  const missing: number[] = [];
  for (const e of entries) {
    const hit = cache.get(key(shortlistId, e.person_id, e.added_at));
    if (hit === undefined) missing.push(e.person_id);
    else out.set(e.person_id, hit);
  }
  if (missing.length === 0) return out;
  if (cache.size + missing.length > MAX) cache.clear();
  const rows = db
    .prepare('SELECT person_id, added_at, explanation FROM shortlist_entries WHERE shortlist_id = ? AND person_id IN (SELECT value FROM json_each(?))')
    .all(shortlistId, JSON.stringify(missing)) as { person_id: number; added_at: string; explanation: string | null }[];
  for (const r of rows) {
    const x = parseJson<Explanation | null>(r.explanation, null);
    out.set(r.person_id, x);
    cache.set(key(shortlistId, r.person_id, r.added_at), x);
  }
  return out;
}
