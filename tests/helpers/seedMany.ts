import type Database from 'better-sqlite3';
import { packFromRowsSql, SKILL_ROWS_TABLE_SQL } from '../../src/core/repos/personSkills';

/**
 * `n` people written with SQL alone (an email and a skill each, every tenth a former employee): enough
 * that a search matching no one takes a while to scan. Names "Person i", titles "Engineer i%7",
 * companies "Co i%13", locations "City i%5", emails "p<i>@example.com".
 */
export function seedMany(db: Database.Database, n: number): void {
  db.transaction(() => {
    db.prepare(
      `WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ?)
       INSERT INTO people (id, full_name, title, company, location, track, level) SELECT i, 'Person ' || i, 'Engineer ' || (i % 7), 'Co ' || (i % 13), 'City ' || (i % 5),
         CASE i % 2 WHEN 0 THEN 'platform' ELSE 'ai_ml' END, 'senior' FROM s`,
    ).run(n);
    db.exec(`INSERT INTO person_emails (email, person_id) SELECT 'p' || id || '@example.com', id FROM people`);
    db.exec(SKILL_ROWS_TABLE_SQL('seed_skills'));
    db.exec(`INSERT INTO temp.seed_skills (person_id, skill, known, raw, origin) SELECT id, CASE id % 3 WHEN 0 THEN 'Go' WHEN 1 THEN 'Python' ELSE 'Rust' END, 1, 'x', 'skills_cell' FROM people`);
    db.exec(packFromRowsSql('temp.seed_skills'));
    db.exec('DROP TABLE temp.seed_skills');
    db.exec(`INSERT INTO employments (person_id, hire_date, exit_date, exit_type, rehire, rehire_source) SELECT id, '2019-01-01', '2024-06-01', 'layoff', 'eligible', 'explicit' FROM people WHERE id % 10 = 0`);
  })();
}
