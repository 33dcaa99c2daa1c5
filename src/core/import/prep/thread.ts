import os from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { ApiError, type ApiErrorShape } from '../../../shared/api/errors';
import type { ReadingKnowledge } from '../knowledge';
import { prepareInline, type PrepEnd, type PrepSpec, type PreparedStream } from './rows';
import { decodePeople, encodePeople, joinEncoded, type PreparedPerson } from './wire';

// The prep thread: reading, validating and shaping rows (about a third of an import's time) runs on
// a second core while the job thread writes to the store. The job is synchronous code in one
// transaction, so it takes batches synchronously: it sleeps on a shared counter the prep thread
// bumps after each message (Atomics.wait), then takes the message off the port. Until the thread
// has started (a few hundred ms) the job thread reads rows itself, then hands over: the thread
// parses past the rows already done and carries on from there. A thread that never starts costs
// nothing but the attempt: the job thread simply reads on.

/** Rows per message: big enough that a message costs little, small enough to keep both threads busy. */
export const PREP_BATCH_ROWS = 1000;
/** Batches the prep thread may run ahead of the writer: bounds the memory a fast reader holds. */
const MAX_AHEAD = 8;
/** Files estimated smaller than this are prepared inline: starting a thread costs more than it saves. */
export const PREP_THREAD_MIN_ROWS = 5000;
/**
 * No batch for this long means the thread died (its error event cannot reach a sleeping thread;
 * out of memory, say): the job thread then reads the rest itself. A batch takes tens of ms.
 */
const STALL_TIMEOUT_MS = 5000;
/** With maxInlineRows: how long to wait for the thread to start (from source under load it is slow). */
const START_WAIT_MS = 30000;
/**
 * The thread's heap: it holds a few batches, the taxonomy and the per-import memos (about 25 MB
 * live at 100,000 rows). Without limits V8 let it grow to 125 MB, which a 1,000,000-row import's
 * memory budget (500 MB) cannot spare; if it ever needs more it dies and the job thread reads on.
 * A 16 MB young generation made it collect all the time (2.4 s of GC in a 100,000-row import, the
 * job thread waiting on it); 32 MB took that to ~0.5 s (3.5-3.8 s against 5.5-6.2 s, forced on
 * here), and a 1,000,000-row import with it peaked at 437 MB (406 MB read inline).
 */
const PREP_HEAP = { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: 64 };

/**
 * Whether a prep thread can help here. It needs a core of its own: on a two-core machine the job
 * thread, SQLite and the collector already keep both busy, and measured there it gained little
 * or nothing (3.5-4.9 s against 3.6-3.8 s for 100,000 rows, paired) for 2 s more CPU, and the job
 * thread's own inserts ran up to twice as slow beside it. BRIDGEHIRE_PREP_THREAD=1 or 0 decides instead.
 */
export function prepThreadHelps(): boolean {
  const env = process.env.BRIDGEHIRE_PREP_THREAD;
  if (env === '1' || env === '0') return env === '1';
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return cores >= 3;
}

// Slots of the shared counter.
const POSTED = 0;
const TAKEN = 1;
const STOP = 2;
/** Set to 1 by the job thread when it hands over, with AFTER holding the last row it read itself. */
const START = 3;
const AFTER = 4;

type PrepMessage =
  | { type: 'ready' }
  | { type: 'rows'; text: string }
  | { type: 'end'; end: PrepEnd }
  | { type: 'error'; error: ApiErrorShape; stack?: string };

export interface PrepWorkerData {
  mode: 'prep';
  spec: PrepSpec;
  port: MessagePort;
  signal: Int32Array;
}

export interface PrepThreadOptions {
  log?: (e: unknown) => void;
  /** The job thread's knowledge, for the rows it reads itself. */
  know?: ReadingKnowledge;
  /** Read at most this many rows here, then wait for the thread (tests force a hand-over part-way with it). */
  maxInlineRows?: number;
  /** How long without a batch before reading on here (tests shorten it). */
  stallMs?: number;
}

/** Prepares rows on a thread started from `workerScript` (the jobs' worker entry), or here while it starts, or if it dies. */
export function prepareOnThread(spec: PrepSpec, workerScript: string, opts: PrepThreadOptions = {}): PreparedStream {
  const { log, know, maxInlineRows = Infinity, stallMs = STALL_TIMEOUT_MS } = opts;
  const signal = new Int32Array(new SharedArrayBuffer(4 * 5));
  const { port1, port2 } = new MessageChannel();
  const data: PrepWorkerData = { mode: 'prep', spec, port: port2, signal };
  const worker = new Worker(workerScript, { workerData: data, transferList: [port2], resourceLimits: PREP_HEAP });
  // Without a listener a thread's death (out of memory, a script that fails to load) would be
  // thrown in this thread; the stall timeout already covers it, so it is only logged.
  worker.on('error', (e) => log?.(e));
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    Atomics.store(signal, STOP, 1);
    Atomics.notify(signal, TAKEN);
    Atomics.notify(signal, START);
    port1.close();
    void worker.terminate();
  };
  const receive = (timeoutMs: number): PrepMessage | null => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const seen = Atomics.load(signal, POSTED);
      const m = receiveMessageOnPort(port1);
      if (m) return m.message as PrepMessage;
      const left = until - Date.now();
      if (left <= 0) return null;
      Atomics.wait(signal, POSTED, seen, left);
    }
  };
  let end: (() => PrepEnd) | null = null;
  function* gen(): Generator<PreparedPerson[]> {
    // Read here until the thread says it is ready (or to the end, if it never does).
    const inline = prepareInline(spec, 0, know);
    const it = inline.batches[Symbol.iterator]();
    try {
      let last = 0;
      let done = 0;
      for (;;) {
        const r = it.next();
        if (r.done) {
          end = inline.end;
          return;
        }
        done += r.value.length;
        if (r.value.length) last = r.value[r.value.length - 1]!.rowNo;
        yield r.value;
        const m = done >= maxInlineRows ? receive(START_WAIT_MS) : (receiveMessageOnPort(port1)?.message as PrepMessage | undefined);
        if (m?.type === 'ready') break;
        if (done >= maxInlineRows) throw new ApiError('INTERNAL', 'The thread reading the file did not start; nothing was imported. Try the import again.');
      }
      it.return?.();
      Atomics.store(signal, AFTER, last);
      Atomics.store(signal, START, 1);
      Atomics.notify(signal, START);
      for (;;) {
        const m = receive(stallMs);
        if (!m) {
          stop();
          log?.(new Error(`The import's prep thread stopped answering after row ${last}; the job thread reads the rest.`));
          const rest = prepareInline(spec, last, know);
          yield* rest.batches;
          end = rest.end;
          return;
        }
        if (m.type === 'rows') {
          Atomics.add(signal, TAKEN, 1);
          Atomics.notify(signal, TAKEN);
          const batch = decodePeople(m.text);
          if (batch.length) last = batch[batch.length - 1]!.rowNo;
          yield batch;
        } else if (m.type === 'end') {
          const e = m.end;
          end = () => e;
          return;
        } else if (m.type === 'error') {
          if (m.stack) log?.(m.stack);
          throw ApiError.from(m.error);
        }
      }
    } finally {
      it.return?.(); // closes the file, if reading here stopped early
      stop();
    }
  }
  return {
    batches: { [Symbol.iterator]: gen },
    end: () => {
      if (!end) throw new Error('the file has not been read to its end');
      return end();
    },
    stop,
  };
}

/** The prep thread's side: prepare, encode and post batches, never more than MAX_AHEAD ahead. */
export function servePrep(data: PrepWorkerData): void {
  const { port, signal } = data;
  const post = (m: PrepMessage) => {
    port.postMessage(m);
    Atomics.add(signal, POSTED, 1);
    Atomics.notify(signal, POSTED);
  };
  const stopped = () => Atomics.load(signal, STOP) === 1;
  try {
    post({ type: 'ready' });
    while (Atomics.load(signal, START) === 0) {
      if (stopped()) return;
      Atomics.wait(signal, START, 0, 1000);
    }
    const prepared = prepareInline(data.spec, Atomics.load(signal, AFTER));
    // Each parse batch (a few hundred rows) is encoded at once, so prepared rows die young instead
    // of surviving collections while a message fills: that halved this thread's GC time.
    let pieces: string[] = [];
    let rows = 0;
    let sent = 0;
    const send = () => {
      for (;;) {
        const taken = Atomics.load(signal, TAKEN);
        if (stopped() || sent - taken < MAX_AHEAD) break;
        Atomics.wait(signal, TAKEN, taken, 1000);
      }
      post({ type: 'rows', text: joinEncoded(pieces) });
      sent++;
      pieces = [];
      rows = 0;
    };
    for (const batch of prepared.batches) {
      if (stopped()) return;
      if (batch.length === 0) continue;
      pieces.push(encodePeople(batch));
      rows += batch.length;
      if (rows >= PREP_BATCH_ROWS) send();
    }
    if (rows) send();
    post({ type: 'end', end: prepared.end() });
  } catch (e) {
    const err = e instanceof ApiError ? e : new ApiError('INTERNAL');
    post({ type: 'error', error: err.toJSON(), stack: e instanceof ApiError ? undefined : String((e as Error)?.stack ?? e) });
  }
}
