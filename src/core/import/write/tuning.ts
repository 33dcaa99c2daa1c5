import type Database from 'better-sqlite3';

// Connection settings for one big write, put back afterwards:
// - a large page cache, so the b-trees that take keys in random order (emails, LinkedIn URLs)
//   stay in memory instead of being written out and read back mid-transaction;
// - helper threads for the sorter that rebuilds deferred indexes;
// - foreign keys not checked row by row: the importer assigns every id itself and writes parents
//   before children, so each check would be a lookup that cannot fail. (Only outside a
//   transaction: SQLite ignores the switch inside one, and then the checks simply run.)

export const IMPORT_CACHE_KIB = 65536;
/** While indexes are rebuilt: the sorter takes about this much per thread, so it stays small. */
export const SORT_CACHE_KIB = 24576;

/** Before CREATE INDEX after a bulk load: less page cache, so the sorter's memory stays bounded. */
export function tuneForSort(db: Database.Database): void {
  db.pragma(`cache_size = -${SORT_CACHE_KIB}`);
}

export function tuneForBulk(db: Database.Database): () => void {
  const cache = db.pragma('cache_size', { simple: true }) as number;
  const threads = db.pragma('threads', { simple: true }) as number;
  const fk = db.inTransaction ? null : (db.pragma('foreign_keys', { simple: true }) as number);
  db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  db.pragma('threads = 2');
  if (fk) db.pragma('foreign_keys = OFF');
  return () => {
    db.pragma(`cache_size = ${cache}`);
    db.pragma(`threads = ${threads}`);
    if (fk && !db.inTransaction) db.pragma('foreign_keys = ON');
  };
}
