import { app, session, shell, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, isAppUrl, isSafeExternalUrl } from './security';

/** Installs the process-wide refusals: permissions, webviews, navigation, new windows. */
export function hardenApp(getAppUrl: () => string): void {
  app.on('web-contents-created', (_e, contents: WebContents) => {
    contents.on('will-attach-webview', (ev) => ev.preventDefault());
    contents.on('will-navigate', (ev, url) => {
      if (!isAppUrl(url, getAppUrl())) ev.preventDefault();
    });
    contents.on('will-redirect', (ev, url) => {
      if (!isAppUrl(url, getAppUrl())) ev.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => {
      // A link meant for the web opens in the system browser, after the check; the app never opens windows.
      if (isSafeExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
  app.whenReady().then(() => {
    const ses = session.defaultSession;
    ses.setPermissionRequestHandler((_wc, _perm, callback) => callback(false));
    ses.setPermissionCheckHandler(() => false);
    ses.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    });
    // Nothing in the app loads from the network: refuse it outright.
    ses.webRequest.onBeforeRequest((details, callback) => {
      const ok = details.url.startsWith('file:') || details.url.startsWith('devtools:') || details.url.startsWith('data:') || isAppUrl(details.url, getAppUrl());
      callback({ cancel: !ok });
    });
  });
}
