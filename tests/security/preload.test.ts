import { describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../src/shared/api/methodNames';

// The preload is the only bridge into the sandboxed page: it must expose exactly `api` (one
// function per contract method) and `onEvent`, and nothing of ipcRenderer or Node.

const bridge = vi.hoisted(() => {
  const exposed: Record<string, unknown> = {};
  const invoke = vi.fn(async (..._a: unknown[]) => ({ ok: true, value: 'pong' }));
  const listeners = new Map<string, (...a: unknown[]) => void>();
  return {
    exposed,
    invoke,
    listeners,
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
    ipcRenderer: {
      invoke,
      on: vi.fn((ch: string, h: (...a: unknown[]) => void) => listeners.set(ch, h)),
      removeListener: vi.fn((ch: string) => listeners.delete(ch)),
    },
  };
});
vi.mock('electron', () => ({ contextBridge: bridge.contextBridge, ipcRenderer: bridge.ipcRenderer }));

await import('../../src/preload/index');

interface Exposed {
  api: Record<string, (args: unknown) => Promise<unknown>>;
  onEvent: (l: unknown) => () => void;
}

describe('the preload bridge', () => {
  it('exposes only window.bridgehire with exactly api and onEvent', () => {
    expect(Object.keys(bridge.exposed)).toEqual(['bridgehire']);
    expect(Object.keys(bridge.exposed.bridgehire as object).sort()).toEqual(['api', 'onEvent']);
  });

  it('has one function per contract method, and nothing else', () => {
    const { api } = bridge.exposed.bridgehire as Exposed;
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES].sort());
    for (const m of METHOD_NAMES) expect(typeof api[m]).toBe('function');
    expect(Object.values(api).every((f) => typeof f === 'function')).toBe(true);
  });

  it('sends a call on the one channel, naming the method it was built for', async () => {
    const { api } = bridge.exposed.bridgehire as Exposed;
    await expect(api['app.stats']!({ x: 1 })).resolves.toEqual({ ok: true, value: 'pong' });
    expect(bridge.invoke).toHaveBeenCalledWith('bridgehire:call', 'app.stats', { x: 1 });
  });

  it('delivers events to a listener without handing it the IPC event', () => {
    const { onEvent } = bridge.exposed.bridgehire as Exposed;
    const got: unknown[] = [];
    const off = onEvent((...a: unknown[]) => got.push(a));
    bridge.listeners.get('bridgehire:event')!({ sender: 'secret ipc event' }, { type: 'data.changed', areas: ['people'], version: 1 });
    expect(got).toEqual([[{ type: 'data.changed', areas: ['people'], version: 1 }]]);
    off();
    expect(bridge.ipcRenderer.removeListener).toHaveBeenCalledWith('bridgehire:event', expect.any(Function));
  });

  it('ignores a listener that is not a function', () => {
    const { onEvent } = bridge.exposed.bridgehire as Exposed;
    bridge.ipcRenderer.on.mockClear();
    expect(typeof onEvent('not a function')).toBe('function');
    expect(bridge.ipcRenderer.on).not.toHaveBeenCalled();
  });
});
