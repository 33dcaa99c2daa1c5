import type { ApiClient } from '../../src/renderer/src/api/client';
import { ApiError } from '../../src/shared/api/errors';
import type { CoreEvent } from '../../src/shared/api/events';

type Handler = (args: never) => unknown;

/** An ApiClient answering from a table of handlers; unknown methods fail like the real gate. */
export function fakeApi(handlers: Record<string, Handler>): ApiClient & { calls: { method: string; args: unknown }[]; emit: (ev: CoreEvent) => void } {
  const calls: { method: string; args: unknown }[] = [];
  const listeners = new Set<(ev: CoreEvent) => void>();
  return {
    transport: 'http',
    calls,
    async call(method, args) {
      calls.push({ method, args });
      const h = handlers[method];
      if (!h) throw new ApiError('UNKNOWN_METHOD', `"${method}" is not an action Bridgehire knows.`);
      return (await h(args as never)) as never;
    },
    onEvent(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    emit: (ev) => listeners.forEach((l) => l(ev)),
    async upload() {
      throw new ApiError('UNAVAILABLE');
    },
  };
}
