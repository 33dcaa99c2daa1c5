import { CONTRACT } from '../../shared/api/contract';
import type { MethodSpec } from '../../shared/api/define';
import { ApiError } from '../../shared/api/errors';
import type { Ctx } from '../context';
import { describeZodError } from '../gate';
import { HANDLERS } from '../handlers';

type AnyHandler = (args: unknown, ctx: Ctx) => unknown;

/** Whether this build answers a method (other areas' methods arrive as they are written). */
export function hasMethod(method: string): boolean {
  return Object.prototype.hasOwnProperty.call(CONTRACT, method) && typeof (HANDLERS as unknown as Record<string, AnyHandler>)[method] === 'function';
}

/**
 * Calls another area's method the way the gate does (its own argument schema, defaults applied),
 * so an export re-runs a grid's own query rather than a copy of it that could drift.
 */
export async function callMethod<T>(ctx: Ctx, method: string, args: unknown, missing = 'That is not available in this version of Bridgehire yet.'): Promise<T> {
  if (!hasMethod(method)) throw new ApiError('UNAVAILABLE', missing);
  const spec = (CONTRACT as unknown as Record<string, MethodSpec>)[method]!;
  const parsed = spec.args.safeParse(args);
  if (!parsed.success) {
    const { field, message } = describeZodError(parsed.error);
    throw new ApiError('BAD_ARGS', message, { field });
  }
  return (await (HANDLERS as unknown as Record<string, AnyHandler>)[method]!(parsed.data, ctx)) as T;
}
