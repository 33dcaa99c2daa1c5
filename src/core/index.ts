import type Database from 'better-sqlite3';
import type { ArgsOf, MethodName, ResultOf } from '../shared/api/contract';
import { ApiError, type Envelope } from '../shared/api/errors';
import type { CoreEvent, DataArea, EventListener } from '../shared/api/events';
import type { Ctx, Shell } from './context';
import { openDatabase } from './db/open';
import { FileRegistry } from './files';
import { dispatch, type Handlers } from './gate';
import { HANDLERS } from './handlers';
import { createInlineRunner, createWorkerRunner } from './jobs/runner';
import { createInlineReadRunner, createWorkerReadRunner } from './reads/runner';
import { beforeClose, startDailyBackup } from './backup/lifecycle';

export interface CoreOptions {
  dbPath: string;
  shell?: Shell;
  /** Electron's build of better_sqlite3.node, when running inside Electron. */
  nativeBinding?: string;
  /** Run long jobs in worker threads from this entry; without it they run inline. */
  workerScript?: string;
  /** Without workerScript: a worker entry inline jobs may still start helper threads from (the CLI's import). */
  helperScript?: string;
  actor?: string;
  now?: () => Date;
  log?: (e: unknown) => void;
  /** A shell's own answers to shell-only methods (native dialogs); they still pass the gate's checks. */
  shellHandlers?: Partial<Handlers>;
  /** The registry of user-chosen files, when the shell needs it before the core exists. */
  files?: FileRegistry;
  /** Take the daily backup on open when the newest is over a day old (default: every shell but tests). */
  dailyBackup?: boolean;
}

export interface Core {
  /** The gate: any method name and raw arguments in, an envelope out. Never throws. */
  call(method: unknown, args: unknown): Promise<Envelope<unknown>>;
  /** Typed convenience over `call` for trusted callers (CLI, tests): throws ApiError. */
  invoke<M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>>;
  on(listener: EventListener): () => void;
  files: FileRegistry;
  db: Database.Database;
  ctx: Ctx;
  close(): Promise<void>;
}

/** Opens a workspace and returns the one core that every shell talks to. */
export function createCore(opts: CoreOptions): Core {
  const log = opts.log ?? ((e: unknown) => console.error(e));
  const db = openDatabase({ dbPath: opts.dbPath, nativeBinding: opts.nativeBinding });
  const listeners = new Set<EventListener>();
  const emit = (ev: CoreEvent) => {
    for (const l of listeners) {
      try {
        l(ev);
      } catch (e) {
        log(e);
      }
    }
  };
  let version = 0;
  const files = opts.files ?? new FileRegistry();
  const jobs = opts.workerScript
    ? createWorkerRunner({ dbPath: opts.dbPath, workerScript: opts.workerScript, nativeBinding: opts.nativeBinding, log })
    : createInlineRunner(db, log, opts.helperScript);
  const reads = opts.workerScript
    ? createWorkerReadRunner({ dbPath: opts.dbPath, workerScript: opts.workerScript, nativeBinding: opts.nativeBinding, log })
    : createInlineReadRunner(db);
  const ctx: Ctx = {
    db,
    dbPath: opts.dbPath,
    shell: opts.shell ?? 'test',
    jobs,
    reads,
    files,
    emit,
    changed: (...areas: DataArea[]) => emit({ type: 'data.changed', areas, version: ++version }),
    dataVersion: () => version,
    actor: opts.actor ?? 'me',
    now: opts.now ?? (() => new Date()),
  };
  const handlers: Handlers = { ...HANDLERS, ...opts.shellHandlers };
  startDailyBackup(db, opts.dbPath, { now: ctx.now(), nativeBinding: opts.nativeBinding, log, enabled: opts.dailyBackup ?? ctx.shell !== 'test' });
  return {
    call: (method, args) => dispatch(handlers, ctx, method, args, log),
    async invoke(method, args) {
      const res = await dispatch(handlers, ctx, method, args, log);
      if (!res.ok) throw ApiError.from(res.error);
      return res.value as never;
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    files,
    db,
    ctx,
    async close() {
      await jobs.close();
      await reads.close();
      await beforeClose(db);
      listeners.clear();
      if (db.open) db.close();
    },
  };
}
