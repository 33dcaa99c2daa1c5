import fs from 'node:fs';
import path from 'node:path';

/**
 * better-sqlite3 is compiled for Node by `npm install`; Electron needs its own ABI build, which
 * `npm start` keeps in .electron-native/<electron version>/ so tests and the app share a checkout.
 * A packaged app ships the Electron build in place, so nothing is needed there.
 */
export function electronNativeBinding(appRoot: string, electronVersion: string, packaged: boolean): string | undefined {
  if (packaged) return undefined;
  const p = path.join(appRoot, '.electron-native', electronVersion, 'better_sqlite3.node');
  return fs.existsSync(p) ? p : undefined;
}
