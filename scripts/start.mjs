// `npm start`: the desktop app. Makes sure the Electron runtime and an Electron build of
// better-sqlite3 are present (both are downloads, so the first start needs internet), builds the
// app, then launches it. Where Electron cannot be had, says so in one sentence and points to
// browser mode instead of printing a stack trace.
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));
const electronVersion = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
const quiet = { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' };

function giveUp(sentence) {
  process.stderr.write(`${sentence}\nYou can use Bridgehire in your browser instead: npm run web\n`);
  process.exit(1);
}

function electronBinary() {
  const pathTxt = path.join(electronDir, 'path.txt');
  const find = () => {
    if (!fs.existsSync(pathTxt)) return null;
    const p = path.join(electronDir, 'dist', fs.readFileSync(pathTxt, 'utf8').trim());
    return fs.existsSync(p) ? p : null;
  };
  let bin = find();
  if (!bin) {
    process.stderr.write(`Fetching the Electron ${electronVersion} runtime (first start only)…\n`);
    const r = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], quiet);
    bin = r.status === 0 ? find() : null;
  }
  if (!bin) giveUp(`The Electron ${electronVersion} runtime could not be downloaded on this machine, so the desktop window cannot open.`);
  return bin;
}

/** better-sqlite3 compiled for Electron's ABI, kept apart from the Node build that tests use. */
function electronSqlite() {
  const target = path.join(root, '.electron-native', electronVersion, 'better_sqlite3.node');
  if (fs.existsSync(target)) return;
  process.stderr.write(`Preparing the database engine for Electron ${electronVersion} (first start only)…\n`);
  const src = path.dirname(require.resolve('better-sqlite3/package.json'));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgehire-sqlite-'));
  fs.cpSync(src, work, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) });
  const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
  const prebuilt = spawnSync(bin('prebuild-install'), ['--runtime', 'electron', '--target', electronVersion, '--arch', process.arch], { ...quiet, cwd: work, shell: process.platform === 'win32' });
  if (prebuilt.status !== 0) {
    const built = spawnSync(bin('node-gyp'), ['rebuild', '--release', `--target=${electronVersion}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'], { ...quiet, cwd: work, shell: process.platform === 'win32' });
    if (built.status !== 0) giveUp('The database engine could not be prepared for Electron (no prebuilt download and no C++ build tools).');
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  fs.rmSync(work, { recursive: true, force: true });
}

const bin = electronBinary();
electronSqlite();
const build = spawnSync(process.execPath, [require.resolve('electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) giveUp('The desktop app could not be built.');
const child = spawn(bin, ['.'], { cwd: root, stdio: 'inherit', env: { ...process.env, ELECTRON_RUN_AS_NODE: undefined } });
child.on('exit', (code) => process.exit(code ?? 0));
