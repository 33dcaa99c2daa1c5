import { z } from 'zod';
import { CONTRACT, isMethodName, type MethodName, type ParsedArgsOf, type ResultOf } from '../shared/api/contract';
import { ApiError, type Envelope } from '../shared/api/errors';
import type { Ctx } from './context';
import { corruptionError } from './db/open';

export type Handler<M extends MethodName> = (args: ParsedArgsOf<M>, ctx: Ctx) => ResultOf<M> | Promise<ResultOf<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };
/** A part of the handler map, for one area's file. */
export type HandlerGroup<K extends MethodName> = { [M in K]: Handler<M> };

/** Turns a zod failure into one sentence naming the field. */
export function describeZodError(err: z.ZodError): { field: string; message: string } {
  const issue = err.issues[0];
  const field = issue?.path.length ? issue.path.map(String).join('.') : '(arguments)';
  return { field, message: `The value for "${field}" is not valid: ${issue?.message ?? 'invalid input'}.` };
}

/**
 * The one gate every call goes through, whatever the transport:
 * method known → arguments parsed → handler → a value or a typed error.
 */
export async function dispatch(handlers: Handlers, ctx: Ctx, method: unknown, rawArgs: unknown, log?: (e: unknown) => void): Promise<Envelope<unknown>> {
  try {
    if (!isMethodName(method)) {
      const name = typeof method === 'string' ? method.slice(0, 80) : `(${typeof method})`;
      throw new ApiError('UNKNOWN_METHOD', `"${name}" is not an action Bridgehire knows.`, { field: 'method' });
    }
    const parsed = CONTRACT[method].args.safeParse(rawArgs ?? {});
    if (!parsed.success) {
      const { field, message } = describeZodError(parsed.error);
      throw new ApiError('BAD_ARGS', message, { field });
    }
    const handler = handlers[method] as (args: unknown, ctx: Ctx) => unknown;
    const value = await handler(parsed.data, ctx);
    return { ok: true, value };
  } catch (e) {
    if (e instanceof ApiError) return { ok: false, error: e.toJSON() };
    log?.(e);
    // Damage found mid-session is said as plainly as at start-up, with the way back.
    const damaged = corruptionError(ctx.dbPath, e);
    if (damaged) return { ok: false, error: damaged.toJSON() };
    return { ok: false, error: new ApiError('INTERNAL').toJSON() };
  }
}
