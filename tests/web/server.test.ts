import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../src/web/server';
import { CONTENT_SECURITY_POLICY } from '../../src/web/guard';
import { tempCore, tempDir } from '../helpers/tempCore';

// Browser mode is not an open door: every way in is answered with the right status and a JSON
// error, and nothing a request sends can bring the server down.

let core: ReturnType<typeof tempCore>;
let server: WebServer;
let staticDir: string;

beforeAll(async () => {
  core = tempCore();
  staticDir = tempDir('bh-static-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Bridgehire</title><script src="/assets/app.js"></script>');
  fs.mkdirSync(path.join(staticDir, 'assets'));
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log("app")');
  server = await startWebServer({ core, port: 0, staticDir, maxBodyBytes: 64 * 1024, maxUploadBytes: 256 * 1024 });
});

afterAll(async () => {
  await server.close();
  await core.dispose();
  fs.rmSync(staticDir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  json: () => { ok: boolean; value?: unknown; error?: { code: string; message: string; field?: string } };
}

function request(opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; chunks?: Buffer[] }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, method: opts.method ?? 'GET', path: opts.path, headers: { host: `127.0.0.1:${server.port}`, ...opts.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) });
      });
    });
    req.on('error', reject);
    if (opts.chunks) {
      for (const c of opts.chunks) req.write(c);
      req.end();
    } else req.end(opts.body);
  });
}

const auth = () => ({ authorization: `Bearer ${server.token}` });
const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  request({ method: 'POST', path: `/api/${method}`, headers: { ...auth(), 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

/** The server still answers after whatever came before. */
async function stillUp(): Promise<void> {
  const r = await api('app.stats', {});
  expect(r.status).toBe(200);
  expect(r.json()).toMatchObject({ ok: true, value: { people: expect.any(Number) } });
}

describe('browser mode refuses whoever is not the page it served', () => {
  it('prints a loopback URL with the token in the fragment', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('answers an API call without a token with 401 and a JSON error', async () => {
    const r = await request({ method: 'POST', path: '/api/app.stats', body: '{}' });
    expect(r.status).toBe(401);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(r.json()).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: 'This request did not carry the session token; open the address Bridgehire printed.' } });
  });

  it('answers a wrong token (and a token of another length) with 401', async () => {
    for (const token of ['x'.repeat(32), 'short', `${server.token}x`]) {
      const r = await request({ method: 'POST', path: '/api/app.stats', headers: { authorization: `Bearer ${token}` }, body: '{}' });
      expect(r.status).toBe(401);
      expect(r.json().error?.code).toBe('UNAUTHORIZED');
    }
  });

  it('answers a foreign Origin with 403, even with the right token', async () => {
    for (const origin of ['https://evil.example', `http://127.0.0.1:${server.port + 1}`, 'null']) {
      const r = await api('app.stats', {}, { origin });
      expect(r.status).toBe(403);
      expect(r.json()).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Requests from other web sites are refused.' } });
    }
    const own = await api('app.stats', {}, { origin: `http://127.0.0.1:${server.port}` });
    expect(own.status).toBe(200);
  });

  it('answers a rebinding Host (evil.com:PORT) with 403, for the API and the page', async () => {
    for (const p of ['/api/app.stats', '/', '/assets/app.js']) {
      const api = p.startsWith('/api');
      const r = await request({ method: api ? 'POST' : 'GET', path: p, headers: { host: `evil.com:${server.port}`, ...auth() }, body: api ? '{}' : undefined });
      expect(r.status).toBe(403);
      expect(r.json()).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Requests must be addressed to this computer (127.0.0.1).' } });
    }
  });
});

describe('bad requests get a status and a sentence, never a crash', () => {
  it('refuses a body over the limit with 413 (declared or streamed) and stays up', async () => {
    const big = Buffer.alloc(200 * 1024, 'a');
    const declared = await request({ method: 'POST', path: '/api/app.stats', headers: { ...auth(), 'content-length': String(big.length) }, body: big });
    expect(declared.status).toBe(413);
    expect(declared.json()).toEqual({ ok: false, error: { code: 'TOO_LARGE', message: 'The request was larger than 64 KB.' } });
    const streamed = await request({ method: 'POST', path: '/api/app.stats', headers: { ...auth(), 'transfer-encoding': 'chunked' }, chunks: Array.from({ length: 8 }, () => Buffer.alloc(32 * 1024, 'b')) });
    expect(streamed.status).toBe(413);
    expect(streamed.json().error?.code).toBe('TOO_LARGE');
    await stillUp();
  });

  it('answers an unknown method with 404 and UNKNOWN_METHOD', async () => {
    const r = await api('people.drop', {});
    expect(r.status).toBe(404);
    expect(r.json()).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD', message: '"people.drop" is not an action Bridgehire knows.', field: 'method' } });
  });

  it('answers malformed JSON with 400', async () => {
    const r = await request({ method: 'POST', path: '/api/app.stats', headers: auth(), body: '{"oops": ' });
    expect(r.status).toBe(400);
    expect(r.json()).toEqual({ ok: false, error: { code: 'BAD_ARGS', message: 'The request body was not valid JSON.' } });
  });

  it('answers bad arguments with 400 naming the field', async () => {
    const r = await api('people.get', { id: 'seven' });
    expect(r.status).toBe(400);
    const err = r.json().error!;
    expect(err.code).toBe('BAD_ARGS');
    expect(err.field).toBe('id');
    expect(err.message).toMatch(/^The value for "id" is not valid: /);
  });

  it('answers a malformed address with 400 instead of failing inside', async () => {
    const r = await request({ method: 'POST', path: '/api/%E0%A4%A', headers: auth(), body: '{}' });
    expect(r.status).toBe(400);
    expect(r.json().error?.code).toBe('BAD_ARGS');
    const s = await request({ path: '/%E0%A4%A' });
    expect(s.status).toBe(400);
    await stillUp();
  });

  it('answers garbage that is not HTTP with 400 and stays up', async () => {
    const net = await import('node:net');
    const reply = await new Promise<string>((resolve) => {
      const sock = net.connect(server.port, '127.0.0.1', () => sock.write('\u0000\u0001 NOT HTTP\r\n\r\n'));
      let got = '';
      sock.on('data', (c) => (got += String(c)));
      sock.on('close', () => resolve(got));
      sock.on('error', () => resolve(got));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400 Bad Request/);
    await stillUp();
  });

  it('answers other verbs on the API with 405 and a JSON error', async () => {
    const r = await request({ method: 'PUT', path: '/api/app.stats', headers: auth(), body: '{}' });
    expect(r.status).toBe(405);
    expect(r.json()).toEqual({ ok: false, error: { code: 'BAD_ARGS', message: 'API calls are POST requests.' } });
  });

  it('never serves files outside the renderer folder', async () => {
    fs.writeFileSync(path.join(path.dirname(staticDir), 'secret.txt'), 'secret');
    for (const p of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt']) {
      const r = await request({ path: p });
      expect(r.body).not.toContain('secret');
    }
    fs.rmSync(path.join(path.dirname(staticDir), 'secret.txt'));
  });
});

describe('what the page gets', () => {
  it('serves the page and its files with the CSP header', async () => {
    const page = await request({ path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.body).toContain('<title>Bridgehire</title>');
    const js = await request({ path: '/assets/app.js' });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('delivers a data.changed event on the event stream', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: server.port, path: '/api/events', headers: { host: `127.0.0.1:${server.port}`, ...auth() } }, (res) => {
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe('text/event-stream');
        let buf = '';
        res.on('data', (c: Buffer) => {
          buf += c.toString('utf8');
          if (buf.includes(': connected')) void api('settings.update', { patch: { blindReview: true } });
          const m = /data: (.+)\n\n/.exec(buf);
          if (m) {
            req.destroy();
            resolve(m[1]!);
          }
        });
      });
      req.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(e)));
      req.end();
    });
    expect(JSON.parse(received)).toMatchObject({ type: 'data.changed', areas: expect.arrayContaining(['settings', 'people']), version: expect.any(Number) });
    await api('settings.update', { patch: { blindReview: false } });
  });

  it('refuses the event stream without the token', async () => {
    const r = await request({ path: '/api/events' });
    expect(r.status).toBe(401);
  });

  it('takes an uploaded file and returns an opaque fileId, never a path', async () => {
    const r = await request({ method: 'POST', path: '/api/upload?name=../../candidates.csv', headers: auth(), body: 'name,email\nAda,ada@example.com\n' });
    expect(r.status).toBe(200);
    const v = r.json().value as { fileId: string; name: string; size: number };
    expect(v).toEqual({ fileId: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'candidates.csv', size: 31 });
    expect(core.files.get(v.fileId).size).toBe(31);
    expect(JSON.stringify(v)).not.toContain('/');
  });

  it('refuses an upload over the limit with 413 and keeps nothing', async () => {
    const r = await request({ method: 'POST', path: '/api/upload?name=big.csv', headers: { ...auth(), 'transfer-encoding': 'chunked' }, chunks: Array.from({ length: 10 }, () => Buffer.alloc(64 * 1024, 'c')) });
    expect(r.status).toBe(413);
    expect(r.json().error?.code).toBe('TOO_LARGE');
    await stillUp();
  });
});
