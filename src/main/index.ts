// The Electron shell: app lifecycle, one hardened window, IPC into the same core as every shell.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog } from 'electron';
import workerPath from '../core/jobs/worker?modulePath';
import { createCore, type Core } from '../core';
import { defaultWorkspacePath } from '../core/workspace';
import { FileRegistry } from '../core/files';
import { ApiError } from '../shared/api/errors';
import { hardenApp } from './hardening';
import { registerIpc } from './ipc';
import { electronNativeBinding } from './nativeBinding';
import { windowOptions } from './security';
import { recoveryDialog, RESTORE_BUTTON } from './recovery';
import { isRecoverable, recoveryAdvice } from '../core/backup/recovery';
import { restoreOffline } from '../core/backup/restore';
import { desktopShellHandlers } from './shellHandlers';

app.setName('Bridgehire');
let win: BrowserWindow | null = null;
let core: Core | null = null;
const rendererIndex = path.join(__dirname, '../renderer/index.html');
const appUrl = () => process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(rendererIndex).href;

function tryCreateCore(dbPath: string, nativeBinding: string | undefined, files: FileRegistry): Core {
  return createCore({ dbPath, shell: 'electron', nativeBinding, workerScript: workerPath, files, shellHandlers: desktopShellHandlers(() => win, files) });
}

/** Opens the workspace; when it is damaged, offers to restore the latest automatic backup. */
async function openCore(): Promise<Core | null> {
  const dbPath = process.env.BRIDGEHIRE_DB ? path.resolve(process.env.BRIDGEHIRE_DB) : defaultWorkspacePath();
  const nativeBinding = electronNativeBinding(app.getAppPath(), process.versions.electron, app.isPackaged);
  const files = new FileRegistry();
  try {
    return tryCreateCore(dbPath, nativeBinding, files);
  } catch (e) {
    const advice = recoveryAdvice(dbPath, e);
    if (!isRecoverable(e) || !advice.latest) {
      dialog.showMessageBoxSync(recoveryDialog(advice, dbPath));
      return null;
    }
    if (dialog.showMessageBoxSync(recoveryDialog(advice, dbPath)) !== RESTORE_BUTTON) return null;
    try {
      await restoreOffline(dbPath, advice.latest.id, { actor: 'me', nativeBinding });
      return tryCreateCore(dbPath, nativeBinding, files);
    } catch (err) {
      const message = err instanceof ApiError ? err.message : `The backup could not be restored: ${(err as Error).message}`;
      dialog.showErrorBox('Bridgehire could not restore the backup', `${message}\n\nWorkspace: ${dbPath}`);
      return null;
    }
  }
}

function createWindow(): void {
  win = new BrowserWindow(windowOptions(path.join(__dirname, '../preload/index.js')));
  win.once('ready-to-show', () => win?.show());
  win.on('closed', () => (win = null));
  if (process.env.ELECTRON_RENDERER_URL) void win.loadURL(process.env.ELECTRON_RENDERER_URL);
  else void win.loadFile(rendererIndex);
}

if (!app.requestSingleInstanceLock()) {
  // One window per workspace: a second launch focuses the first.
  app.quit();
} else {
  hardenApp(appUrl);
  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.whenReady().then(async () => {
    core = await openCore();
    if (!core) {
      app.quit();
      return;
    }
    registerIpc(core, () => win, appUrl);
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    void core?.close();
  });
}
