import type { z } from 'zod';
import type { MethodSpec } from '../define';
import { appContract } from './app';
import { peopleContract } from './people';
import { matchContract } from './match';
import { rolesContract } from './roles';
import { shellContract } from './shell';
import { trustContract } from './privacy';
import { shortlistsContract } from './shortlists';
import { exportContract } from './export';
import { viewsContract } from './views';
import { insightsContract } from './insights';
import { skillsContract } from './skills';
import { importsContract } from './imports';

/**
 * The one API contract: every method any shell (IPC, HTTP, CLI) may call.
 * Each area keeps its methods in its own file; this map joins them.
 */
export const CONTRACT = {
  ...appContract,
  ...peopleContract,
  ...matchContract,
  ...rolesContract,
  ...shellContract,
  ...trustContract,
  ...shortlistsContract,
  ...exportContract,
  ...viewsContract,
  ...insightsContract,
  ...skillsContract,
  ...importsContract,
} satisfies Record<string, MethodSpec>;

export type Contract = typeof CONTRACT;
export type MethodName = keyof Contract;
export type ArgsOf<M extends MethodName> = z.input<Contract[M]['args']>;
export type ParsedArgsOf<M extends MethodName> = z.output<Contract[M]['args']>;
export type ResultOf<M extends MethodName> = Contract[M]['result'];

export const METHOD_NAMES = Object.keys(CONTRACT) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(CONTRACT, name);
}
