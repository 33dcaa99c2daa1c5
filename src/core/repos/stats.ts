import type Database from 'better-sqlite3';
import type { Stats } from '../../shared/api/contract/app';

export function readStats(db: Database.Database): Stats {
  return db
    .prepare(
      `SELECT
        (SELECT count(*) FROM people) AS people,
        (SELECT count(DISTINCT person_id) FROM employments) AS alumni,
        (SELECT count(*) FROM roles) AS roles,
        (SELECT count(*) FROM roles WHERE status = 'open') AS openRoles,
        (SELECT count(*) FROM shortlists) AS shortlists,
        (SELECT count(*) FROM import_batches) AS importBatches,
        (SELECT count(*) FROM layoff_events) AS layoffEvents`,
    )
    .get() as Stats;
}
