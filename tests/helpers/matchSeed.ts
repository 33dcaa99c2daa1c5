import type Database from 'better-sqlite3';
import { addPersonSkills } from '../../src/core/repos/personSkills';

/** A person with everything the matching engine reads (and a few things it must not). */
export interface MatchPerson {
  name: string;
  title?: string | null;
  track?: string | null;
  level?: string | null;
  yearsExp?: number | null;
  location?: string | null;
  country?: string | null;
  remotePref?: 'remote' | 'hybrid' | 'onsite' | null;
  relocate?: boolean | null;
  availableOn?: string | null;
  summary?: string | null;
  sources?: string[];
  skills?: string[];
  layoff?: { company: string; date: string; laidOff?: number } | null;
  alumni?: { rehire: string; hireDate?: string; exitDate?: string; exitType?: string; lastPerformance?: string | null; regrettable?: boolean | null } | null;
  email?: string;
  /** Unmapped columns, as an import would keep them. */
  extra?: Record<string, string>;
}

/** Writes people straight into a workspace; returns their ids in order. */
export function insertPeople(db: Database.Database, people: MatchPerson[]): number[] {
  const ins = db.prepare(`INSERT INTO people (full_name, title, track, level, years_exp, location, country, remote_pref, relocate, available_on, summary, sources, extra, layoff_event_id)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const email = db.prepare('INSERT INTO person_emails (email, person_id) VALUES (?, ?)');
  const event = db.prepare('INSERT INTO layoff_events (company, company_norm, laid_off, date) VALUES (?, ?, ?, ?)');
  const emp = db.prepare('INSERT INTO employments (person_id, hire_date, exit_date, exit_type, last_performance, regrettable, rehire, rehire_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  return db.transaction(() =>
    people.map((p) => {
      const ev = p.layoff ? Number(event.run(p.layoff.company, p.layoff.company.toLowerCase(), p.layoff.laidOff ?? null, p.layoff.date).lastInsertRowid) : null;
      const id = Number(
        ins.run(
          p.name,
          p.title ?? null,
          p.track ?? null,
          p.level ?? null,
          p.yearsExp ?? null,
          p.location ?? null,
          p.country ?? null,
          p.remotePref ?? null,
          p.relocate == null ? null : p.relocate ? 1 : 0,
          p.availableOn ?? null,
          p.summary ?? null,
          JSON.stringify(p.sources ?? ['ats']),
          JSON.stringify(p.extra ?? {}),
          ev,
        ).lastInsertRowid,
      );
      if (p.skills?.length) addPersonSkills(db, id, p.skills.map((s) => [s, 1, s, 'skills_cell', null]));
      if (p.email) email.run(p.email, id);
      if (p.alumni) {
        const a = p.alumni;
        emp.run(id, a.hireDate ?? null, a.exitDate ?? null, a.exitType ?? null, a.lastPerformance ?? null, a.regrettable == null ? null : a.regrettable ? 1 : 0, a.rehire, 'explicit');
      }
      return id;
    }),
  )();
}
