import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors';
import { MIGRATIONS } from '../db/migrations';
import { latestVersion, migrate } from '../db/migrate';
import { record } from '../audit/record';
import { erasePeople, withSecureDelete } from '../privacy/erase';
import { tombstonedPeople } from '../privacy/tombstones';
import { checkBackupFile, createBackup, settleBackups } from './create';
import { resolveBackup, type BackupInfo } from './files';

export interface RestoreResult {
  restored: BackupInfo;
  /** The copy of the workspace as it was just before, so the restore itself can be undone. */
  safetyCopy: BackupInfo | null;
  /** People erased since the backup was taken, erased again. */
  reErased: number;
  message: string;
}

function verify(file: string, b: BackupInfo, nativeBinding?: string): void {
  const check = checkBackupFile(file, nativeBinding);
  if (!check.ok) throw new ApiError('DB_CORRUPT', `The backup ${b.id} is damaged and cannot be restored; choose an older one.`, { field: 'id' });
  if (check.schemaVersion > latestVersion(MIGRATIONS)) throw new ApiError('DB_NEWER', `The backup ${b.id} was written by a newer version of Bridgehire. Update Bridgehire to restore it.`, { field: 'id' });
}

/** After putting an old copy back: bring its schema up to date and erase again whoever was erased since. */
function settle(db: Database.Database, restored: BackupInfo, tombstones: string[], actor: string, now: Date): number {
  migrate(db, MIGRATIONS);
  return withSecureDelete(db, () =>
    db.transaction(() => {
      const ins = db.prepare('INSERT OR IGNORE INTO tombstones (key_hash, erased_at) VALUES (?, ?)');
      for (const h of tombstones) ins.run(h, now.toISOString());
      const ids = tombstonedPeople(db);
      const c = erasePeople(db, ids, { tombstone: true, scanUnlinkedRows: true, at: now });
      record(db, 'restore', `backup:${restored.id}`, { by: actor, reErased: c.people }, now);
      return c.people;
    })(),
  );
}

function message(b: BackupInfo, reErased: number): string {
  const when = b.createdAt.slice(0, 16).replace('T', ' ');
  return `The workspace is back to the backup of ${when} UTC.${reErased ? ` ${reErased} ${reErased === 1 ? 'person' : 'people'} erased since then ${reErased === 1 ? 'was' : 'were'} erased again.` : ''}`;
}

/**
 * Restores a backup into the open workspace. SQLite's backup API writes it into the live file,
 * so this connection (and the shell around it) carries on with the restored data.
 */
export async function restoreLive(db: Database.Database, dbPath: string, id: string, opts: { actor: string; now: Date; nativeBinding?: string; keep?: number }): Promise<RestoreResult> {
  const b = resolveBackup(dbPath, id);
  verify(b.path, b, opts.nativeBinding);
  await settleBackups(db); // a backup still being copied from this file would take in half of the restore
  const tombstones = (db.prepare('SELECT key_hash FROM tombstones').raw().all() as [string][]).map((r) => r[0]);
  const safetyCopy = await createBackup(db, dbPath, 'pre-restore', { now: opts.now, nativeBinding: opts.nativeBinding });
  const src = new Database(b.path, { readonly: true, fileMustExist: true, nativeBinding: opts.nativeBinding });
  try {
    // All pages in one step: the restore is one atomic write on the live file.
    await src.backup(dbPath, { progress: () => 0x7fffffff });
  } finally {
    src.close();
  }
  const reErased = settle(db, b, tombstones, opts.actor, opts.now);
  return { restored: b, safetyCopy, reErased, message: message(b, reErased) };
}

/**
 * Restores a backup when the workspace cannot be opened at all (start-up recovery). The damaged
 * file is kept beside it, renamed, never deleted: it is still the user's data.
 */
export async function restoreOffline(dbPath: string, id: string, opts: { actor: string; now?: Date; nativeBinding?: string }): Promise<RestoreResult & { damagedCopy: string | null }> {
  const now = opts.now ?? new Date();
  const b = resolveBackup(dbPath, id);
  verify(b.path, b, opts.nativeBinding);
  let damagedCopy: string | null = null;
  if (fs.existsSync(dbPath)) {
    damagedCopy = `${dbPath}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
    fs.renameSync(dbPath, damagedCopy);
  }
  for (const side of ['-wal', '-shm', '-journal']) {
    if (!fs.existsSync(dbPath + side)) continue;
    if (damagedCopy) fs.renameSync(dbPath + side, damagedCopy + side);
    else fs.rmSync(dbPath + side, { force: true });
  }
  const src = new Database(b.path, { readonly: true, fileMustExist: true, nativeBinding: opts.nativeBinding });
  try {
    await src.backup(dbPath, { progress: () => 0x7fffffff });
  } finally {
    src.close();
  }
  const db = new Database(dbPath, { nativeBinding: opts.nativeBinding });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    settle(db, b, [], opts.actor, now);
  } finally {
    db.close();
  }
  return { restored: b, safetyCopy: null, reErased: 0, damagedCopy: damagedCopy ? path.basename(damagedCopy) : null, message: message(b, 0) };
}
