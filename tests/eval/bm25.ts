import type Database from 'better-sqlite3';

// The obvious alternative a team would build first: SQLite FTS5 over each person's skills, summary
// and title, one bm25()-ranked query per role made of its must-have and nice-to-have skills.
// Skills go in by name (as from the old person_skills table): phrases can match across neighbours.
// Shared by the evaluation and the benchmark so both measure the same thing.

export function buildFts(db: Database.Database): void {
  db.exec(`DROP TABLE IF EXISTS people_fts;
    CREATE VIRTUAL TABLE people_fts USING fts5(skills, summary, title, tokenize = 'unicode61');
    INSERT INTO people_fts (rowid, skills, summary, title)
      SELECT p.id, coalesce((SELECT group_concat(s.skill, ' ; ') FROM (SELECT j.value ->> 0 AS skill FROM json_each(p.skills) j ORDER BY 1) s), ''), coalesce(p.summary, ''), coalesce(p.title, '')
      FROM people p;`);
}

/** An FTS5 query that matches any of the skills, each as a phrase. */
export function ftsQuery(skills: readonly string[]): string {
  return skills.map((s) => `"${s.replace(/"/g, '""')}"`).join(' OR ');
}

export function bm25Rank(db: Database.Database, skills: readonly string[], k: number): number[] {
  const q = ftsQuery(skills);
  if (!q) return [];
  return (db.prepare('SELECT rowid AS id FROM people_fts WHERE people_fts MATCH ? ORDER BY bm25(people_fts), rowid LIMIT ?').all(q, k) as { id: number }[]).map((r) => r.id);
}
