/**
 * The one Content-Security-Policy of the workbench, for the Electron window and browser mode alike:
 * nothing from outside, no eval, no inline scripts. AG Grid injects its styles, hence inline styles.
 * (src/renderer/index.html carries the same policy as a meta tag, a test keeps them equal.)
 */
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
