import type Database from 'better-sqlite3';
import type { Explanation } from '../../shared/api/contract/match';
import { parseJson } from '../repos/json';
import { summaryFromText, summaryOf, type EntrySummary } from './summaries';

// An entry's explanation (with its engine version and weights) is a snapshot: written once when
// the person is added, never changed (re-adding makes a new entry with a new time). So each
// connection keeps what it has read of them, and a list viewed and exported again neither reads
// nor parses them twice. An export needs only the summary, cut from the text without parsing
// the notes; the text itself is not kept (10,000 entries hold 13 MB of it), so a later view
// that wants whole explanations reads them once more.

const MAX = 20_000;

export interface Snapshot {
  engineVersion: string | null;
  weights: string | null;
  summary: EntrySummary;
  /** Parsed when something asked for the whole explanation. */
  explanation?: Explanation | null;
}

const caches = new WeakMap<Database.Database, Map<string, Snapshot>>();
const key = (shortlistId: number, personId: number, addedAt: string) => `${shortlistId}|${personId}|${addedAt}`;

interface Row {
  person_id: number;
  added_at: string;
  explanation: string | null;
  engine_version: string | null;
  weights: string | null;
}

/** The snapshots of these entries (with whole explanations when `whole`), from memory or from the store in one query. */
export function entrySnapshots(
  db: Database.Database,
  shortlistId: number,
  entries: readonly { person_id: number; added_at: string }[],
  opts: { wholeList: boolean; explanations: boolean },
): Map<number, Snapshot> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const out = new Map<number, Snapshot>();
  const missing: number[] = [];
  for (const e of entries) {
    const hit = cache.get(key(shortlistId, e.person_id, e.added_at));
    if (hit === undefined || (opts.explanations && hit.explanation === undefined)) missing.push(e.person_id);
    else out.set(e.person_id, hit);
  }
  if (missing.length === 0) return out;
  if (cache.size + missing.length > MAX) cache.clear();
  // The whole list when most of it is missing: one range read beats thousands of id lookups.
  const whole = opts.wholeList && missing.length * 2 > entries.length;
  const cols = 'person_id, added_at, explanation, engine_version, weights';
  // Row by row, so each text is garbage once summarised rather than 13 MB held until the end.
  const rows = (
    whole
      ? db.prepare(`SELECT ${cols} FROM shortlist_entries WHERE shortlist_id = ?`).iterate(shortlistId)
      : db.prepare(`SELECT ${cols} FROM shortlist_entries WHERE shortlist_id = ? AND person_id IN (SELECT value FROM json_each(?))`).iterate(shortlistId, JSON.stringify(missing))
  ) as IterableIterator<Row>;
  const want = whole ? new Set(missing) : null;
  for (const r of rows) {
    if (want && !want.has(r.person_id)) continue;
    const explanation = opts.explanations ? parseJson<Explanation | null>(r.explanation, null) : undefined;
    const summary = explanation !== undefined ? summaryOf(explanation) : summaryFromText(r.explanation);
    const s: Snapshot = { engineVersion: r.engine_version, weights: r.weights, summary, ...(explanation !== undefined ? { explanation } : {}) };
    out.set(r.person_id, s);
    cache.set(key(shortlistId, r.person_id, r.added_at), s);
  }
  return out;
}
