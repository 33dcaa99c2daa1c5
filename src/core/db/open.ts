import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors';
import { MIGRATIONS } from './migrations';
import { currentVersion, latestVersion, migrate } from './migrate';
import { backupFileName } from './backup';

export interface OpenOptions {
  dbPath: string;
  /** Path to an Electron build of better_sqlite3.node (set by the Electron shell). */
  nativeBinding?: string;
  readonly?: boolean;
}

/** Opens (creating if needed) a workspace database: WAL, foreign keys, busy timeout, migrations. */
export function openDatabase(opts: OpenOptions): Database.Database {
  const { dbPath } = opts;
  const existed = dbPath !== ':memory:' && fs.existsSync(dbPath) && fs.statSync(dbPath).size > 0;
  if (dbPath !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(dbPath, { nativeBinding: opts.nativeBinding, readonly: opts.readonly ?? false });
  } catch (e) {
    throw new ApiError('DB_UNREADABLE', `The workspace file ${path.basename(dbPath)} could not be opened (${(e as Error).message}).`);
  }
  try {
    configure(db);
    // A quick check that this is a database at all; a corrupt or foreign file fails here.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    if (!opts.readonly) {
      const from = currentVersion(db);
      if (existed && from > 0 && from < latestVersion(MIGRATIONS)) {
        // Before changing the schema of real data, keep a copy to go back to.
        db.pragma('wal_checkpoint(TRUNCATE)');
        fs.copyFileSync(dbPath, backupFileName(dbPath, `pre-migration-v${from}`));
      }
      migrate(db, MIGRATIONS);
    }
    return db;
  } catch (e) {
    db.close();
    if (e instanceof ApiError) throw e;
    const msg = (e as Error).message;
    if (/not a database|malformed|corrupt/i.test(msg)) {
      throw new ApiError('DB_CORRUPT', `The workspace file ${path.basename(dbPath)} is damaged and cannot be read. Restore the latest backup to continue.`);
    }
    throw e;
  }
}

export function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
}
