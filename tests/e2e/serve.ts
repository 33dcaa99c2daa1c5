import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, startWeb, type WebApp } from './harness';

// Kept apart from harness.ts, which must load outside vitest too (the browser bench imports it).

/**
 * The web server on a workspace `seed` makes, and a browser, for the tests of one file: started
 * before them, stopped after. Read `app` and `browser` inside the tests (they exist from then on).
 */
export function serveForSpec(seed: () => Promise<string>): { readonly app: WebApp; readonly browser: Browser } {
  let app: WebApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await startWeb(await seed());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  return {
    get app() {
      return app!;
    },
    get browser() {
      return browser!;
    },
  };
}
