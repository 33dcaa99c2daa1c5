import type { Migration } from '../migrate';

// What each role's stored scores were computed from, so staleness is a comparison, not a guess;
// and each person's best open role, for the rehire and candidates grids.
export const migration002: Migration = {
  version: 2,
  name: 'match',
  up: (db) => {
    db.exec(`
CREATE TABLE match_roles_state (
  role_id INTEGER PRIMARY KEY REFERENCES roles(id) ON DELETE CASCADE,
  engine_version TEXT NOT NULL,
  weights TEXT NOT NULL,        -- JSON MatchWeights used
  role_sig TEXT NOT NULL,       -- the role's skills, track, level, place and weights as scored
  people_sig TEXT NOT NULL,     -- people count / last update / last id / skills / employments when scored
  taxonomy_sig TEXT NOT NULL,
  as_of TEXT NOT NULL,          -- date availability was measured against
  scored INTEGER NOT NULL,      -- people scored
  kept INTEGER NOT NULL,        -- rows kept in match_results
  computed_at TEXT NOT NULL
);

CREATE TABLE match_best (
  person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
  role_id INTEGER NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
  score REAL NOT NULL,
  near_miss INTEGER NOT NULL DEFAULT 0,
  computed_at TEXT NOT NULL
);
CREATE INDEX match_best_role ON match_best(role_id, score DESC);
`);
  },
};
