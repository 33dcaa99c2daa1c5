// Electron's security checklist as small pure functions, so tests pin every setting.
import type { BrowserWindowConstructorOptions } from 'electron';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

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

/** An IPC call is trusted only from our window's main frame showing the app. */
export function isTrustedSender(sender: { frameUrl: string | undefined; isMainFrame: boolean; webContentsId: number }, expected: { webContentsId: number | null; appUrl: string }): boolean {
  return expected.webContentsId !== null && sender.webContentsId === expected.webContentsId && sender.isMainFrame && sender.frameUrl !== undefined && isAppUrl(sender.frameUrl, expected.appUrl);
}
