import type { Migration } from '../migrate';

// A person's skills move onto their row (see repos/personSkills.ts for the format: raw "" when it is
// the name, origin as a letter): an import wrote
// ~480,000 person_skills rows and index entries for 100,000 people, about a fifth of its time.
// The order inside the list is the one every reader used: known first, then by name.
// Match freshness no longer counts skills (every write of them now marks the person updated), so
// the skills slot of stored people signatures becomes 0 where the count still held, and -1 (stale)
// where it did not, so scores fresh before the upgrade stay fresh and stale ones stay stale.
export const migration005: Migration = {
  version: 5,
  name: 'packed_skills',
  up: (db) => {
    db.exec(`
ALTER TABLE people ADD COLUMN skills TEXT NOT NULL DEFAULT '[]';
ALTER TABLE people ADD COLUMN skill_names TEXT NOT NULL DEFAULT '';
UPDATE people SET (skills, skill_names) = (
  SELECT json_group_array(json_array(skill, known, CASE WHEN raw = skill THEN '' ELSE raw END,
    CASE origin WHEN 'skills_cell' THEN 'c' WHEN 'text' THEN 't' WHEN 'manual' THEN 'm' ELSE origin END, batch_id)), group_concat(skill, ', ')
  FROM (SELECT skill, known, raw, origin, batch_id FROM person_skills s WHERE s.person_id = people.id ORDER BY known DESC, skill)
) WHERE id IN (SELECT person_id FROM person_skills);
UPDATE match_roles_state SET people_sig = json_replace(people_sig, '$[3]',
  CASE WHEN json_extract(people_sig, '$[3]') = (SELECT count(*) FROM person_skills) THEN 0 ELSE -1 END)
WHERE json_valid(people_sig) AND json_type(people_sig) = 'array' AND json_array_length(people_sig) = 6;
DROP TABLE person_skills;
`);
  },
};
