import type { Migration } from '../migrate';

// people.linkedin was declared UNIQUE inline, so its index could not be dropped, and an import
// kept it up row by row: random inserts into a b-tree of URLs, about 0.5 s of a 100,000-row
// import. The same constraint as a named unique index can be rebuilt once after a bulk load,
// like the other indexes (import/write/bulk.ts: deferIndexes), in about 0.1 s.
// SQLite cannot drop an inline constraint, so the table is rebuilt with the same columns in the
// same order (migrate() runs this with foreign keys unenforced, so dropping the old table does not
// cascade into emails, employments and the rest; they point at the new one by name).
export const migration006: Migration = {
  version: 6,
  name: 'linkedin_index',
  up: (db) => {
    const indexes = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'people' AND sql IS NOT NULL").pluck().all() as string[];
    db.exec(`
CREATE TABLE people_new (
  id INTEGER PRIMARY KEY,
  full_name TEXT NOT NULL DEFAULT '',
  location TEXT,
  country TEXT,
  remote_pref TEXT,            -- remote | hybrid | onsite | NULL (unknown)
  relocate INTEGER,            -- 1 willing, 0 not, NULL unknown
  title TEXT,
  company TEXT,
  company_norm TEXT,
  level TEXT,
  track TEXT,
  years_exp REAL,
  summary TEXT,
  phone TEXT,
  linkedin TEXT,               -- https://www.linkedin.com/in/<slug>; unique (people_linkedin)
  available_on TEXT,           -- laid off on / last day
  layoff_event_id INTEGER REFERENCES layoff_events(id) ON DELETE SET NULL,
  sources TEXT NOT NULL DEFAULT '[]',   -- JSON array of SourceKind
  stage TEXT NOT NULL DEFAULT 'new',
  notes TEXT NOT NULL DEFAULT '',
  tags TEXT NOT NULL DEFAULT '[]',      -- JSON array of strings
  edited_fields TEXT NOT NULL DEFAULT '[]',
  extra TEXT NOT NULL DEFAULT '{}',     -- unmapped columns, by header
  contacted_at TEXT,
  created_batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  skills TEXT NOT NULL DEFAULT '[]',    -- packed (repos/personSkills.ts)
  skill_names TEXT NOT NULL DEFAULT ''
);
INSERT INTO people_new SELECT * FROM people;
DROP TABLE people;
ALTER TABLE people_new RENAME TO people;
CREATE UNIQUE INDEX people_linkedin ON people(linkedin);
`);
    for (const sql of indexes) db.exec(sql);
  },
};
