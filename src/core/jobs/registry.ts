import type { JobFn } from './types';

/**
 * Every job a worker can run, by name. Areas register their long work here so the
 * worker thread (which has no handler map) can find it.
 */
export const JOBS: Record<string, JobFn<never, unknown>> = {};

export function registerJob<I, O>(name: string, fn: JobFn<I, O>): void {
  JOBS[name] = fn as JobFn<never, unknown>;
}
