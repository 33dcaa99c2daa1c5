import type { Core } from '../core';
import { ApiError } from '../shared/api/errors';

export interface CliIO {
  json: boolean;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** One CLI command: parses its own words, calls the core, returns what to print. */
export interface Command {
  name: string;
  usage: string;
  summary: string;
  run(core: Core, argv: string[], io: CliIO): Promise<CommandResult>;
  /** When the workspace cannot be opened at all: a command that can still help (restoring a backup) answers here; null = it cannot. */
  offline?(dbPath: string, argv: string[], io: CliIO): Promise<CommandResult | null>;
}

/** `data` is printed as one JSON document with --json; `text` (or a default rendering) without. */
export interface CommandResult {
  data: unknown;
  text?: string;
}

export function usageError(message: string): ApiError {
  return new ApiError('BAD_ARGS', message);
}

/**
 * Reads `--flag value` options and positional words. Unknown flags, short flags ("-n"), a flag given
 * twice and more than `maxPositional` words are errors naming them: a script's typo must not pass
 * for a default.
 */
export function parseWords(argv: string[], spec: Record<string, 'string' | 'boolean'>, maxPositional = Infinity): { flags: Record<string, string | boolean>; positional: string[] } {
  const flags: Record<string, string | boolean> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    // "--" ends the options: what follows is words, even "--like this" or "- a bullet".
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (/^-[A-Za-z][\w-]*$/.test(a)) throw usageError(`Unknown option ${a}; options are written out in full, like --limit.`);
    if (a.startsWith('--')) {
      const [key, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      const kind = spec[key];
      if (!kind) throw usageError(`Unknown option --${key}.`);
      if (key in flags) throw usageError(`Option --${key} is given twice; give it once.`);
      if (kind === 'boolean') flags[key] = true;
      else {
        const v = inline ?? argv[++i];
        if (v === undefined) throw usageError(`Option --${key} needs a value.`);
        flags[key] = v;
      }
    } else positional.push(a);
  }
  if (positional.length > maxPositional) throw usageError(`Unexpected "${positional[maxPositional]}": this command takes ${maxPositional === 0 ? 'no words besides its options' : maxPositional === 1 ? 'one word besides its options' : `${maxPositional} words besides its options`}.`);
  return { flags, positional };
}

export function intFlag(flags: Record<string, string | boolean>, key: string, min: number, max: number): number | undefined {
  const v = flags[key];
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw usageError(`--${key} must be a whole number from ${min} to ${max}.`);
  return n;
}

export function numberFlag(flags: Record<string, string | boolean>, key: string, min: number, max: number): number | undefined {
  const v = flags[key];
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max) throw usageError(`--${key} must be a number from ${min} to ${max}.`);
  return n;
}
