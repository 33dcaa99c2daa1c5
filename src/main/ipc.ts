import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Core } from '../core';
import { ApiError } from '../shared/api/errors';
import { isTrustedSender } from './security';

export const CALL_CHANNEL = 'bridgehire:call';
export const EVENT_CHANNEL = 'bridgehire:event';

/** Routes every IPC call to the core's one gate, after checking who sent it. */
export function registerIpc(core: Core, getWindow: () => BrowserWindow | null, appUrl: () => string): () => void {
  ipcMain.handle(CALL_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, args: unknown) => {
    const win = getWindow();
    const frame = event.senderFrame;
    const trusted = isTrustedSender(
      { frameUrl: frame?.url, isMainFrame: frame !== null && frame === event.sender.mainFrame, webContentsId: event.sender.id },
      { webContentsId: win && !win.isDestroyed() ? win.webContents.id : null, appUrl: appUrl() },
    );
    if (!trusted) return { ok: false, error: new ApiError('FORBIDDEN', 'This request did not come from the Bridgehire window.').toJSON() };
    return core.call(method, args);
  });
  const off = core.on((ev) => {
    const win = getWindow();
    if (win && !win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, ev);
  });
  return () => {
    ipcMain.removeHandler(CALL_CHANNEL);
    off();
  };
}
