import type Database from 'better-sqlite3';

// Connection settings for one big write, put back afterwards:
// - a large page cache, so the b-trees that take keys in random order (emails, LinkedIn URLs)
//   stay in memory instead of being written out and read back mid-transaction;
// - temporary files in memory: each multi-row INSERT keeps a statement journal (the pages it
//   changes, to undo just that statement), which otherwise goes through a temp file — measured
//   at 100,000 rows: 659,000 pwrite calls become 169,000 and a second of system time goes;
// - helper threads for the sorter that rebuilds deferred indexes;
// - no automatic checkpoint at the commit: copying a big import's pages from the WAL into the
//   database file took 0.4 s of a 100,000-row import's commit, and nobody needs to wait for it.
//   A job thread checkpoints after it has answered (jobs/worker.ts); inline (CLI, tests) the
//   next commit's automatic checkpoint or the closing connection does it;
// - foreign keys not checked row by row: the importer assigns every id itself and writes parents
//   before children, so each check would be a lookup that cannot fail. (Only outside a
//   transaction: SQLite ignores the switch inside one, and then the checks simply run.)

export const IMPORT_CACHE_KIB = 65536;
/**
 * Files this big get half that cache: their identity index and the prep thread already take much of
 * the 500 MB a 1,000,000-row import may use (measured peak 491 MB with 64 MB, 428 MB with 32 MB,
 * for 10% more time).
 */
export const BIG_IMPORT_ROWS = 400000;
/** While indexes are rebuilt: the sorter takes about this much per thread, so it stays small. */
export const SORT_CACHE_KIB = 24576;

/**
 * Before CREATE INDEX after a bulk load: less page cache and the sorter's runs on disk, so its
 * memory stays bounded (a 1,000,000-row load sorts millions of skill entries).
 */
export function tuneForSort(db: Database.Database): void {
  db.pragma(`cache_size = -${SORT_CACHE_KIB}`);
  try {
    db.pragma('temp_store = FILE');
  } catch {
    // SQLite refuses inside a transaction once the connection has TEMP tables: sort in memory then.
  }
}

export function tuneForBulk(db: Database.Database, estimatedRows = 0): () => void {
  const cache = db.pragma('cache_size', { simple: true }) as number;
  const temp = db.pragma('temp_store', { simple: true }) as number;
  const threads = db.pragma('threads', { simple: true }) as number;
  const checkpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  const fk = db.inTransaction ? null : (db.pragma('foreign_keys', { simple: true }) as number);
  db.pragma(`cache_size = -${estimatedRows >= BIG_IMPORT_ROWS ? IMPORT_CACHE_KIB / 2 : IMPORT_CACHE_KIB}`);
  db.pragma('threads = 2');
  db.pragma('wal_autocheckpoint = 0');
  // Changing it drops TEMP tables, so only when it changes (outside a transaction, like the rest).
  if (temp !== 2 && !db.inTransaction) db.pragma('temp_store = MEMORY');
  if (fk) db.pragma('foreign_keys = OFF');
  return () => {
    db.pragma(`cache_size = ${cache}`);
    db.pragma(`threads = ${threads}`);
    db.pragma(`wal_autocheckpoint = ${checkpoint}`);
    if ((db.pragma('temp_store', { simple: true }) as number) !== temp && !db.inTransaction) db.pragma(`temp_store = ${temp}`);
    if (fk && !db.inTransaction) db.pragma('foreign_keys = ON');
  };
}
