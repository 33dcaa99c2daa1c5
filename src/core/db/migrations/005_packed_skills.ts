import type { Migration } from '../migrate';

// A person's skills move onto their row (see repos/personSkills.ts for the format): an import wrote
// ~480,000 person_skills rows and index entries for 100,000 people, about a fifth of its time.
// The order inside the list is the one every reader used: known first, then by name.
export const migration005: Migration = {
  version: 5,
  name: 'packed_skills',
  up: (db) => {
    db.exec(`
ALTER TABLE people ADD COLUMN skills TEXT NOT NULL DEFAULT '[]';
ALTER TABLE people ADD COLUMN skill_names TEXT NOT NULL DEFAULT '';
UPDATE people SET (skills, skill_names) = (
  SELECT json_group_array(json_array(skill, known, raw, origin, batch_id)), group_concat(skill, ', ')
  FROM (SELECT skill, known, raw, origin, batch_id FROM person_skills s WHERE s.person_id = people.id ORDER BY known DESC, skill)
) WHERE id IN (SELECT person_id FROM person_skills);
DROP TABLE person_skills;
`);
  },
};
