import type Database from 'better-sqlite3';
import { normKey } from './normalize';

// Terms the taxonomy did not know, counted so the user can map the frequent ones
// (skills.unknown / skills.addAlias). Nothing read from a skills cell is silently dropped.

export interface UnknownTerm {
  /** Normalised key ("node js" and "Node-JS" count together). */
  term: string;
  /** The first spelling seen. */
  display: string;
  count: number;
  firstSeen: string;
}

/** The key an unknown term is counted under. */
export function unknownKey(term: string): string {
  return normKey(term) || term.trim().toLowerCase();
}

/** Adds one to the count of each term (as many times as it appears). Safe inside a transaction. */
export function recordUnknown(db: Database.Database, terms: readonly string[]): void {
  const counts = new Map<string, { display: string; n: number }>();
  for (const raw of terms) {
    const display = raw.trim().slice(0, 200);
    if (!display) continue;
    const key = unknownKey(display);
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { display, n: 1 });
  }
  if (!counts.size) return;
  const upsert = db.prepare(
    'INSERT INTO unknown_skills (term, display, count) VALUES (?, ?, ?) ON CONFLICT(term) DO UPDATE SET count = count + excluded.count',
  );
  const write = () => {
    for (const [key, { display, n }] of counts) upsert.run(key, display, n);
  };
  if (db.inTransaction) write();
  else db.transaction(write)();
}

/** Unknown terms, most frequent first; terms the taxonomy now knows are left out. */
export function listUnknown(db: Database.Database, opts: { limit: number; offset?: number; known?: (term: string) => boolean }): { total: number; items: UnknownTerm[] } {
  const rows = db
    .prepare('SELECT term, display, count, first_seen AS firstSeen FROM unknown_skills ORDER BY count DESC, display COLLATE NOCASE, term')
    .all() as UnknownTerm[];
  const open = opts.known ? rows.filter((r) => !opts.known!(r.display)) : rows;
  const offset = opts.offset ?? 0;
  return { total: open.length, items: open.slice(offset, offset + opts.limit) };
}

/** Forgets an unknown term once the user has mapped it. */
export function forgetUnknown(db: Database.Database, term: string): void {
  db.prepare('DELETE FROM unknown_skills WHERE term = ?').run(unknownKey(term));
}
