import type { ArgsOf, MethodName, ResultOf } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { CoreEvent } from '../../../shared/api/events';
import type { Transport } from './transport';

/** The renderer's only way to the store: typed from the contract, errors as ApiError. */
export interface ApiClient {
  transport: Transport['kind'];
  call<M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>>;
  onEvent(listener: (ev: CoreEvent) => void): () => void;
  /** Browser mode: send a file picked in the page; returns its id for import.preview/run. */
  upload(file: File): Promise<{ fileId: string; name: string; size: number }>;
}

export function createClient(t: Transport): ApiClient {
  const listeners = new Set<(ev: CoreEvent) => void>();
  let unsubscribe: (() => void) | null = null;
  return {
    transport: t.kind,
    async call(method, args) {
      const res = await t.call(method, args);
      if (!res.ok) throw ApiError.from(res.error);
      return res.value as never;
    },
    onEvent(listener) {
      listeners.add(listener);
      unsubscribe ??= t.subscribe((ev) => listeners.forEach((l) => l(ev)));
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && unsubscribe) {
          unsubscribe();
          unsubscribe = null;
        }
      };
    },
    async upload(file) {
      if (!t.upload) throw new ApiError('UNAVAILABLE', 'Use "Choose file…" to pick a spreadsheet.');
      const res = await t.upload(file);
      if (!res.ok) throw ApiError.from(res.error);
      return res.value;
    },
  };
}

/** A sentence for any error, for the error display. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return 'Something went wrong. Please try again.';
}
