#!/usr/bin/env node
// Entry of `npm run cli -- …` and the packaged `bridgehire` binary.
import { runCli } from './main';

// A reader that stops early (`… --json | head`) closes the pipe: that ends the output, not in a crash.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
});

runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
}).then((code) => {
  process.exitCode = code;
});
