#!/usr/bin/env node
// Entry of `npm run cli -- …` and the packaged `bridgehire` binary.
import { runCli } from './main';

runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
}).then((code) => {
  process.exitCode = code;
});
