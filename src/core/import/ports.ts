import type { Taxonomy, TitleReading } from '../skills/types';

/** What the importer needs from the knowledge layer (see knowledge.ts for the real one). */
export interface Knowledge {
  taxonomy: Taxonomy;
  readTitle(title: string): TitleReading;
  normalizeCompany(name: string): string;
  recordUnknown(terms: string[]): void;
  linkPeople(personIds?: number[]): void;
}
