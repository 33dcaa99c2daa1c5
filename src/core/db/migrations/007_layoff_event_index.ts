import type { Migration } from '../migrate';

// people.layoff_event_id points at a layoff event ON DELETE SET NULL, with no index: deleting an
// event (undoing a layoffs import) made SQLite scan every person for each event. Undoing the
// 4,277-event layoffs tracker took 3 min 16 s with 100,000 people in the store. Most people are
// linked to no event, so the index holds only those who are.
export const migration007: Migration = {
  version: 7,
  name: 'layoff_event_index',
  up: (db) => {
    db.exec('CREATE INDEX people_layoff_event ON people(layoff_event_id) WHERE layoff_event_id IS NOT NULL');
  },
};
