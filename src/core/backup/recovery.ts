import { ApiError } from '../../shared/api/errors';
import { latestBackup, type BackupInfo } from './files';

// What to tell someone whose workspace will not open, in each shell's words.

export const RESTORE_COMMAND = 'bridgehire backup restore --latest';

export interface RecoveryAdvice {
  /** The problem, in a sentence. */
  problem: string;
  /** The newest backup, when there is one to go back to. */
  latest: BackupInfo | null;
  /** For the terminal and browser mode: what to run. */
  hint: string | null;
}

/** True for errors where restoring a backup is the way out. */
export function isRecoverable(e: unknown): boolean {
  return e instanceof ApiError && (e.code === 'DB_CORRUPT' || e.code === 'DB_UNREADABLE');
}

export function recoveryAdvice(dbPath: string, e: unknown): RecoveryAdvice {
  const problem = e instanceof ApiError ? e.message : `The workspace could not be opened: ${(e as Error)?.message ?? String(e)}`;
  if (!isRecoverable(e)) return { problem, latest: null, hint: null };
  const latest = latestBackup(dbPath);
  const when = latest ? latest.createdAt.slice(0, 16).replace('T', ' ') : '';
  return {
    problem,
    latest,
    hint: latest ? `To go back to the latest backup (${when} UTC), run: ${RESTORE_COMMAND}` : 'There is no backup of this workspace to restore.',
  };
}

/** One message for a terminal or a log: the problem, then what to do. */
export function recoveryText(dbPath: string, e: unknown): string {
  const a = recoveryAdvice(dbPath, e);
  return a.hint ? `${a.problem}\n${a.hint}` : a.problem;
}
