import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp';
import { CONTENT_SECURITY_POLICY as ELECTRON_CSP } from '../../src/main/security';
import { CONTENT_SECURITY_POLICY as WEB_CSP } from '../../src/web/guard';

describe('the content security policy', () => {
  it('is one policy for the desktop window and browser mode', () => {
    expect(ELECTRON_CSP).toBe(CONTENT_SECURITY_POLICY);
    expect(WEB_CSP).toBe(CONTENT_SECURITY_POLICY);
  });

  it("is repeated in the renderer's index.html (less frame-ancestors, which a meta tag cannot set)", () => {
    const html = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const expected = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
    expect(meta).toBe(expected);
  });
});
