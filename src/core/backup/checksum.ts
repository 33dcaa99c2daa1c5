import crypto from 'node:crypto';
import type Database from 'better-sqlite3';

// A fingerprint of everything a workspace holds: rows per table and one hash over all rows in a
// fixed order. Two stores with the same fingerprint hold the same data (crash tests, restores).

export interface StoreFingerprint {
  counts: Record<string, number>;
  sha256: string;
}

export function storeFingerprint(db: Database.Database): StoreFingerprint {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  const hash = crypto.createHash('sha256');
  const counts: Record<string, number> = {};
  for (const t of tables) {
    const cols = (db.prepare(`SELECT count(*) FROM pragma_table_info(?)`).pluck().get(t) as number) || 1;
    const order = Array.from({ length: cols }, (_, i) => i + 1).join(', ');
    let n = 0;
    hash.update(`\u0000${t}\u0000`);
    for (const row of db.prepare(`SELECT * FROM "${t.replace(/"/g, '""')}" ORDER BY ${order}`).raw().iterate() as Iterable<unknown[]>) {
      hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : typeof v === 'bigint' ? v.toString() : v)));
      hash.update('\n');
      n++;
    }
    counts[t] = n;
  }
  return { counts, sha256: hash.digest('hex') };
}
