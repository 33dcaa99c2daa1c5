import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { ApiError, type ApiErrorShape } from '../../shared/api/errors';
import { JOBS } from './registry';
import { CancelledError, type JobIO } from './types';
import './all';

export interface RunOptions {
  jobId: string;
  onProgress?: (phase: string, done: number, total: number | null, rate: number | null) => void;
}

export interface JobRunner {
  run<O>(name: string, input: unknown, opts: RunOptions): Promise<O>;
  cancel(jobId: string): boolean;
  /** Jobs under way, by id. */
  running(): string[];
  close(): Promise<void>;
}

/** Builds the throttled progress reporter a job sees. */
export function progressReporter(onProgress: RunOptions['onProgress'], now: () => number = Date.now): JobIO['progress'] {
  const started = now();
  let last = 0;
  return (phase, done, total) => {
    const t = now();
    if (t - last < 100 && done !== total) return;
    last = t;
    const secs = (t - started) / 1000;
    onProgress?.(phase, done, total, secs > 0.05 ? Math.round(done / secs) : null);
  };
}

function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof CancelledError) return new ApiError('CANCELLED');
  return new ApiError('INTERNAL');
}

/** Runs jobs on the calling thread: for the CLI and tests, where nothing else waits. */
export function createInlineRunner(db: Database.Database, log?: (e: unknown) => void, workerScript?: string): JobRunner {
  const flags = new Map<string, { cancelled: boolean }>();
  return {
    async run<O>(name: string, input: unknown, opts: RunOptions): Promise<O> {
      const job = JOBS[name];
      if (!job) throw new ApiError('UNKNOWN_METHOD', `No job called ${name}.`);
      const flag = { cancelled: false };
      flags.set(opts.jobId, flag);
      try {
        const io: JobIO = { progress: progressReporter(opts.onProgress), cancelled: () => flag.cancelled, now: () => new Date(), workerScript };
        return job(db, input as never, io) as O;
      } catch (e) {
        if (!(e instanceof ApiError) && !(e instanceof CancelledError)) log?.(e);
        throw toApiError(e);
      } finally {
        flags.delete(opts.jobId);
      }
    },
    cancel(jobId) {
      const f = flags.get(jobId);
      if (f) f.cancelled = true;
      return Boolean(f);
    },
    running: () => [...flags.keys()],
    close: async () => {},
  };
}

type WorkerMessage =
  | { type: 'progress'; phase: string; done: number; total: number | null; rate: number | null }
  | { type: 'done'; value: unknown }
  | { type: 'error'; error: ApiErrorShape; stack?: string };

export interface WorkerRunnerOptions {
  dbPath: string;
  /** The built worker entry, or worker-from-source.cjs when running from source. */
  workerScript: string;
  nativeBinding?: string;
  log?: (e: unknown) => void;
}

/**
 * Runs each job in its own worker thread with its own connection, so the thread that serves
 * the UI stays free; a job commits in one transaction, so readers never see half of it.
 */
export function createWorkerRunner(opts: WorkerRunnerOptions): JobRunner {
  const live = new Map<string, { worker: Worker; cancel: Int32Array }>();
  /** Threads that answered but still tidy up (the WAL checkpoint after a big import): close() ends them too. */
  const finishing = new Set<Worker>();
  return {
    run<O>(name: string, input: unknown, run: RunOptions): Promise<O> {
      const cancel = new Int32Array(new SharedArrayBuffer(4));
      const worker = new Worker(opts.workerScript, {
        workerData: { dbPath: opts.dbPath, nativeBinding: opts.nativeBinding, name, input, cancel, workerScript: opts.workerScript },
      });
      live.set(run.jobId, { worker, cancel });
      finishing.add(worker);
      worker.once('exit', () => finishing.delete(worker));
      return new Promise<O>((resolve, reject) => {
        let settled = false;
        const settle = (fn: () => void) => {
          if (settled) return;
          settled = true;
          live.delete(run.jobId);
          fn();
        };
        worker.on('message', (m: WorkerMessage) => {
          if (m.type === 'progress') run.onProgress?.(m.phase, m.done, m.total, m.rate);
          else if (m.type === 'done') settle(() => resolve(m.value as O));
          else {
            if (m.stack) opts.log?.(m.stack);
            settle(() => reject(ApiError.from(m.error)));
          }
        });
        worker.on('error', (e) => {
          opts.log?.(e);
          settle(() => reject(new ApiError('INTERNAL')));
        });
        worker.on('exit', (code) => settle(() => reject(code === 0 ? new ApiError('INTERNAL') : new ApiError('CANCELLED'))));
      });
    },
    cancel(jobId) {
      const j = live.get(jobId);
      if (!j) return false;
      Atomics.store(j.cancel, 0, 1);
      return true;
    },
    running: () => [...live.keys()],
    async close() {
      await Promise.all([...finishing].map((w) => w.terminate()));
      live.clear();
      finishing.clear();
    },
  };
}
