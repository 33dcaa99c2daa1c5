import type { z } from 'zod';

/**
 * One API method: its argument schema (validated at the gate), its result type (a phantom,
 * for the typed client) and one line saying what it does.
 */
export interface MethodSpec<A extends z.ZodType = z.ZodType, R = unknown> {
  args: A;
  result: R;
  doc: string;
  /** Long-running: runs off the main thread when the shell allows, reports progress, can be cancelled. */
  job?: boolean;
}

/** Marks the result type of a method; the value is never read at run time. */
export const returns = <R>(): R => undefined as unknown as R;

export function method<A extends z.ZodType, R>(spec: MethodSpec<A, R>): MethodSpec<A, R> {
  return spec;
}
