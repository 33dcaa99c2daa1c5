import { app, session, shell, type WebContents } from 'electron';
import { isAllowedRequest, isAppUrl, permissionDecision, windowOpenDecision, withCsp } from './security';

// The process-wide refusals. Every decision is a pure function in security.ts, pinned by tests;
// this file only wires them to Electron's events.

/** Installs the refusals for one web contents: webviews, navigation, redirects, new windows. */
export function hardenContents(contents: WebContents, getAppUrl: () => string): void {
  contents.on('will-attach-webview', (ev) => ev.preventDefault());
  contents.on('will-navigate', (ev, url) => {
    if (!isAppUrl(url, getAppUrl())) ev.preventDefault();
  });
  contents.on('will-redirect', (ev, url) => {
    if (!isAppUrl(url, getAppUrl())) ev.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    // A link meant for the web opens in the system browser, after the check; the app never opens windows.
    const d = windowOpenDecision(url);
    if (d.openExternally) void shell.openExternal(url);
    return { action: d.action };
  });
}

/** Installs the process-wide refusals: permissions, webviews, navigation, new windows, the network. */
export function hardenApp(getAppUrl: () => string): void {
  app.on('web-contents-created', (_e, contents: WebContents) => hardenContents(contents, getAppUrl));
  app.whenReady().then(() => {
    const ses = session.defaultSession;
    ses.setPermissionRequestHandler((_wc, perm, callback) => callback(permissionDecision(perm)));
    ses.setPermissionCheckHandler((_wc, perm) => permissionDecision(perm));
    ses.webRequest.onHeadersReceived((details, callback) => callback({ responseHeaders: withCsp(details.responseHeaders) }));
    // Nothing in the app loads from the network: refuse it outright.
    ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, getAppUrl()) }));
  });
}
