import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database.Database) => void;
}

/** The schema version this build writes; a database above it was written by a newer Bridgehire. */
export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

export function currentVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to date. All pending migrations run in one transaction:
 * either the database reaches the latest version or it stays exactly as it was.
 * Returns the versions applied.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): number[] {
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  sorted.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migrations must be numbered 1..n without gaps; found ${m.version} at position ${i + 1}.`);
  });
  const from = currentVersion(db);
  const latest = latestVersion(sorted);
  if (from > latest) {
    throw new ApiError('DB_NEWER', `This workspace was written by a newer version of Bridgehire (schema ${from}; this version knows up to ${latest}). Update Bridgehire to open it.`);
  }
  const pending = sorted.filter((m) => m.version > from);
  if (pending.length === 0) return [];
  // Foreign keys are not enforced while migrations run, so one may rebuild a table (create the new
  // one, copy, drop the old, rename): dropping a parent would otherwise cascade into its children.
  // They are checked as a whole before the commit instead: a migration may not leave more rows
  // pointing at nothing than there were. (The switch only works outside a transaction.)
  const fk = (db.pragma('foreign_keys', { simple: true }) as number) === 1;
  if (fk && db.inTransaction) throw new Error('Migrations run outside a transaction: inside one, foreign keys cannot be set aside, and rebuilding a table would empty its children.');
  if (fk) db.pragma('foreign_keys = OFF');
  const dangling = () => (db.pragma('foreign_key_check') as unknown[]).length;
  try {
    db.transaction(() => {
      const before = fk ? dangling() : 0;
      for (const m of pending) {
        m.up(db);
        db.pragma(`user_version = ${m.version}`);
      }
      const after = fk ? dangling() : 0;
      if (after > before) throw new Error(`Migrating the workspace would leave ${after - before} rows pointing at records that no longer exist; nothing was changed.`);
    })();
  } finally {
    if (fk) db.pragma('foreign_keys = ON');
  }
  return pending.map((m) => m.version);
}
