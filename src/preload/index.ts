// The only bridge between the sandboxed renderer and main: one function per API method and the
// event channel. No ipcRenderer, no Node, nothing else is exposed.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { METHOD_NAMES } from '../shared/api/methodNames';
import type { CoreEvent } from '../shared/api/events';

const CALL_CHANNEL = 'bridgehire:call';
const EVENT_CHANNEL = 'bridgehire:event';

const api = Object.fromEntries(METHOD_NAMES.map((m) => [m, (args: unknown) => ipcRenderer.invoke(CALL_CHANNEL, m, args)]));

contextBridge.exposeInMainWorld('bridgehire', {
  api,
  onEvent(listener: (ev: CoreEvent) => void) {
    if (typeof listener !== 'function') return () => {};
    const handler = (_e: IpcRendererEvent, ev: CoreEvent) => listener(ev);
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  },
});
