// People's skills as rows (person_id, skill, known, raw, origin, batch_id), read from the packed
// people.skills lists (src/core/repos/personSkills.ts), for tests that asserted on the old
// person_skills table: `SELECT ... FROM ${SKILL_ROWS} WHERE ...`.
export const SKILL_ROWS = `(SELECT p.id AS person_id, j.value ->> 0 AS skill, j.value ->> 1 AS known, j.value ->> 2 AS raw, j.value ->> 3 AS origin, j.value ->> 4 AS batch_id
  FROM people p, json_each(p.skills) j)`;
