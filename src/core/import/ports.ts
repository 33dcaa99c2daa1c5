import type { Track } from '../../shared/domain';
import type { Taxonomy, TitleReading } from '../skills/types';

/** What the importer needs from the knowledge layer (see knowledge.ts for the real one). */
export interface Knowledge {
  taxonomy: Taxonomy;
  readTitle(title: string): TitleReading;
  /** The track a title gives, or that the skills give when the title is generic or joins two. */
  primaryTrack(reading: TitleReading, skills: readonly string[]): Track | null;
  normalizeCompany(name: string): string;
  recordUnknown(terms: string[]): void;
  linkPeople(personIds?: number[]): void;
}
