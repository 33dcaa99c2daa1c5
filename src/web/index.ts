// `npm run web -- [--port P] [--db PATH]`: browser mode on 127.0.0.1.
// The first line on stdout is the URL to open (it carries this run's token).
import path from 'node:path';
import { createCore } from '../core';
import { defaultWorkspacePath } from '../core/workspace';
import { recoveryText } from '../core/backup/recovery';
import { startWebServer } from './server';

function parseArgs(argv: string[]): { port: number; db: string } {
  let port = 0;
  let db = defaultWorkspacePath();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--port') {
      const p = Number(value());
      if (!Number.isInteger(p) || p < 0 || p > 65535) fail('--port must be a whole number from 0 to 65535.');
      port = p;
    } else if (flag === '--db') {
      const v = value();
      if (!v) fail('--db needs a path.');
      db = path.resolve(v);
    } else fail(`Unknown option ${a}. Usage: npm run web -- [--port P] [--db PATH]`);
  }
  return { port, db };
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  const { port, db } = parseArgs(process.argv.slice(2));
  let core;
  try {
    core = createCore({ dbPath: db, shell: 'web', workerScript: path.join(__dirname, '..', 'core', 'jobs', 'worker-from-source.cjs') });
  } catch (e) {
    // A damaged workspace: say so, and name the command that puts the latest backup back.
    process.stderr.write(`${recoveryText(db, e)}\n`);
    process.exit(1);
  }
  const server = await startWebServer({ core, port, staticDir: path.resolve(__dirname, '..', '..', 'out', 'renderer') }).catch((e: NodeJS.ErrnoException) => {
    process.stderr.write(e.code === 'EADDRINUSE' ? `Port ${port} is already in use; choose another with --port.\n` : `${e.message}\n`);
    process.exit(1);
  });
  process.stdout.write(`${server.url}\n`);
  process.stderr.write(`Bridgehire is serving ${path.basename(db)} in your browser. Press Ctrl+C to stop.\n`);
  const stop = async () => {
    await server.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
