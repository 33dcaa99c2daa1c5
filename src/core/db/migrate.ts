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
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return pending.map((m) => m.version);
}
