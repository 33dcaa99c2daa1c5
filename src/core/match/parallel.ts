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

// The second thread's program: the kernel's own source, then a loop that ranks the roles of each
// job it is sent. It stays alive between runs (unreferenced), so its compiled code stays warm.
// `__name` is defined in case a bundler kept function names with a helper.
const WORKER_SOURCE = `"use strict";
var __name = (f) => f;
const { workerData } = require('node:worker_threads');
${kernelSource()}
const { port, signal } = workerData;
let scratch = null;
port.on('message', (job) => {
  const { seq, store, plans, opts, wantBest } = job;
  try {
    if (!scratch || scratch.n !== store.n) scratch = kernel.createScratch(store.n);
    else { scratch.credits.clear(); scratch.creditCells = 0; }
    const best = wantBest ? kernel.createBest(store.n) : null;
    const results = [];
    for (const plan of plans) {
      results.push(kernel.rankRole(store, plan, opts, scratch, best));
      Atomics.add(signal, 1, 1);
    }
    port.postMessage({ seq, results, best });
  } catch (e) {
    port.postMessage({ seq, error: String((e && e.stack) || e) });
  }
  Atomics.store(signal, 0, seq);
  Atomics.notify(signal, 0);
});`;

interface Reply {
  seq: number;
  results?: RoleRanking[];
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
 * Threads worth using now: two when the machine has a core to spare (its load leaves one idle),
 * else one. BRIDGEHIRE_MATCH_THREADS=1 or 2 decides instead.
 */
export function threadsAvailable(): number {
  const env = Number(process.env.BRIDGEHIRE_MATCH_THREADS);
  if (Number.isInteger(env) && env >= 1) return env;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const load = os.loadavg()[0] ?? 0;
  return cores >= 2 && load < cores - 1 ? 2 : 1;
}

export interface ManyOptions {
  opts: RankOptions;
  sc: Scratch;
  best: BestTracker | null;
  /** Called after each role this thread ranks, and while waiting; throws to stop. */
  onProgress: (done: number) => void;
  threads?: number;
  /** Smallest store worth a second thread (default 20,000 people). */
  minPeople?: number;
}

/** Ranks every plan; uses a second core when the store is large enough. Results in plan order. */
export function rankMany(store: CompactStore, plans: RolePlan[], o: ManyOptions): { results: RoleRanking[]; threads: number; otherBestSeconds: number } {
  const threads = Math.min(2, o.threads ?? threadsAvailable());
  const results: RoleRanking[] = new Array(plans.length);
  if (threads < 2 || store.n < (o.minPeople ?? MIN_PEOPLE) || plans.length < MIN_ROLES) {
    plans.forEach((plan, i) => {
      results[i] = kernel.rankRole(store, plan, o.opts, o.sc, o.best);
      o.onProgress(i + 1);
    });
    return { results, threads: 1, otherBestSeconds: 0 };
  }
  const theirs = plans.map((_, i) => i).filter((i) => i % 2 === 1);
  const ours = plans.map((_, i) => i).filter((i) => i % 2 === 0);
  const st = sharedStore(store);
  const h = getHelper();
  const seq = ++h.seq;
  Atomics.store(h.signal, 1, 0);
  h.port.postMessage({ seq, store: st, plans: theirs.map((i) => plans[i]), opts: o.opts, wantBest: Boolean(o.best) });
  try {
    let done = 0;
    for (const i of ours) {
      results[i] = kernel.rankRole(st, plans[i]!, o.opts, o.sc, o.best);
      o.onProgress(++done + Atomics.load(h.signal, 1));
    }
    let seen = Atomics.load(h.signal, 1);
    let since = Date.now();
    let msg: Reply | undefined;
    while (!msg) {
      const got = receiveMessageOnPort(h.port)?.message as Reply | undefined;
      if (got) {
        if (got.seq === seq) msg = got;
        continue;
      }
      Atomics.wait(h.signal, 0, Atomics.load(h.signal, 0), 100);
      const now = Atomics.load(h.signal, 1);
      o.onProgress(done + now);
      if (now !== seen) [seen, since] = [now, Date.now()];
      else if (Date.now() - since > STALL_MS) break;
    }
    if (!msg?.results) {
      // The other thread failed or stalled: rank its roles here instead (same results, just slower).
      dropHelper();
      for (const i of theirs) results[i] = kernel.rankRole(st, plans[i]!, o.opts, o.sc, o.best);
      return { results, threads: 1, otherBestSeconds: 0 };
    }
    theirs.forEach((i, k) => (results[i] = msg!.results![k]!));
    if (o.best && msg.best) kernel.mergeBest(o.best, msg.best, store.alumni);
    return { results, threads: 2, otherBestSeconds: msg.best?.seconds ?? 0 };
  } catch (e) {
    // Cancelled or failed here: the other thread's answer to this job is of no use any more.
    dropHelper();
    throw e;
  }
}
