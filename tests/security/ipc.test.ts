import { describe, expect, it, vi } from 'vitest';

// IPC into the core: a call from anywhere but our window's main frame is refused before the gate.

const ipc = vi.hoisted(() => ({ handlers: new Map<string, (...a: unknown[]) => unknown>() }));
vi.mock('electron', () => ({ ipcMain: { handle: (ch: string, h: (...a: unknown[]) => unknown) => ipc.handlers.set(ch, h), removeHandler: (ch: string) => ipc.handlers.delete(ch) } }));

import { CALL_CHANNEL, registerIpc } from '../../src/main/ipc';
import type { Core } from '../../src/core';

const APP = 'file:///opt/Bridgehire/out/renderer/index.html';

function setup() {
  const call = vi.fn(async () => ({ ok: true, value: 1 }));
  const mainFrame = { url: APP };
  const win = { isDestroyed: () => false, webContents: { id: 3, send: vi.fn() } };
  const core = { call, on: () => () => {} } as unknown as Core;
  const off = registerIpc(core, () => win as never, () => APP);
  const handler = ipc.handlers.get(CALL_CHANNEL)!;
  const event = (over: { senderId?: number; frame?: { url: string } | null }) => ({
    sender: { id: over.senderId ?? 3, mainFrame },
    senderFrame: over.frame === undefined ? mainFrame : over.frame,
  });
  return { call, handler, event, mainFrame, off };
}

describe('the IPC gate', () => {
  it('passes our window\'s main frame through to the core', async () => {
    const { handler, event, call, off } = setup();
    expect(await handler(event({}), 'app.stats', {})).toEqual({ ok: true, value: 1 });
    expect(call).toHaveBeenCalledWith('app.stats', {});
    off();
  });

  it.each([
    ['another web contents', { senderId: 4 }],
    ['a subframe', { frame: { url: APP } }],
    ['a destroyed frame', { frame: null }],
  ])('refuses %s with FORBIDDEN and never reaches the core', async (_w, over) => {
    const { handler, event, call, off } = setup();
    expect(await handler(event(over), 'app.stats', {})).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'This request did not come from the Bridgehire window.' } });
    expect(call).not.toHaveBeenCalled();
    off();
  });
});
