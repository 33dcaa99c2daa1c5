import fs from 'node:fs';
import path from 'node:path';
import { createCore } from '../core';
import { defaultWorkspacePath } from '../core/workspace';
import { recoveryText } from '../core/backup/recovery';
import { ApiError } from '../shared/api/errors';
import type { CliIO } from './command';
import { COMMANDS } from './commands';

/** The CLI runs from source: a big import may read its file on a thread started from this entry. */
const HELPER_SCRIPT = ((p) => (fs.existsSync(p) ? p : undefined))(path.join(__dirname, '..', 'core', 'jobs', 'worker-from-source.cjs'));

/** Exit codes: 0 done, 2 bad input (a sentence on stderr), 1 anything else. */
export const EXIT = { ok: 0, internal: 1, badInput: 2 } as const;
const BAD_INPUT = new Set(['BAD_ARGS', 'IMPORT_REFUSED', 'NOT_FOUND', 'CONFLICT', 'UNKNOWN_METHOD']);

function help(): string {
  return [
    'Usage: bridgehire <command> [--db PATH] [--json]',
    '',
    ...COMMANDS.map((c) => `  ${c.usage}\n      ${c.summary}`),
    '',
    'The workspace defaults to the app\'s own; --db or BRIDGEHIRE_DB point elsewhere.',
  ].join('\n');
}

/** Runs one CLI invocation; returns the exit code. Pure enough to test without a process. */
export async function runCli(argv: string[], io: Omit<CliIO, 'json'>, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // Global options may stand anywhere; take them out before the command parses its own words.
  const rest: string[] = [];
  let json = false;
  let db: string | undefined;
  let dbGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--db' || a.startsWith('--db=')) {
      if (dbGiven) {
        io.err('Option --db is given twice; give it once.');
        return EXIT.badInput;
      }
      dbGiven = true;
      db = a === '--db' ? argv[++i] : a.slice(5);
    } else rest.push(a);
  }
  // "--db --json" is a missing path, not a workspace called "--json".
  if (dbGiven && (!db || db.startsWith('--'))) {
    io.err('Option --db needs a path.');
    return EXIT.badInput;
  }
  const [name, ...words] = rest;
  if (name === 'help' || name === '--help' || name === '-h') {
    io.out(json ? JSON.stringify({ usage: help() }, null, 2) : help());
    return EXIT.ok;
  }
  if (!name) {
    io.err(`Name a command.\n\n${help()}`);
    return EXIT.badInput;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`"${name}" is not a Bridgehire command. Run "bridgehire help" to see them.`);
    return EXIT.badInput;
  }
  let core;
  const dbPath = db ?? defaultWorkspacePath(env);
  try {
    core = createCore({ dbPath, shell: 'cli', helperScript: HELPER_SCRIPT, log: (e) => io.err(String((e as Error)?.stack ?? e)) });
  } catch (e) {
    // A workspace that will not open: a command that works without it (restoring a backup) may still run.
    if (command.offline) {
      try {
        const r = await command.offline(dbPath, words, { json, ...io });
        if (r) {
          io.out(json ? JSON.stringify(r.data, null, 2) : r.text ?? JSON.stringify(r.data, null, 2));
          return EXIT.ok;
        }
      } catch (err) {
        io.err(err instanceof ApiError ? err.message : `Something went wrong: ${(err as Error)?.message ?? String(err)}`);
        return err instanceof ApiError && BAD_INPUT.has(err.code) ? EXIT.badInput : EXIT.internal;
      }
    }
    io.err(recoveryText(dbPath, e));
    return EXIT.internal;
  }
  try {
    const result = await command.run(core, words, { json, ...io });
    io.out(json ? JSON.stringify(result.data, null, 2) : result.text ?? JSON.stringify(result.data, null, 2));
    return EXIT.ok;
  } catch (e) {
    if (e instanceof ApiError) {
      io.err(e.message);
      return BAD_INPUT.has(e.code) ? EXIT.badInput : EXIT.internal;
    }
    io.err(`Something went wrong: ${(e as Error)?.message ?? String(e)}`);
    return EXIT.internal;
  } finally {
    await core.close();
  }
}
