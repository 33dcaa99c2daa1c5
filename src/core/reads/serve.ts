// The read worker's side: one read-only connection, answering reads one at a time until closed.
import type { MessagePort } from 'node:worker_threads';
import { openDatabase, corruptionError } from '../db/open';
import { ApiError } from '../../shared/api/errors';
import { isReadName, runRead } from './registry';
import type { ReadReply, ReadRequest } from './runner';

export function serveReads(port: MessagePort, opts: { dbPath: string; nativeBinding?: string }): void {
  let db: ReturnType<typeof openDatabase> | undefined;
  port.on('message', (m: ReadRequest) => {
    let reply: ReadReply;
    try {
      if (!isReadName(m.name)) throw new ApiError('UNKNOWN_METHOD', `No read called ${String(m.name)}.`);
      // Opened on first use: the main connection has migrated the workspace by then.
      db ??= openDatabase({ dbPath: opts.dbPath, nativeBinding: opts.nativeBinding, readonly: true });
      reply = { id: m.id, ok: true, value: runRead(db, m.name, m.input as never) };
    } catch (e) {
      const known = e instanceof ApiError ? e : corruptionError(opts.dbPath, e);
      reply = { id: m.id, ok: false, error: (known ?? new ApiError('INTERNAL')).toJSON(), stack: known ? undefined : String((e as Error)?.stack ?? e) };
    }
    port.postMessage(reply);
  });
  port.on('close', () => db?.close());
}
