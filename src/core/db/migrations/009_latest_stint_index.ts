import type { Migration } from '../migrate';

// The rehire grid shows each former employee's latest stint, found per person by
// ORDER BY exit_date IS NULL, exit_date DESC, id DESC. With an index in that order the answer is
// its first entry instead of a sort of the person's stints (repos/alumni.ts, match/queries.ts).
export const migration009: Migration = {
  version: 9,
  name: 'latest_stint_index',
  up: (db) => {
    db.exec('CREATE INDEX employments_latest ON employments(person_id, exit_date IS NULL, exit_date DESC, id DESC)');
  },
};
