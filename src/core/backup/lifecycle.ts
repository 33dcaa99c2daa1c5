import type Database from 'better-sqlite3';
import { readSettings } from '../privacy/settings';
import { createBackup, dailyBackupDue, rememberNativeBinding, settleBackups } from './create';
import { pruneBackups } from './files';

/**
 * Once the core is open: a daily backup when the newest is more than a day old (and the
 * workspace holds anything), written in the background through the online backup API.
 */
export function startDailyBackup(db: Database.Database, dbPath: string, opts: { now: Date; nativeBinding?: string; log: (e: unknown) => void; enabled: boolean }): void {
  rememberNativeBinding(db, opts.nativeBinding);
  if (!opts.enabled) return;
  if (dbPath === ':memory:' || !dailyBackupDue(dbPath, opts.now)) return;
  const held = db.prepare('SELECT (SELECT count(*) FROM (SELECT 1 FROM people LIMIT 1)) + (SELECT count(*) FROM (SELECT 1 FROM roles LIMIT 1)) AS n').get() as { n: number };
  if (held.n === 0) return;
  const keep = readSettings(db).backupKeep;
  createBackup(db, dbPath, 'daily', { now: opts.now, nativeBinding: opts.nativeBinding }).then(
    () => pruneBackups(dbPath, keep),
    (e) => opts.log(e),
  );
}

/** Before the connection closes: let backups under way finish. */
export function beforeClose(db: Database.Database): Promise<void> {
  return settleBackups(db);
}
