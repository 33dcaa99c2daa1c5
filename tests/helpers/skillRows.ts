// People's skills as rows (person_id, skill, known, raw, origin, batch_id), read from the packed
// people.skills lists (src/core/repos/personSkills.ts), for tests that asserted on the old
// person_skills table: `SELECT ... FROM ${SKILL_ROWS} WHERE ...`.
// Stored entries keep raw "" when it is the name and the origin as a letter (toStored there).
export const SKILL_ROWS = `(SELECT p.id AS person_id, j.value ->> 0 AS skill, j.value ->> 1 AS known,
  CASE WHEN j.value ->> 2 = '' THEN j.value ->> 0 ELSE j.value ->> 2 END AS raw,
  CASE j.value ->> 3 WHEN 'c' THEN 'skills_cell' WHEN 't' THEN 'text' WHEN 'm' THEN 'manual' ELSE j.value ->> 3 END AS origin, j.value ->> 4 AS batch_id
  FROM people p, json_each(p.skills) j)`;
