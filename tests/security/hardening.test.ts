import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// hardening.ts wired to a stand-in Electron: every refusal is checked through the events
// Electron would fire, not only through the pure functions behind them.

const electron = vi.hoisted(() => {
  const on = new Map<string, ((...a: unknown[]) => void)[]>();
  const app = {
    on: (ev: string, fn: (...a: unknown[]) => void) => on.set(ev, [...(on.get(ev) ?? []), fn]),
    emit: (ev: string, ...a: unknown[]) => (on.get(ev) ?? []).forEach((fn) => fn(...a)),
    removeAllListeners: () => on.clear(),
    whenReady: () => Promise.resolve(),
  };
  const handlers: Record<string, (...a: unknown[]) => unknown> = {};
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (h: (...a: unknown[]) => unknown) => (handlers.permissionRequest = h),
      setPermissionCheckHandler: (h: (...a: unknown[]) => unknown) => (handlers.permissionCheck = h),
      webRequest: {
        onHeadersReceived: (h: (...a: unknown[]) => unknown) => (handlers.headers = h),
        onBeforeRequest: (h: (...a: unknown[]) => unknown) => (handlers.beforeRequest = h),
      },
    },
  };
  const shell = { openExternal: vi.fn(async () => {}) };
  return { app, session, shell, handlers };
});
vi.mock('electron', () => ({ app: electron.app, session: electron.session, shell: electron.shell }));

import { hardenApp } from '../../src/main/hardening';
import { CONTENT_SECURITY_POLICY } from '../../src/main/security';

const APP = 'file:///opt/Bridgehire/out/renderer/index.html';

class FakeContents extends EventEmitter {
  openHandler: ((d: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(h: (d: { url: string }) => { action: string }) {
    this.openHandler = h;
  }
}

function fire(contents: FakeContents, event: string, ...args: unknown[]): boolean {
  let prevented = false;
  contents.emit(event, { preventDefault: () => (prevented = true) }, ...args);
  return prevented;
}

let contents: FakeContents;
beforeEach(async () => {
  electron.app.removeAllListeners();
  electron.shell.openExternal.mockClear();
  hardenApp(() => APP);
  await Promise.resolve();
  contents = new FakeContents();
  electron.app.emit('web-contents-created', {}, contents);
});

describe('every web contents the app creates', () => {
  it('refuses to attach a <webview>', () => {
    expect(fire(contents, 'will-attach-webview', {}, {})).toBe(true);
  });

  it('may navigate only within the app', () => {
    expect(fire(contents, 'will-navigate', `${APP}#/roles`)).toBe(false);
    expect(fire(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire(contents, 'will-navigate', 'javascript:alert(1)')).toBe(true);
    expect(fire(contents, 'will-redirect', 'https://evil.example/')).toBe(true);
  });

  it('never opens a window; sends http(s) links to the system browser only after the check', () => {
    expect(contents.openHandler!({ url: 'https://www.linkedin.com/in/ada' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.linkedin.com/in/ada');
    electron.shell.openExternal.mockClear();
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,hi', 'smb://host/share', 'https://user:pw@evil.example/']) {
      expect(contents.openHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('the session', () => {
  it('denies every permission request and check', () => {
    const cb = vi.fn();
    electron.handlers.permissionRequest!({}, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
    expect(electron.handlers.permissionCheck!({}, 'notifications')).toBe(false);
  });

  it('adds the CSP to every response, replacing any other', () => {
    const cb = vi.fn();
    electron.handlers.headers!({ responseHeaders: { 'Content-Security-Policy': ['default-src *'] } }, cb);
    expect(cb).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });

  it('cancels every request to the network and to files outside the app', () => {
    const decide = (url: string) => {
      const cb = vi.fn();
      electron.handlers.beforeRequest!({ url }, cb);
      return (cb.mock.calls[0]![0] as { cancel: boolean }).cancel;
    };
    expect(decide('file:///opt/Bridgehire/out/renderer/assets/app.js')).toBe(false);
    expect(decide('https://cdn.example/lib.js')).toBe(true);
    expect(decide('http://169.254.169.254/latest/meta-data')).toBe(true);
    expect(decide('file:///home/me/.ssh/id_rsa')).toBe(true);
  });
});
