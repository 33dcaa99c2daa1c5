import type Database from 'better-sqlite3';
import type { CoreEvent, DataArea } from '../shared/api/events';
import type { JobRunner } from './jobs/runner';
import type { ReadRunner } from './reads/runner';
import type { FileRegistry } from './files';

export type Shell = 'electron' | 'web' | 'cli' | 'test';

/** What every handler gets besides its arguments. */
export interface Ctx {
  db: Database.Database;
  dbPath: string;
  shell: Shell;
  jobs: JobRunner;
  /** Grid reads that may scan the store: off the calling thread in the shells. */
  reads: ReadRunner;
  files: FileRegistry;
  emit: (ev: CoreEvent) => void;
  /** Tells every view that these areas changed (and bumps the data version). */
  changed: (...areas: DataArea[]) => void;
  dataVersion: () => number;
  /** Who acts, for audit and "added by". */
  actor: string;
  now: () => Date;
}
