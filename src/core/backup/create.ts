import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors';
import { backupDir, backupFileName, latestBackup, pruneBackups, type BackupInfo } from './files';

// Backups use SQLite's own copying (the online backup API, or VACUUM INTO where it must be
// synchronous), never a raw copy of a live WAL file. Each is written under a `.partial` name
// and renamed when complete, so a crash mid-backup never leaves something that looks restorable.

const DAY_MS = 24 * 3600 * 1000;
const pending = new WeakMap<Database.Database, Set<Promise<unknown>>>();
const bindings = new WeakMap<Database.Database, string>();

/** Remembers the Electron build of the addon a core opened with, for the files backups open. */
export function rememberNativeBinding(db: Database.Database, nativeBinding: string | undefined): void {
  if (nativeBinding) bindings.set(db, nativeBinding);
}

export function nativeBindingOf(db: Database.Database): string | undefined {
  return bindings.get(db);
}

function infoOf(file: string, reason: string, now: Date): BackupInfo {
  const fileName = path.basename(file);
  return { id: fileName.slice(0, -'.sqlite'.length), fileName, reason, createdAt: now.toISOString(), size: fs.statSync(file).size };
}

/** Leaves a finished copy as one self-contained file (no -wal beside it), then gives it its name. */
function finish(partial: string, file: string, nativeBinding?: string): void {
  const b = new Database(partial, { nativeBinding });
  try {
    b.pragma('journal_mode = DELETE');
  } finally {
    b.close();
  }
  fs.renameSync(partial, file);
}

/** A consistent copy taken synchronously (before a migration, when nothing else may run first). */
export function snapshotSync(db: Database.Database, dbPath: string, reason: string, now = new Date()): BackupInfo {
  const file = backupFileName(dbPath, reason, now);
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  db.prepare('VACUUM INTO ?').run(partial);
  fs.renameSync(partial, file);
  return infoOf(file, reason, now);
}

/** A copy through the online backup API; other calls keep being answered while it runs. */
export function createBackup(db: Database.Database, dbPath: string, reason: string, opts: { now?: Date; keep?: number; nativeBinding?: string } = {}): Promise<BackupInfo> {
  const now = opts.now ?? new Date();
  const file = backupFileName(dbPath, reason, now);
  const partial = `${file}.partial`;
  const work = (async () => {
    try {
      await db.backup(partial);
      finish(partial, file, opts.nativeBinding ?? bindings.get(db));
    } catch (e) {
      fs.rmSync(partial, { force: true });
      if (e instanceof ApiError) throw e;
      throw new ApiError('INTERNAL', `The backup could not be written to ${path.basename(backupDir(dbPath))}/ (${(e as Error).message}).`);
    }
    if (opts.keep) pruneBackups(dbPath, opts.keep);
    return infoOf(file, reason, now);
  })();
  track(db, work);
  return work;
}

function track(db: Database.Database, p: Promise<unknown>): void {
  let set = pending.get(db);
  if (!set) pending.set(db, (set = new Set()));
  set.add(p);
  const done = () => set.delete(p);
  p.then(done, done);
}

/** Waits for backups still being written on this connection (before it closes). */
export async function settleBackups(db: Database.Database): Promise<void> {
  const set = pending.get(db);
  if (set) await Promise.allSettled([...set]);
}

/** True when the newest backup is older than a day (or there is none). */
export function dailyBackupDue(dbPath: string, now = new Date()): boolean {
  const latest = latestBackup(dbPath);
  return !latest || now.getTime() - Date.parse(latest.createdAt) >= DAY_MS;
}

/** Reads a backup file and says whether SQLite finds it sound. */
export function checkBackupFile(file: string, nativeBinding?: string): { ok: boolean; schemaVersion: number } {
  let b: Database.Database | null = null;
  try {
    b = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    const res = b.pragma('quick_check', { simple: true });
    return { ok: res === 'ok', schemaVersion: b.pragma('user_version', { simple: true }) as number };
  } catch {
    return { ok: false, schemaVersion: 0 };
  } finally {
    b?.close();
  }
}
