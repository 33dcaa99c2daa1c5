import type Database from 'better-sqlite3';
import { taxonomyFor } from '../skills/taxonomy';
import { primaryTrack, readTitle } from '../skills/titles';
import { recordUnknown } from '../skills';
import { normalizeCompany } from '../layoffs/company';
import { linkPeopleToLayoffs } from '../layoffs/link';
import type { SkillsReading, Taxonomy, TitleReading } from '../skills/types';
import { detach } from './identity';
import type { Knowledge } from './ports';

export type { Knowledge };

// The importer's one door to the knowledge layer (skills taxonomy, title reading, company names,
// layoff links), so the rest of the importer does not care where these live.

/** Per-import memos stop growing here (a file of unique values gains nothing from them). */
const MEMO_LIMIT = 50000;

/** Lookups after which a memo that has hardly ever hit stops being asked (values that rarely repeat). */
const MEMO_TRIAL = 10000;

/**
 * Reads each distinct value once per import. Keys are detached copies: a memo must not keep 1 MB
 * chunks of the file alive. A column whose values rarely repeat (skills lists written per person)
 * gains nothing from it, so after a trial in which fewer than one lookup in ten hit, it is dropped
 * (the skills reader still caches each piece of a list).
 */
export function memo<T>(fn: (s: string) => T): (s: string) => T {
  let m: Map<string, T> | null = new Map<string, T>();
  let calls = 0;
  let hits = 0;
  return (s) => {
    if (m === null) return fn(detach(s));
    let r = m.get(s);
    if (r !== undefined) {
      hits++;
    } else {
      const key = detach(s);
      r = fn(key);
      if (m.size < MEMO_LIMIT) m.set(key, r);
    }
    if (++calls === MEMO_TRIAL && hits * 10 < MEMO_TRIAL) m = null;
    return r;
  };
}

/** What reading rows needs from the knowledge layer: pure, so the prep thread builds the same from plain data. */
export type ReadingKnowledge = Pick<Knowledge, 'taxonomy' | 'readTitle' | 'primaryTrack' | 'normalizeCompany'>;

export function readingKnowledge(base: Taxonomy): ReadingKnowledge {
  // Skills cells, titles and companies repeat a lot in a file: read each spelling once.
  const readCell = memo<SkillsReading>((text) => base.readCell(text));
  return {
    taxonomy: { ...base, readCell },
    readTitle: memo<TitleReading>(readTitle),
    primaryTrack: (reading, skills) => primaryTrack(reading, skills, base),
    normalizeCompany: memo<string>(normalizeCompany),
  };
}

export function knowledgeFor(db: Database.Database): Knowledge {
  return {
    ...readingKnowledge(taxonomyFor(db)),
    recordUnknown: (terms) => {
      if (terms.length) recordUnknown(db, terms);
    },
    linkPeople: (ids) => {
      // With no layoff events and nobody linked to one there is nothing to do: skip reading everyone.
      const any = db.prepare('SELECT EXISTS (SELECT 1 FROM layoff_events) OR EXISTS (SELECT 1 FROM people WHERE layoff_event_id IS NOT NULL)').pluck().get();
      if (any) linkPeopleToLayoffs(db, ids);
    },
  };
}
