// Electron's security checklist as small pure functions, so tests pin every setting.
import type { BrowserWindowConstructorOptions } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';

export { CONTENT_SECURITY_POLICY };


export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Bridgehire',
    backgroundColor: '#111827',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

/** The renderer may only ever show the app itself: no navigation anywhere else. */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const u = new URL(url);
    const a = new URL(appUrl);
    if (a.protocol === 'file:') return u.protocol === 'file:' && u.pathname === a.pathname;
    return u.origin === a.origin;
  } catch {
    return false;
  }
}

/** Links may leave the app only to the system browser, and only for http(s). */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.length > 0 && !u.username && !u.password;
  } catch {
    return false;
  }
}

/**
 * What the window may load at all: the app's own files (file: under the app's folder, or the dev
 * server's origin), inline data and DevTools. Everything else, the network included, is refused.
 */
export function isAllowedRequest(url: string, appUrl: string): boolean {
  try {
    const u = new URL(url);
    const a = new URL(appUrl);
    if (u.protocol === 'data:' || u.protocol === 'devtools:' || u.protocol === 'blob:') return true;
    if (a.protocol === 'file:') {
      const folder = a.pathname.slice(0, a.pathname.lastIndexOf('/') + 1);
      return u.protocol === 'file:' && !u.host && decodeURIComponent(u.pathname).startsWith(decodeURIComponent(folder)) && !decodeURIComponent(u.pathname).includes('/../');
    }
    return u.origin === a.origin;
  } catch {
    return false;
  }
}

/** A request to open a window: never granted; a web link goes to the system browser after the check. */
export function windowOpenDecision(url: string): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isSafeExternalUrl(url) };
}

/** Camera, microphone, notifications, geolocation…: the app needs none of them. */
export function permissionDecision(_permission: string): boolean {
  return false;
}

/** The Content-Security-Policy added to every response the window receives. */
export function withCsp(headers: Record<string, string | string[]> | undefined): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(headers ?? {})) if (k.toLowerCase() !== 'content-security-policy') out[k] = v;
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return out;
}

/** An IPC call is trusted only from our window's main frame showing the app. */
export function isTrustedSender(sender: { frameUrl: string | undefined; isMainFrame: boolean; webContentsId: number }, expected: { webContentsId: number | null; appUrl: string }): boolean {
  return expected.webContentsId !== null && sender.webContentsId === expected.webContentsId && sender.isMainFrame && sender.frameUrl !== undefined && isAppUrl(sender.frameUrl, expected.appUrl);
}
