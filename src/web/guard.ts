import crypto from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { ErrorCode } from '../shared/api/errors';

// Browser mode listens on loopback, but any web page the user visits could still try to talk
// to it. These checks make it answer only the page it served: the Host must be our loopback
// name (no DNS rebinding), the Origin (when sent) must be ours, and the API needs the token.

export interface GuardFailure {
  status: 401 | 403;
  code: ErrorCode;
  message: string;
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function checkHost(headers: IncomingHttpHeaders, port: number): GuardFailure | null {
  const host = (headers.host ?? '').toLowerCase();
  if (!allowedHosts(port).has(host)) return { status: 403, code: 'FORBIDDEN', message: 'Requests must be addressed to this computer (127.0.0.1).' };
  return null;
}

export function checkOrigin(headers: IncomingHttpHeaders, port: number): GuardFailure | null {
  const origin = headers.origin;
  if (origin === undefined) return null; // same-origin GETs and non-browser clients send none
  const ok = [...allowedHosts(port)].some((h) => origin.toLowerCase() === `http://${h}`);
  if (!ok) return { status: 403, code: 'FORBIDDEN', message: 'Requests from other web sites are refused.' };
  return null;
}

export function checkToken(headers: IncomingHttpHeaders, token: string): GuardFailure | null {
  const auth = headers.authorization ?? '';
  const m = /^Bearer +(\S+)$/i.exec(auth); // the scheme is case-insensitive (RFC 9110)
  if (!m || !safeEqual(m[1]!, token)) return { status: 401, code: 'UNAUTHORIZED', message: 'This request did not carry the session token; open the address Bridgehire printed.' };
  return null;
}

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}

export function newToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}

export { CONTENT_SECURITY_POLICY } from '../shared/csp';
