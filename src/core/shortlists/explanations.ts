import type Database from 'better-sqlite3';
import type { Explanation } from '../../shared/api/contract/match';
import { parseJson } from '../repos/json';
import { summaryFromText, summaryOf, type EntrySummary } from './summaries';

// An entry's explanation (with its engine version and weights) is a snapshot: written once when
// the person is added, never changed (re-adding makes a new entry with a new time). So each connection keeps them, and a list that
// is viewed and exported again neither reads nor parses them twice. What is kept is the text and
// its summary; the whole explanation is parsed only when something asks for it (an export reads
// the summary alone), and then kept too.

const MAX = 20_000;

class Snapshot {
  private parsed: Explanation | null | undefined;
  private sum: EntrySummary | undefined;
  constructor(
    private readonly text: string | null,
    /** Written with the explanation and never changed either: kept so the list's query need not read past it. */
    readonly engineVersion: string | null,
    readonly weights: string | null,
  ) {}
  explanation(): Explanation | null {
    if (this.parsed === undefined) this.parsed = parseJson<Explanation | null>(this.text, null);
    return this.parsed;
  }
  summary(): EntrySummary {
    if (this.sum === undefined) this.sum = this.parsed !== undefined ? summaryOf(this.parsed) : summaryFromText(this.text);
    return this.sum;
  }
}
export type { Snapshot };

const caches = new WeakMap<Database.Database, Map<string, Snapshot>>();
const key = (shortlistId: number, personId: number, addedAt: string) => `${shortlistId}|${personId}|${addedAt}`;

/** The explanation snapshots of these entries, from memory or from the store (one query for the rest). */
export function entrySnapshots(db: Database.Database, shortlistId: number, entries: readonly { person_id: number; added_at: string }[], wholeList = false): Map<number, Snapshot> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const out = new Map<number, Snapshot>();
  const missing: number[] = [];
  for (const e of entries) {
    const hit = cache.get(key(shortlistId, e.person_id, e.added_at));
    if (hit === undefined) missing.push(e.person_id);
    else out.set(e.person_id, hit);
  }
  if (missing.length === 0) return out;
  if (cache.size + missing.length > MAX) cache.clear();
  // The whole list when most of it is missing: one range read beats thousands of id lookups.
  const whole = wholeList && missing.length * 2 > entries.length;
  const rows = (
    whole
      ? db.prepare('SELECT person_id, added_at, explanation, engine_version, weights FROM shortlist_entries WHERE shortlist_id = ?').all(shortlistId)
      : db.prepare('SELECT person_id, added_at, explanation, engine_version, weights FROM shortlist_entries WHERE shortlist_id = ? AND person_id IN (SELECT value FROM json_each(?))').all(shortlistId, JSON.stringify(missing))
  ) as { person_id: number; added_at: string; explanation: string | null; engine_version: string | null; weights: string | null }[];
  const want = whole ? new Set(missing) : null;
  for (const r of rows) {
    if (want && !want.has(r.person_id)) continue;
    const s = new Snapshot(r.explanation, r.engine_version, r.weights);
    out.set(r.person_id, s);
    cache.set(key(shortlistId, r.person_id, r.added_at), s);
  }
  return out;
}
