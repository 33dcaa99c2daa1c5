import type Database from 'better-sqlite3';

export interface JobIO {
  /** Reports how far the job is; cheap to call often (it throttles itself). */
  progress: (phase: string, done: number, total: number | null) => void;
  /** True once the user asked to stop; a job checks it between chunks and throws CancelledError. */
  cancelled: () => boolean;
  now: () => Date;
  /** The worker entry a job may start helper threads from; absent where none may be started. */
  workerScript?: string;
}

/** Long work: plain synchronous code over its own connection, so it can run in a worker thread. */
export type JobFn<I = unknown, O = unknown> = (db: Database.Database, input: I, io: JobIO) => O;

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export function throwIfCancelled(io: JobIO): void {
  if (io.cancelled()) throw new CancelledError();
}
