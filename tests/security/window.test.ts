import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAllowedRequest, isAppUrl, isSafeExternalUrl, isTrustedSender, permissionDecision, windowOpenDecision, windowOptions, withCsp } from '../../src/main/security';
import { CONTENT_SECURITY_POLICY as WEB_CSP } from '../../src/web/guard';

// Electron's security checklist, pinned: a change to any of these settings fails here first.

const FILE_APP = 'file:///opt/Bridgehire/resources/app/out/renderer/index.html';
const DEV_APP = 'http://localhost:5173/';

describe('the window', () => {
  const o = windowOptions('/opt/Bridgehire/out/preload/index.js');
  it('isolates and sandboxes the renderer, with no Node anywhere', () => {
    expect(o.webPreferences).toEqual({
      preload: '/opt/Bridgehire/out/preload/index.js',
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
    });
  });
  it('is shown only when ready, with a title and no menu bar', () => {
    expect(o).toMatchObject({ show: false, title: 'Bridgehire', autoHideMenuBar: true, minWidth: 960, minHeight: 600 });
  });
});

describe('the Content-Security-Policy', () => {
  const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));
  it('has no eval, no remote sources and no plugins or framing', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['form-action']).toEqual(["'none'"]);
  });
  it('is the same in the desktop app and in browser mode', () => {
    expect(WEB_CSP).toBe(CONTENT_SECURITY_POLICY);
  });
  it('replaces any policy a response brought with its own', () => {
    expect(withCsp({ 'content-security-policy': ["default-src *"], 'X-Other': ['1'] })).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    expect(withCsp(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

describe('isAppUrl: where the window may navigate', () => {
  const table: [string, string, boolean][] = [
    [FILE_APP, FILE_APP, true],
    [`${FILE_APP}#/matches/12`, FILE_APP, true],
    ['file:///etc/passwd', FILE_APP, false],
    ['file:///opt/Bridgehire/resources/app/out/renderer/other.html', FILE_APP, false],
    ['https://evil.example/', FILE_APP, false],
    ['javascript:alert(1)', FILE_APP, false],
    ['data:text/html,<script>alert(1)</script>', FILE_APP, false],
    ['http://localhost:5173/#/roles', DEV_APP, true],
    ['http://localhost:5174/', DEV_APP, false],
    ['http://127.0.0.1:5173/', DEV_APP, false],
    ['https://localhost:5173/', DEV_APP, false],
    ['not a url', FILE_APP, false],
    ['', FILE_APP, false],
  ];
  it.each(table)('%s (app %s) → %s', (url, app, ok) => expect(isAppUrl(url, app)).toBe(ok));
});

describe('isSafeExternalUrl: what may leave for the system browser', () => {
  const table: [string, boolean][] = [
    ['https://www.linkedin.com/in/ada', true],
    ['http://layoffs.fyi/', true],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['file:///etc/passwd', false],
    ['data:text/html,hi', false],
    ['vbscript:msgbox', false],
    ['smb://server/share', false],
    ['ms-settings:', false],
    ['mailto:ada@example.com', false],
    ['https://user:pass@evil.example/', false],
    ['https://', false],
    ['//evil.example', false],
    ['', false],
  ];
  it.each(table)('%s → %s', (url, ok) => expect(isSafeExternalUrl(url)).toBe(ok));
  it('never opens a window, and sends only http(s) links out', () => {
    expect(windowOpenDecision('https://example.com')).toEqual({ action: 'deny', openExternally: true });
    expect(windowOpenDecision('javascript:alert(1)')).toEqual({ action: 'deny', openExternally: false });
    expect(windowOpenDecision('file:///etc/passwd')).toEqual({ action: 'deny', openExternally: false });
  });
});

describe('isAllowedRequest: what the window may load', () => {
  const table: [string, string, boolean][] = [
    ['file:///opt/Bridgehire/resources/app/out/renderer/assets/index-abc.js', FILE_APP, true],
    ['file:///opt/Bridgehire/resources/app/out/renderer/index.html', FILE_APP, true],
    ['file:///etc/passwd', FILE_APP, false],
    ['file:///opt/Bridgehire/resources/app/out/renderer/../../secret', FILE_APP, false],
    ['file://server/share/x.js', FILE_APP, false],
    ['https://cdn.example/x.js', FILE_APP, false],
    ['http://localhost:5173/src/main.tsx', DEV_APP, true],
    ['ws://localhost:5173/', DEV_APP, false],
    ['https://evil.example/', DEV_APP, false],
    ['data:image/png;base64,AAAA', FILE_APP, true],
    ['devtools://devtools/bundled/inspector.html', FILE_APP, true],
  ];
  it.each(table)('%s (app %s) → %s', (url, app, ok) => expect(isAllowedRequest(url, app)).toBe(ok));
  it('grants no permission at all', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'midi', 'clipboard-read', 'openExternal', 'fullscreen']) expect(permissionDecision(p)).toBe(false);
  });
});

describe('isTrustedSender: who may call the API over IPC', () => {
  const expected = { webContentsId: 7, appUrl: FILE_APP };
  const main = { frameUrl: FILE_APP, isMainFrame: true, webContentsId: 7 };
  it('trusts our window\'s main frame showing the app', () => expect(isTrustedSender(main, expected)).toBe(true));
  it.each([
    ['a subframe', { ...main, isMainFrame: false }],
    ['another web contents', { ...main, webContentsId: 8 }],
    ['a frame showing another page', { ...main, frameUrl: 'https://evil.example/' }],
    ['a frame showing a local file', { ...main, frameUrl: 'file:///etc/passwd' }],
    ['a frame with a javascript: URL', { ...main, frameUrl: 'javascript:alert(1)' }],
    ['a frame with a data: URL', { ...main, frameUrl: 'data:text/html,hi' }],
    ['a destroyed frame', { ...main, frameUrl: undefined }],
  ])('refuses %s', (_what, sender) => expect(isTrustedSender(sender, expected)).toBe(false));
  it('refuses everyone while there is no window', () => expect(isTrustedSender(main, { webContentsId: null, appUrl: FILE_APP })).toBe(false));
});
