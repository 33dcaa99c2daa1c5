import type Database from 'better-sqlite3';
import { addPersonSkills } from '../../src/core/repos/personSkills';

export interface SeedPerson {
  name: string;
  title?: string;
  company?: string;
  track?: string;
  level?: string;
  location?: string;
  email?: string;
  skills?: string[];
  sources?: string[];
}

/** Writes people straight into a workspace, for tests of reading and showing them. */
export function seedPeople(db: Database.Database, people: SeedPerson[]): number[] {
  const ins = db.prepare('INSERT INTO people (full_name, title, company, track, level, location, sources) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const email = db.prepare('INSERT INTO person_emails (email, person_id) VALUES (?, ?)');
  return db.transaction(() =>
    people.map((p) => {
      const id = Number(ins.run(p.name, p.title ?? null, p.company ?? null, p.track ?? null, p.level ?? null, p.location ?? null, JSON.stringify(p.sources ?? ['ats'])).lastInsertRowid);
      if (p.email) email.run(p.email, id);
      if (p.skills?.length) addPersonSkills(db, id, p.skills.map((s) => [s, 1, s, 'skills_cell', null]));
      return id;
    }),
  )();
}
