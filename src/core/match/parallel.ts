import os from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { CompactStore } from './compact';
import { kernelSource, type BestTracker, type KernelStore, type RankOptions, type RoleRanking, type RolePlan } from './kernel';
import { kernel, type Scratch } from './rank';

// Ranking many roles on two cores. Roles are independent, so a second thread takes every other
// one: it runs the very same kernel (its source, handed over as text), reads the store through
// SharedArrayBuffers without copying, and sends back the kept rows and its alumni's best roles.
// The calling thread ranks its own share meanwhile, then waits. Results are identical to one
// thread's: each role is ranked alone, and best roles merge by the same tie rule.

/** Below these, a second thread costs more to start than it saves. */
const MIN_PEOPLE = 20_000;
const MIN_ROLES = 8;
/** A second thread that shows no progress for this long is given up on; its roles are ranked here. */
const STALL_MS = 30_000;

const KERNEL_ARRAYS = ['pStart', 'people', 'track', 'levelFit', 'place', 'avail', 'boom', 'eligible', 'depth', 'alumni'] as const;
const shared = new WeakMap<CompactStore, KernelStore>();

/** The store's kernel arrays on SharedArrayBuffers (copied once per store). */
function sharedStore(store: CompactStore): KernelStore {
  let s = shared.get(store);
  if (!s) {
    const out = { n: store.n, max: { avail: store.max.avail, boom: store.max.boom, level: Array.from(store.max.level), depth: Array.from(store.max.depth) } } as unknown as KernelStore;
    for (const k of KERNEL_ARRAYS) {
      const a = store[k];
      const copy = new (a.constructor as new (b: SharedArrayBuffer) => typeof a)(new SharedArrayBuffer(a.byteLength));
      copy.set(a as never);
      (out as unknown as Record<string, unknown>)[k] = copy;
    }
    shared.set(store, (s = out));
  }
  return s;
}

// The second thread's program: the kernel's own source, then a loop that, for each job it is
// sent, claims roles from a shared counter (the calling thread claims from the same one), ranks
// them and posts each result at once. It stays alive between runs (unreferenced), so its compiled
// code stays warm. `__name` is defined in case a bundler kept function names with a helper.
const WORKER_SOURCE = `"use strict";
var __name = (f) => f;
const { workerData } = require('node:worker_threads');
${kernelSource()}
const { port, signal } = workerData;
let scratch = null;
port.on('message', (job) => {
  const { seq, store, plans, opts, wantBest, counter } = job;
  try {
    if (!scratch || scratch.n !== store.n) scratch = kernel.createScratch(store.n);
    else { scratch.credits.clear(); scratch.creditCells = 0; }
    const best = wantBest ? kernel.createBest(store.n) : null;
    for (let i = Atomics.add(counter, 0, 1); i < plans.length; i = Atomics.add(counter, 0, 1)) {
      port.postMessage({ seq, index: i, result: kernel.rankRole(store, plans[i], opts, scratch, best) });
      Atomics.add(signal, 1, 1);
      Atomics.notify(signal, 1);
    }
    port.postMessage({ seq, done: true, best });
  } catch (e) {
    port.postMessage({ seq, done: true, error: String((e && e.stack) || e) });
  }
  Atomics.add(signal, 1, 1);
  Atomics.notify(signal, 1);
});`;

/** Folds `from` into `into`: the higher key wins, a tie goes to the lower role id (as one thread would). */
function mergeBest(into: BestTracker, from: BestTracker, alumni: Int32Array): void {
  for (const i of alumni) {
    const a = into.key[i]!;
    const b = from.key[i]!;
    if (from.role[i]! >= 0 && (b > a || (b === a && from.role[i]! < into.role[i]!))) {
      into.key[i] = b;
      into.role[i] = from.role[i]!;
      into.nearMiss[i] = from.nearMiss[i]!;
    }
  }
}

interface Reply {
  seq: number;
  index?: number;
  result?: RoleRanking;
  done?: boolean;
  best?: BestTracker | null;
  error?: string;
}

interface Helper {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
  seq: number;
}
let helper: Helper | null = null;

function getHelper(): Helper {
  if (helper) return helper;
  const signal = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { port: port2, signal }, transferList: [port2] });
  worker.unref();
  port1.unref();
  worker.on('error', () => dropHelper());
  worker.on('exit', () => dropHelper());
  return (helper = { worker, port: port1, signal, seq: 0 });
}

function dropHelper(): void {
  const h = helper;
  helper = null;
  if (h) {
    h.port.close();
    void h.worker.terminate();
  }
}

/**
 * Threads to rank with: two when the machine has two or more (measured: about half the time on an
 * idle two-core machine, about the same when both cores are busy anyway). BRIDGEHIRE_MATCH_THREADS=1
 * or 2 decides instead.
 */
export function threadsAvailable(): number {
  const env = Number(process.env.BRIDGEHIRE_MATCH_THREADS);
  if (Number.isInteger(env) && env >= 1) return env;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return cores >= 2 ? 2 : 1;
}

export interface ManyOptions {
  opts: RankOptions;
  sc: Scratch;
  best: BestTracker | null;
  /** Receives each role's ranking as soon as it is known, in whatever order (here: explain and write it). */
  onResult: (index: number, ranking: RoleRanking) => void;
  /** Called as roles are ranked, and while waiting; throws to stop. */
  onProgress: (done: number) => void;
  threads?: number;
  /** Smallest store worth a second thread (default 20,000 people). */
  minPeople?: number;
}

/**
 * Ranks every plan, handing each result to onResult. With a second core, both threads claim
 * roles from one counter; this thread also takes in the other's results as they arrive, so the
 * work after ranking (explaining, writing) overlaps the other thread's ranking.
 */
export function rankMany(store: CompactStore, plans: RolePlan[], o: ManyOptions): { threads: number; otherBestSeconds: number } {
  const threads = Math.min(2, o.threads ?? threadsAvailable());
  let done = 0;
  const deliver = (i: number, r: RoleRanking) => {
    o.onResult(i, r);
    o.onProgress(++done);
  };
  if (threads < 2 || store.n < (o.minPeople ?? MIN_PEOPLE) || plans.length < MIN_ROLES) {
    plans.forEach((plan, i) => deliver(i, kernel.rankRole(store, plan, o.opts, o.sc, o.best)));
    return { threads: 1, otherBestSeconds: 0 };
  }
  const st = sharedStore(store);
  const h = getHelper();
  const seq = ++h.seq;
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const got = new Uint8Array(plans.length);
  h.port.postMessage({ seq, store: st, plans, opts: o.opts, wantBest: Boolean(o.best), counter });
  let theirsDone: Reply | null = null;
  const drain = () => {
    for (let m = receiveMessageOnPort(h.port); m; m = receiveMessageOnPort(h.port)) {
      const r = m.message as Reply;
      if (r.seq !== seq) continue;
      if (r.done) theirsDone = r;
      else if (r.index !== undefined && r.result) {
        got[r.index] = 1;
        deliver(r.index, r.result);
      }
    }
  };
  try {
    for (let i = Atomics.add(counter, 0, 1); i < plans.length; i = Atomics.add(counter, 0, 1)) {
      got[i] = 1;
      deliver(i, kernel.rankRole(st, plans[i]!, o.opts, o.sc, o.best));
      drain();
    }
    // Our share is done: take in the rest of theirs as it comes.
    let since = Date.now();
    for (let last = Atomics.load(h.signal, 1); !theirsDone; ) {
      drain();
      if (theirsDone) break;
      Atomics.wait(h.signal, 1, last, 100);
      const now = Atomics.load(h.signal, 1);
      if (now !== last) [last, since] = [now, Date.now()];
      else if (Date.now() - since > STALL_MS) break;
      o.onProgress(done);
    }
    const end = theirsDone as Reply | null;
    if (!end || end.error) {
      // The other thread failed or stalled: rank what it did not deliver here (same results, slower).
      dropHelper();
      plans.forEach((plan, i) => {
        if (!got[i]) deliver(i, kernel.rankRole(st, plan, o.opts, o.sc, o.best));
      });
      return { threads: 1, otherBestSeconds: 0 };
    }
    if (o.best && end.best) mergeBest(o.best, end.best, store.alumni);
    return { threads: 2, otherBestSeconds: end.best?.seconds ?? 0 };
  } catch (e) {
    // Cancelled or failed here: the other thread's answer to this job is of no use any more.
    dropHelper();
    throw e;
  }
}
