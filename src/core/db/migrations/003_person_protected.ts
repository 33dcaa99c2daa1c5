import type { Migration } from '../migrate';

// Protected attributes (age, gender, ...) a user insisted on importing are kept apart from
// everything that is shown, searched or scored: only here, and removed with the person.
export const migration003: Migration = {
  version: 3,
  name: 'person_protected',
  up: (db) => {
    db.exec(`
CREATE TABLE person_protected (
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  attribute TEXT NOT NULL,     -- the column header as written
  value TEXT NOT NULL,
  batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
  PRIMARY KEY (person_id, attribute)
) WITHOUT ROWID;
`);
  },
};
