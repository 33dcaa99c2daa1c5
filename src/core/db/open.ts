import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors';
import { MIGRATIONS } from './migrations';
import { currentVersion, latestVersion, migrate, type Migration } from './migrate';
import { snapshotSync } from '../backup/create';

export interface OpenOptions {
  dbPath: string;
  /** Path to an Electron build of better_sqlite3.node (set by the Electron shell). */
  nativeBinding?: string;
  readonly?: boolean;
  /** The schema steps to apply; the app's own by default (tests pass their own). */
  migrations?: readonly Migration[];
}

const HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * A cheap look at the file before SQLite opens it: foreign bytes, or a file cut short (the header
 * says how many pages it should have). A full integrity check would read the whole store.
 */
export function headerProblem(dbPath: string): string | null {
  let fd: number | null = null;
  try {
    const size = fs.statSync(dbPath).size;
    if (size === 0) return null;
    const buf = Buffer.alloc(100);
    fd = fs.openSync(dbPath, 'r');
    const n = fs.readSync(fd, buf, 0, 100, 0);
    if (n < 100 || !buf.subarray(0, 16).equals(HEADER)) return 'is not a Bridgehire workspace (it is not an SQLite database)';
    const raw = buf.readUInt16BE(16);
    const pageSize = raw === 1 ? 65536 : raw;
    const pages = buf.readUInt32BE(28);
    const counterValid = buf.readUInt32BE(92) === buf.readUInt32BE(24);
    const walPending = fs.existsSync(`${dbPath}-wal`) && fs.statSync(`${dbPath}-wal`).size > 0;
    if (counterValid && !walPending && pages > 0 && size < pages * pageSize) return 'is shorter than it should be (it was cut off)';
    return null;
  } catch {
    return null; // unreadable files are reported by SQLite itself below
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

function corrupt(dbPath: string, why = 'is damaged and cannot be read'): ApiError {
  return new ApiError('DB_CORRUPT', `The workspace file ${path.basename(dbPath)} ${why}. Restore the latest backup to continue.`);
}

/** A store found damaged while the app runs (not only at start-up): the same sentence, or null. */
export function corruptionError(dbPath: string, e: unknown): ApiError | null {
  const code = String((e as { code?: unknown })?.code ?? '');
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT') ? corrupt(dbPath) : null;
}

/** SQLite's own failure codes, in the user's terms. */
export function classifyOpenError(dbPath: string, e: unknown): ApiError | null {
  if (e instanceof ApiError) return e;
  const code = String((e as { code?: unknown })?.code ?? '');
  const msg = String((e as Error)?.message ?? '');
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT') || /not a database|malformed|corrupt/i.test(msg)) return corrupt(dbPath);
  if (/^SQLITE_(CANTOPEN|READONLY|PERM|IOERR|AUTH|FULL)/.test(code) || /unable to open|readonly|disk I\/O/i.test(msg)) {
    return new ApiError('DB_UNREADABLE', `The workspace file ${path.basename(dbPath)} could not be opened (${msg}).`);
  }
  return null;
}

export const PAGE_SIZE = 16384;

/** Opens (creating if needed) a workspace database: WAL, foreign keys, busy timeout, migrations. */
export function openDatabase(opts: OpenOptions): Database.Database {
  const { dbPath } = opts;
  const migrations = opts.migrations ?? MIGRATIONS;
  const existed = dbPath !== ':memory:' && fs.existsSync(dbPath) && fs.statSync(dbPath).isFile() && fs.statSync(dbPath).size > 0;
  if (existed) {
    const problem = headerProblem(dbPath);
    if (problem) throw corrupt(dbPath, problem);
  }
  if (dbPath !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(dbPath, { nativeBinding: opts.nativeBinding, readonly: opts.readonly ?? false });
  } catch (e) {
    throw classifyOpenError(dbPath, e) ?? new ApiError('DB_UNREADABLE', `The workspace file ${path.basename(dbPath)} could not be opened (${(e as Error).message}).`);
  }
  try {
    // A quick check that this is a database at all, and from a version we understand, before
    // anything (even switching to WAL) writes to the file.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    const from = currentVersion(db);
    const latest = latestVersion(migrations);
    if (from > latest) {
      throw new ApiError('DB_NEWER', `This workspace was written by a newer version of Bridgehire (schema ${from}; this version knows up to ${latest}). Update Bridgehire to open it.`);
    }
    // A new workspace gets 16 KiB pages: its rows are wide (a person is ~600 bytes), and a
    // 100,000-row import measured ~10% faster than with SQLite's 4 KiB. It can only be chosen
    // before the first table exists; older workspaces keep theirs.
    if (!existed && !opts.readonly) db.pragma(`page_size = ${PAGE_SIZE}`);
    configure(db);
    if (!opts.readonly) {
      if (existed && from > 0 && from < latest) {
        // Before changing the schema of real data, keep a consistent copy to go back to.
        snapshotSync(db, dbPath, `pre-migration-v${from}`);
      }
      migrate(db, migrations);
    }
    return db;
  } catch (e) {
    db.close();
    throw classifyOpenError(dbPath, e) ?? e;
  }
}

export function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
}
