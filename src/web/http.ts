import type http from 'node:http';
import type { ErrorCode } from '../shared/api/errors';
import type { GuardFailure } from './guard';

// Small response helpers shared by the API and upload routes. Every answer is JSON with a code
// and a sentence; an answer given before the request body was read closes the connection, so
// the unread bytes can never be taken for the next request on a kept-alive socket.

export const STATUS: Partial<Record<ErrorCode, number>> = {
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
  DB_CORRUPT: 500,
  DB_NEWER: 500,
  DB_UNREADABLE: 500,
};

/** Headers every answer carries: nothing cached, nothing sniffed, never framed, no referrer. */
export const BASE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
} as const;

/** After refusing, how much of an unread body is drained (so the client reads the answer) before the socket is cut. */
const DRAIN_LIMIT = 8 * 1024 * 1024;

export function sendJson(res: http.ServerResponse, status: number, body: unknown, close = false): void {
  if (res.headersSent || res.writableEnded) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...BASE_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
    ...(close ? { connection: 'close' } : {}),
  });
  res.end(text);
}

export function sendError(res: http.ServerResponse, status: number, code: ErrorCode, message: string, close = false): void {
  sendJson(res, status, { ok: false, error: { code, message } }, close);
}

/**
 * Answers before the body was read: the answer goes out with `connection: close`, then what the
 * client is still sending is drained up to a limit (so it can read the answer), then cut off.
 */
export function refuseEarly(req: http.IncomingMessage, res: http.ServerResponse, status: number, code: ErrorCode, message: string): void {
  sendError(res, status, code, message, true);
  if (req.complete || req.readableEnded) return;
  let drained = 0;
  req.removeAllListeners('data');
  req.on('data', (c: Buffer) => {
    drained += c.length;
    if (drained > DRAIN_LIMIT) req.socket.destroy();
  });
  req.on('error', () => {});
  req.resume();
}

export function refuse(req: http.IncomingMessage, res: http.ServerResponse, f: GuardFailure): void {
  refuseEarly(req, res, f.status, f.code, f.message);
}

/** Reads a JSON body up to a limit; null (after answering 413) when it is larger. */
export function readBody(req: http.IncomingMessage, res: http.ServerResponse, limit: number): Promise<Buffer | null> {
  const tooLarge = () => refuseEarly(req, res, 413, 'TOO_LARGE', `The request was larger than ${Math.round(limit / 1024)} KB.`);
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      tooLarge();
      return resolve(null);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size <= limit) return void chunks.push(c);
      done = true;
      req.off('data', onData);
      tooLarge();
      resolve(null);
    };
    req.on('data', onData);
    req.on('end', () => !done && resolve(Buffer.concat(chunks)));
    req.on('error', () => {
      if (!done) resolve(null);
      done = true;
    });
  });
}

/** Decodes a percent-encoded path part; null when it is malformed. */
export function decodePart(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}
