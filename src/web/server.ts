import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core';
import type { ErrorCode } from '../shared/api/errors';
import type { CoreEvent } from '../shared/api/events';
import { checkHost, checkOrigin, checkToken, newToken, type GuardFailure } from './guard';
import { serveStatic } from './static';

export interface WebServerOptions {
  core: Core;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  token?: string;
  /** Largest JSON body an API call may send. */
  maxBodyBytes?: number;
  /** Largest spreadsheet an upload may send. */
  maxUploadBytes?: number;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_ARGS: 400,
  UNKNOWN_METHOD: 404,
  NOT_FOUND: 404,
  CONFLICT: 409,
  CANCELLED: 409,
  IMPORT_REFUSED: 422,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  TOO_LARGE: 413,
  UNAVAILABLE: 501,
};

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(text);
}

function sendError(res: http.ServerResponse, status: number, code: ErrorCode, message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

function refuse(res: http.ServerResponse, f: GuardFailure): void {
  sendError(res, f.status, f.code, f.message);
}

/** Reads a body up to a limit; resolves null (after answering 413) when it is larger. */
function readBody(req: http.IncomingMessage, res: http.ServerResponse, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      sendError(res, 413, 'TOO_LARGE', `The request was larger than ${Math.round(limit / 1024)} KB.`);
      req.resume();
      return resolve(null);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        sendError(res, 413, 'TOO_LARGE', `The request was larger than ${Math.round(limit / 1024)} KB.`);
        req.destroy();
        resolve(null);
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Streams an uploaded spreadsheet to a private temp file and registers it with the core. */
async function handleUpload(req: http.IncomingMessage, res: http.ServerResponse, core: Core, limit: number, uploadDir: string): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://x');
  const name = path.basename(url.searchParams.get('name') ?? 'upload.csv').slice(0, 200) || 'upload.csv';
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    return sendError(res, 413, 'TOO_LARGE', `That file is larger than ${Math.round(limit / 1024 / 1024)} MB.`);
  }
  const file = path.join(uploadDir, `${Date.now()}-${Math.random().toString(36).slice(2)}${path.extname(name)}`);
  const out = fs.createWriteStream(file, { mode: 0o600 });
  let size = 0;
  let tooBig = false;
  await new Promise<void>((resolve, reject) => {
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit && !tooBig) {
        tooBig = true;
        req.unpipe(out);
        req.resume();
      }
    });
    req.pipe(out);
    req.on('end', () => out.end(resolve));
    req.on('error', reject);
  });
  if (tooBig) {
    fs.rmSync(file, { force: true });
    return sendError(res, 413, 'TOO_LARGE', `That file is larger than ${Math.round(limit / 1024 / 1024)} MB.`);
  }
  const reg = core.files.register(file, name);
  sendJson(res, 200, { ok: true, value: { fileId: reg.id, name: reg.name, size: reg.size } });
}

/** The loopback server of browser mode: the built renderer plus the same API gate as IPC. */
export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const { core } = opts;
  const token = opts.token ?? newToken();
  const maxBody = opts.maxBodyBytes ?? 1024 * 1024;
  const maxUpload = opts.maxUploadBytes ?? 2 * 1024 * 1024 * 1024;
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgehire-uploads-'));
  const streams = new Set<http.ServerResponse>();
  const unsubscribe = core.on((ev: CoreEvent) => {
    const line = `data: ${JSON.stringify(ev)}\n\n`;
    for (const s of streams) s.write(line);
  });
  let port = 0;

  const server = http.createServer((req, res) => {
    void (async () => {
      const host = checkHost(req.headers, port);
      if (host) return refuse(res, host);
      const url = req.url ?? '/';
      if (!url.startsWith('/api/')) {
        if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'BAD_ARGS', 'Only GET is served here.');
        return serveStatic(opts.staticDir, url, res);
      }
      const origin = checkOrigin(req.headers, port);
      if (origin) return refuse(res, origin);
      const auth = checkToken(req.headers, token);
      if (auth) return refuse(res, auth);
      const route = url.slice('/api/'.length).split('?')[0]!;
      if (route === 'events' && req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        res.write(': connected\n\n');
        streams.add(res);
        req.on('close', () => streams.delete(res));
        return;
      }
      if (req.method !== 'POST') return sendError(res, 405, 'BAD_ARGS', 'API calls are POST requests.');
      if (route === 'upload') return handleUpload(req, res, core, maxUpload, uploadDir);
      const body = await readBody(req, res, maxBody);
      if (body === null) return;
      let args: unknown = {};
      if (body.length > 0) {
        try {
          args = JSON.parse(body.toString('utf8'));
        } catch {
          return sendError(res, 400, 'BAD_ARGS', 'The request body was not valid JSON.');
        }
      }
      const result = await core.call(decodeURIComponent(route), args);
      sendJson(res, result.ok ? 200 : STATUS[result.error.code] ?? 500, result);
    })().catch((e) => {
      console.error(e);
      if (!res.headersSent) sendError(res, 500, 'INTERNAL', 'Something went wrong inside Bridgehire. Nothing was changed.');
      else res.end();
    });
  });
  server.requestTimeout = 0; // uploads of large files take as long as they take
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const s of streams) s.end();
        server.closeAllConnections();
        server.close(() => {
          fs.rmSync(uploadDir, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}
