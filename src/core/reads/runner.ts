import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { ApiError, type ApiErrorShape } from '../../shared/api/errors';
import { runRead, type ReadInput, type ReadName, type ReadOutput } from './registry';

export interface ReadRunner {
  run<N extends ReadName>(name: N, input: ReadInput<N>): Promise<ReadOutput<N>>;
  /** 'worker' when reads leave the calling thread; tests assert it rather than timing it. */
  readonly where: 'inline' | 'worker';
  /**
   * Runs `fn` with no read under way, and holds reads sent meanwhile until it ends: a restore writes
   * the file in steps, and no read may see it between them. Inline reads cannot interleave anyway.
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface ReadRequest {
  id: number;
  name: ReadName;
  input: unknown;
}
export type ReadReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ApiErrorShape; stack?: string };

/** Reads on the calling thread's connection: the CLI and tests, where nothing else waits. */
export function createInlineReadRunner(db: Database.Database): ReadRunner {
  return {
    where: 'inline',
    run: async (name, input) => runRead(db, name, input),
    exclusive: (fn) => fn(),
    close: async () => {},
  };
}

export interface WorkerReadOptions {
  dbPath: string;
  /** The job worker entry; it serves reads when started with mode 'reads'. */
  workerScript: string;
  nativeBinding?: string;
  log?: (e: unknown) => void;
  /** Read threads (default 2: a slow search does not queue the next page behind it). */
  threads?: number;
}

interface Lane {
  worker: Worker;
  pending: Map<number, { resolve: (v: unknown) => void; reject: (e: ApiError) => void }>;
}

/**
 * Runs reads on long-lived worker threads, each with its own read-only connection; each read is one
 * transaction there, so it sees a whole committed state (WAL snapshot), never half an import.
 * A lane that dies fails its reads and is started afresh on the next one.
 */
export function createWorkerReadRunner(opts: WorkerReadOptions): ReadRunner {
  const lanes: (Lane | null)[] = new Array(Math.max(1, opts.threads ?? 2)).fill(null);
  let nextId = 1;
  let closed = false;
  /** Set while an exclusive section runs; reads (and other sections) wait for it. */
  let barrier: Promise<void> | null = null;
  const inflight = new Set<Promise<unknown>>();

  const start = (slot: number): Lane => {
    const worker = new Worker(opts.workerScript, { workerData: { mode: 'reads', dbPath: opts.dbPath, nativeBinding: opts.nativeBinding } });
    const lane: Lane = { worker, pending: new Map() };
    const fail = (e: ApiError) => {
      if (lanes[slot] === lane) lanes[slot] = null;
      for (const p of lane.pending.values()) p.reject(e);
      lane.pending.clear();
    };
    worker.on('message', (m: ReadReply) => {
      const p = lane.pending.get(m.id);
      if (!p) return;
      lane.pending.delete(m.id);
      if (lane.pending.size === 0) worker.unref();
      if (m.ok) p.resolve(m.value);
      else {
        if (m.stack) opts.log?.(m.stack);
        p.reject(ApiError.from(m.error));
      }
    });
    worker.on('error', (e) => {
      opts.log?.(e);
      fail(new ApiError('INTERNAL'));
    });
    worker.on('exit', () => fail(new ApiError('INTERNAL')));
    worker.unref(); // an idle reader never keeps the process alive; one with reads under way does
    lanes[slot] = lane;
    return lane;
  };

  // An idle lane if there is one, else a new lane while slots are free, else the least busy.
  const pick = (): Lane => {
    const live = lanes.filter((l): l is Lane => l !== null);
    const idle = live.find((l) => l.pending.size === 0);
    if (idle) return idle;
    const free = lanes.indexOf(null);
    if (free >= 0) return start(free);
    return live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
  };
  // One lane from the start: the first grid a window opens does not wait for a thread to boot.
  start(0);

  return {
    where: 'worker',
    async run<N extends ReadName>(name: N, input: ReadInput<N>): Promise<ReadOutput<N>> {
      while (barrier) await barrier;
      if (closed) throw new ApiError('UNAVAILABLE', 'The workspace is closing.');
      const lane = pick();
      const id = nextId++;
      const read = new Promise<ReadOutput<N>>((resolve, reject) => {
        try {
          lane.worker.postMessage({ id, name, input } satisfies ReadRequest);
        } catch (e) {
          opts.log?.(e); // input that cannot be copied to the thread: a bug, never left pending
          reject(new ApiError('INTERNAL'));
          return;
        }
        if (lane.pending.size === 0) lane.worker.ref();
        lane.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      });
      inflight.add(read);
      const done = () => inflight.delete(read);
      read.then(done, done);
      return read;
    },
    async exclusive<T>(fn: () => Promise<T>): Promise<T> {
      while (barrier) await barrier;
      let release!: () => void;
      barrier = new Promise<void>((r) => (release = r));
      try {
        await Promise.allSettled([...inflight]);
        return await fn();
      } finally {
        barrier = null;
        release();
      }
    },
    async close() {
      closed = true;
      await Promise.all(lanes.map((l) => l?.worker.terminate()));
      lanes.fill(null);
    },
  };
}
