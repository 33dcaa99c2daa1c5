import type Database from 'better-sqlite3';
import { taxonomyFor } from '../skills/taxonomy';
import { readTitle } from '../skills/titles';
import { recordUnknown } from '../skills';
import { normalizeCompany } from '../layoffs/company';
import { linkPeopleToLayoffs } from '../layoffs/link';
import type { TitleReading } from '../skills/types';
import type { Knowledge } from './ports';

export type { Knowledge };

// The importer's one door to the knowledge layer (skills taxonomy, title reading, company names,
// layoff links), so the rest of the importer does not care where these live.

export function knowledgeFor(db: Database.Database): Knowledge {
  const taxonomy = taxonomyFor(db);
  const titles = new Map<string, TitleReading>();
  const companies = new Map<string, string>();
  return {
    taxonomy,
    // Titles and companies repeat a lot in a file: read each spelling once.
    readTitle(title) {
      let r = titles.get(title);
      if (!r) titles.set(title, (r = readTitle(title)));
      return r;
    },
    normalizeCompany(name) {
      let r = companies.get(name);
      if (r === undefined) companies.set(name, (r = normalizeCompany(name)));
      return r;
    },
    recordUnknown: (terms) => {
      if (terms.length) recordUnknown(db, terms);
    },
    linkPeople: (ids) => {
      linkPeopleToLayoffs(db, ids);
    },
  };
}
