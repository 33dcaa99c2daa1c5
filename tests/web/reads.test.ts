import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/core';
import { startWebServer, type WebServer } from '../../src/web/server';
import { seedMany } from '../helpers/seedMany';
import { tempDir, WORKER_SCRIPT } from '../helpers/tempCore';

// Browser mode serves every request from one event loop. A search that scans the whole store runs on
// the read thread, so a small request sent after it is answered first, not queued behind it.

let dir: string;
let core: Core;
let server: WebServer;

beforeAll(async () => {
  dir = tempDir('bh-web-reads-');
  fs.mkdirSync(path.join(dir, 'static'));
  fs.writeFileSync(path.join(dir, 'static', 'index.html'), '<!doctype html><title>Bridgehire</title>');
  core = createCore({ dbPath: path.join(dir, 'workspace.sqlite'), shell: 'web', workerScript: WORKER_SCRIPT, log: () => {} });
  seedMany(core.db, 150_000);
  server = await startWebServer({ core, port: 0, staticDir: path.join(dir, 'static') });
});

afterAll(async () => {
  await server.close();
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const api = async (method: string, body: unknown) => {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as { ok: boolean; value: { total?: number; people?: number } };
};

describe('browser mode under a slow search', () => {
  it('answers app.stats sent after a whole-store search before that search', async () => {
    await api('people.list', { limit: 1 }); // the read thread is up
    for (let round = 0; round < 3; round++) {
      const order: string[] = [];
      const search = api('people.list', { quick: 'nobody-by-this-name' }).then((r) => {
        order.push('search');
        return r;
      });
      await new Promise((r) => setTimeout(r, 10)); // the search has reached the server
      const stats = api('app.stats', {}).then((r) => {
        order.push('stats');
        return r;
      });
      const [s, st] = await Promise.all([search, stats]);
      expect([s.value.total, st.value.people]).toEqual([0, 150_000]);
      expect(order).toEqual(['stats', 'search']);
    }
  });
});
