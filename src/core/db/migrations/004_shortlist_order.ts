import type { Migration } from '../migrate';

// Shortlist entries carry their explanation (about a kilobyte each), so reading a list's order, its
// size or its newest addition from the table itself walks every explanation. Two small indexes
// answer those from the index alone.
export const migration004: Migration = {
  version: 4,
  name: 'shortlist_order',
  up: (db) => {
    db.exec(`
CREATE INDEX shortlist_entries_order ON shortlist_entries(shortlist_id, position);
CREATE INDEX shortlist_entries_added ON shortlist_entries(shortlist_id, added_at);
`);
  },
};
