import os from 'node:os';
import path from 'node:path';

/**
 * Where the app keeps its workspace when nothing else is said: the same folder Electron's
 * app.getPath('userData') gives for "Bridgehire", so the CLI and the desktop app share it.
 */
export function defaultWorkspacePath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.BRIDGEHIRE_DB) return path.resolve(env.BRIDGEHIRE_DB);
  const home = os.homedir();
  const base =
    platform === 'darwin'
      ? path.join(home, 'Library', 'Application Support')
      : platform === 'win32'
        ? env.APPDATA ?? path.join(home, 'AppData', 'Roaming')
        : env.XDG_CONFIG_HOME ?? path.join(home, '.config');
  return path.join(base, 'Bridgehire', 'workspace.sqlite');
}
