import { registerJob } from '../jobs/registry';
import { throwIfCancelled } from '../jobs/types';
import type { BulkPatch } from '../../shared/api/contract/people';
import type { z } from 'zod';
import { bulkUpdate } from './peopleBulk';

// A bulk stage or tag change for many people runs as a job, on its own connection off the thread
// that serves the window: tagging 1,000,000 people takes ~9 s. Small ones stay inline, where
// starting a thread would cost more than the change.

/** At least this many people and the change runs as a job. */
export const BULK_JOB_MIN = 20000;

export interface BulkJobInput {
  ids: number[];
  patch: z.output<typeof BulkPatch>;
}

registerJob<BulkJobInput, number>('people.bulk', (db, input, io) =>
  bulkUpdate(db, input.ids, input.patch, (done) => {
    throwIfCancelled(io);
    io.progress('updating', done, input.ids.length);
  }),
);
