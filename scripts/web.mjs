// `npm run web`: build the renderer if needed, then serve it on 127.0.0.1 in this same process
// (one PID to stop). Nothing but the URL goes to stdout before the server's first line.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRendererIfStale } from './build-if-stale.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

try {
  await buildRendererIfStale();
} catch (e) {
  process.stderr.write(`The workbench could not be built: ${e.message}\n`);
  process.exit(1);
}
const { register } = require('tsx/cjs/api');
register();
require(path.join(root, 'src', 'web', 'index.ts'));
