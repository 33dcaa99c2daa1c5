import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import type { Core } from '../core';
import type { CoreEvent } from '../shared/api/events';
import { checkHost, checkOrigin, checkToken, newToken } from './guard';
import { BASE_HEADERS, decodePart, readBody, refuse, refuseEarly, sendError, sendJson, STATUS } from './http';
import { serveStatic } from './static';
import { handleUpload } from './upload';

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
  /** Open event streams at once (each browser tab holds one). */
  maxStreams?: number;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Method names as the contract spells them; anything else is not worth a lookup. */
const METHOD_NAME = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+){0,4}$/;

/** The loopback server of browser mode: the built renderer plus the same API gate as IPC. */
export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const { core } = opts;
  const token = opts.token ?? newToken();
  const maxBody = opts.maxBodyBytes ?? 1024 * 1024;
  const maxUpload = opts.maxUploadBytes ?? 2 * 1024 * 1024 * 1024;
  const maxStreams = opts.maxStreams ?? 32;
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgehire-uploads-'));
  fs.chmodSync(uploadDir, 0o700);
  const streams = new Set<http.ServerResponse>();
  const unsubscribe = core.on((ev: CoreEvent) => {
    const line = `data: ${JSON.stringify(ev)}\n\n`;
    for (const s of streams) s.write(line);
  });
  let port = 0;

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // Checked first, for every path: a page on another site that rebinds its name to 127.0.0.1 gets nothing.
    const host = checkHost(req.headers, port);
    if (host) return refuse(req, res, host);
    const url = req.url ?? '/';
    if (!url.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuseEarly(req, res, 405, 'BAD_ARGS', 'Only GET is served here.');
      return serveStatic(opts.staticDir, url, res);
    }
    const origin = checkOrigin(req.headers, port);
    if (origin) return refuse(req, res, origin);
    const auth = checkToken(req.headers, token);
    if (auth) return refuse(req, res, auth);
    const name = decodePart(url.slice('/api/'.length).split('?')[0]!);
    if (name === null) return refuseEarly(req, res, 400, 'BAD_ARGS', 'The address of that request is malformed.');
    if (name === 'events' && req.method === 'GET') {
      if (streams.size >= maxStreams) return sendError(res, 503, 'UNAVAILABLE', 'Too many Bridgehire tabs are open; close some and reload.');
      res.writeHead(200, { ...BASE_HEADERS, 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (req.method !== 'POST') return refuseEarly(req, res, 405, 'BAD_ARGS', 'API calls are POST requests.');
    if (name === 'upload') return handleUpload(req, res, core, maxUpload, uploadDir);
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
    // An impossible name is answered like an unknown one, by the gate, without echoing much of it.
    const result = await core.call(METHOD_NAME.test(name) ? name : name.slice(0, 80), args);
    sendJson(res, result.ok ? 200 : STATUS[result.error.code] ?? 500, result);
  }

  const server = http.createServer((req, res) => {
    route(req, res).catch((e) => {
      console.error(e);
      if (!res.headersSent) sendError(res, 500, 'INTERNAL', 'Something went wrong inside Bridgehire. Nothing was changed.', true);
      else res.end();
    });
  });
  server.requestTimeout = 0; // uploads of large files take as long as they take
  server.headersTimeout = 30_000;
  server.on('clientError', (_e, socket) => {
    // Unparseable HTTP: answer in kind if nothing was answered on this socket yet; never crash.
    if (socket.writable && (socket as Socket).bytesWritten === 0) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
  });
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
