// Entry of a worker thread. Started for a job: opens its own connection, runs one job, reports back.
// Started with mode 'reads': serves grid reads on a read-only connection until terminated. Started
// with mode 'prep' by an import job: reads and shapes the file's rows (no store). One entry for all,
// so the Electron build bundles a single worker.
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/open';
import { ApiError } from '../../shared/api/errors';
import { JOBS } from './registry';
import { CancelledError } from './types';
import { progressReporter } from './runner';
import { serveReads } from '../reads/serve';
import { servePrep, type PrepWorkerData } from '../import/prep/thread';
import './all';

interface Data {
  mode?: 'job' | 'reads' | 'prep';
  /** This entry, for jobs that start helper threads of their own. */
  workerScript?: string;
  dbPath: string;
  nativeBinding?: string;
  name: string;
  input: unknown;
  cancel: Int32Array;
}

const data = workerData as Data;
const port = parentPort!;

/** After answering: a big import leaves its pages in the WAL (import/write/tuning.ts) for this to copy. */
function checkpointQuietly(db: ReturnType<typeof openDatabase>): void {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // The answer is out and the data committed; the next commit's automatic checkpoint catches up.
  }
}

function runJob(): void {
  let db: ReturnType<typeof openDatabase> | undefined;
  try {
    db = openDatabase({ dbPath: data.dbPath, nativeBinding: data.nativeBinding });
    const job = JOBS[data.name];
    if (!job) throw new ApiError('UNKNOWN_METHOD', `No job called ${data.name}.`);
    const value = job(db, data.input as never, {
      progress: progressReporter((phase, done, total, rate) => port.postMessage({ type: 'progress', phase, done, total, rate })),
      cancelled: () => Atomics.load(data.cancel, 0) === 1,
      now: () => new Date(),
      workerScript: data.workerScript,
    });
    port.postMessage({ type: 'done', value });
    checkpointQuietly(db);
  } catch (e) {
    const err = e instanceof ApiError ? e : e instanceof CancelledError ? new ApiError('CANCELLED') : new ApiError('INTERNAL');
    port.postMessage({ type: 'error', error: err.toJSON(), stack: e instanceof ApiError || e instanceof CancelledError ? undefined : String((e as Error)?.stack ?? e) });
  } finally {
    db?.close();
  }
}

if (data.mode === 'reads') serveReads(port, data);
else if (data.mode === 'prep') servePrep(workerData as PrepWorkerData);
else runJob();
