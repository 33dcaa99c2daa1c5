import type { Migration } from '../migrate';

// The whole domain of DESIGN.md. Dates are ISO-8601 text (YYYY-MM-DD or full timestamps);
// JSON columns hold arrays/objects as text. Fields the user edited by hand are listed in
// people.edited_fields so an import merge never overwrites them.
export const migration001: Migration = {
  version: 1,
  name: 'domain',
  up: (db) => {
    db.exec(`
CREATE TABLE layoff_events (
  id INTEGER PRIMARY KEY,
  company TEXT NOT NULL,
  company_norm TEXT NOT NULL,
  location TEXT,
  laid_off INTEGER,
  percentage REAL,
  date TEXT,
  industry TEXT,
  stage TEXT,
  country TEXT,
  source_url TEXT,
  batch_id INTEGER REFERENCES import_batches(id) ON DELETE CASCADE
);
CREATE INDEX layoff_events_company ON layoff_events(company_norm, date);

CREATE TABLE people (
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
  linkedin TEXT UNIQUE,        -- https://www.linkedin.com/in/<slug>
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
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX people_name ON people(full_name COLLATE NOCASE);
CREATE INDEX people_track_level ON people(track, level);
CREATE INDEX people_company ON people(company_norm);
CREATE INDEX people_available ON people(available_on);
CREATE INDEX people_stage ON people(stage);
CREATE INDEX people_updated ON people(updated_at);

CREATE TABLE person_emails (
  email TEXT PRIMARY KEY,      -- normalised (lower-case, trimmed)
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  kind TEXT                    -- work | personal | NULL
) WITHOUT ROWID;
CREATE INDEX person_emails_person ON person_emails(person_id);

CREATE TABLE person_skills (
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  skill TEXT NOT NULL,         -- canonical name, or the raw term when unknown
  known INTEGER NOT NULL,      -- 1 when in the taxonomy
  raw TEXT NOT NULL,           -- the text it was read from
  origin TEXT NOT NULL,        -- skills_cell | text | manual
  batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
  PRIMARY KEY (person_id, skill)
) WITHOUT ROWID;
CREATE INDEX person_skills_skill ON person_skills(skill);

CREATE TABLE employments (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  employee_id TEXT UNIQUE,
  team TEXT,
  title TEXT,
  level TEXT,
  manager TEXT,
  hire_date TEXT,
  exit_date TEXT,
  exit_type TEXT,              -- layoff | voluntary | involuntary | other
  exit_reason TEXT,
  regrettable INTEGER,
  last_performance TEXT,
  rehire TEXT NOT NULL DEFAULT 'unknown',        -- eligible | review | ineligible | unknown
  rehire_source TEXT NOT NULL DEFAULT 'unknown', -- explicit | derived | unknown
  layoff_wave TEXT,
  batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL
);
CREATE INDEX employments_person ON employments(person_id);
CREATE INDEX employments_exit ON employments(exit_date);
CREATE INDEX employments_rehire ON employments(rehire, exit_date);

CREATE TABLE roles (
  id INTEGER PRIMARY KEY,
  req_id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  track TEXT NOT NULL DEFAULT 'other',
  level TEXT,
  team TEXT,
  location TEXT,
  remote_policy TEXT,          -- remote | hybrid | onsite
  status TEXT NOT NULL DEFAULT 'open',
  headcount INTEGER NOT NULL DEFAULT 1,
  hiring_manager TEXT,
  opened_on TEXT,
  description TEXT NOT NULL DEFAULT '',
  weights TEXT,                -- JSON MatchWeights override, NULL = track default
  batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX roles_status ON roles(status, track);

CREATE TABLE role_skills (
  role_id INTEGER NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
  skill TEXT NOT NULL,
  kind TEXT NOT NULL,          -- must | nice
  raw TEXT NOT NULL,
  PRIMARY KEY (role_id, kind, skill)
) WITHOUT ROWID;

CREATE TABLE skills (
  name TEXT PRIMARY KEY,
  tracks TEXT NOT NULL DEFAULT '[]',
  parent TEXT,
  user_defined INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE skill_aliases (
  alias TEXT PRIMARY KEY,      -- normalised alias text
  skill TEXT NOT NULL REFERENCES skills(name) ON DELETE CASCADE,
  user_defined INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE unknown_skills (
  term TEXT PRIMARY KEY,       -- normalised term
  display TEXT NOT NULL,
  count INTEGER NOT NULL DEFAULT 0,
  first_seen TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
) WITHOUT ROWID;

CREATE TABLE import_batches (
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,
  file_hash TEXT NOT NULL,
  kind TEXT NOT NULL,
  mapping TEXT NOT NULL DEFAULT '{}',
  encoding TEXT,
  delimiter TEXT,
  rows INTEGER NOT NULL DEFAULT 0,
  created INTEGER NOT NULL DEFAULT 0,
  merged INTEGER NOT NULL DEFAULT 0,
  rejected INTEGER NOT NULL DEFAULT 0,
  warnings INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'done',   -- done | undone
  started_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  finished_at TEXT
);

CREATE TABLE import_rows (
  batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
  row_no INTEGER NOT NULL,
  raw TEXT NOT NULL,           -- JSON array of the cells as read
  outcome TEXT NOT NULL,       -- created | merged | rejected
  person_id INTEGER,
  messages TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (batch_id, row_no)
) WITHOUT ROWID;
CREATE INDEX import_rows_person ON import_rows(person_id);

-- What a batch changed in records it merged into, so undo can take it back.
CREATE TABLE import_changes (
  batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
  entity TEXT NOT NULL,        -- people | employments | roles | person_emails | person_skills
  entity_id TEXT NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT
);
CREATE INDEX import_changes_batch ON import_changes(batch_id);

CREATE TABLE mapping_presets (
  id INTEGER PRIMARY KEY,
  name TEXT,                   -- NULL: remembered for a header set, not named
  kind TEXT NOT NULL,
  header_key TEXT NOT NULL,
  mapping TEXT NOT NULL,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  UNIQUE (kind, name)
);
CREATE INDEX mapping_presets_header ON mapping_presets(kind, header_key);

CREATE TABLE match_results (
  role_id INTEGER NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  score REAL NOT NULL,
  rank INTEGER NOT NULL,
  near_miss INTEGER NOT NULL DEFAULT 0,
  must_matched INTEGER NOT NULL DEFAULT 0,
  explanation TEXT NOT NULL,   -- JSON: components, matched, partial, missing
  engine_version TEXT NOT NULL,
  computed_at TEXT NOT NULL,
  PRIMARY KEY (role_id, person_id)
) WITHOUT ROWID;
CREATE INDEX match_results_rank ON match_results(role_id, rank);
CREATE INDEX match_results_person ON match_results(person_id, score DESC);

CREATE TABLE shortlists (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  role_id INTEGER REFERENCES roles(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);

CREATE TABLE shortlist_entries (
  shortlist_id INTEGER NOT NULL REFERENCES shortlists(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  stage TEXT NOT NULL DEFAULT 'new',
  note TEXT NOT NULL DEFAULT '',
  added_by TEXT NOT NULL DEFAULT '',
  added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  score REAL,
  explanation TEXT,            -- JSON, as at the time it was added
  engine_version TEXT,
  weights TEXT,
  PRIMARY KEY (shortlist_id, person_id)
) WITHOUT ROWID;
CREATE INDEX shortlist_entries_person ON shortlist_entries(person_id);

CREATE TABLE saved_views (
  id INTEGER PRIMARY KEY,
  grid TEXT NOT NULL,
  name TEXT NOT NULL,
  state TEXT NOT NULL,         -- JSON: columns, sort, filters
  builtin INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  UNIQUE (grid, name)
);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  action TEXT NOT NULL,        -- import | undo_import | merge | forget | export | weights | ...
  subject TEXT,
  details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at ON audit_log(at);

CREATE TABLE tombstones (
  key_hash TEXT PRIMARY KEY,   -- sha256 of a normalised identity key of an erased person
  erased_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
) WITHOUT ROWID;

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL          -- JSON
) WITHOUT ROWID;
`);
  },
};
