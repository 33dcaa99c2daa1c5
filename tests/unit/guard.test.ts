import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHost, checkOrigin, checkToken, newToken } from '../../src/web/guard';
import { resolveStatic } from '../../src/web/static';
import { decodePart } from '../../src/web/http';

const PORT = 43123;

describe('checkHost', () => {
  it.each([
    ['127.0.0.1:43123', true],
    ['localhost:43123', true],
    ['LOCALHOST:43123', true],
    ['127.0.0.1', false],
    ['127.0.0.1:43124', false],
    ['evil.com:43123', false],
    ['127.0.0.1.evil.com:43123', false],
    ['[::1]:43123', false],
    ['', false],
  ])('Host %s → allowed %s', (host, ok) => expect(checkHost({ host }, PORT) === null).toBe(ok));
  it('refuses a request with no Host at all', () => expect(checkHost({}, PORT)?.status).toBe(403));
});

describe('checkOrigin', () => {
  it.each([
    [undefined, true],
    ['http://127.0.0.1:43123', true],
    ['http://localhost:43123', true],
    ['https://127.0.0.1:43123', false],
    ['http://127.0.0.1:43124', false],
    ['null', false],
    ['https://evil.example', false],
    ['http://127.0.0.1:43123.evil.example', false],
  ])('Origin %s → allowed %s', (origin, ok) => expect(checkOrigin(origin === undefined ? {} : { origin }, PORT) === null).toBe(ok));
});

describe('checkToken', () => {
  const token = newToken();
  it('makes a fresh 192-bit token each time', () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(newToken()).not.toBe(token);
  });
  it.each([
    [`Bearer ${token}`, true],
    // RFC 9110: the scheme is case-insensitive and one or more spaces follow it.
    [`bearer ${token}`, true],
    [`BEARER  ${token}`, true],
    [`Bearer ${token} extra`, false],
    [`Basic ${token}`, false],
    [token, false],
    ['Bearer ', false],
    ['', false],
  ])('Authorization %s → allowed %s', (authorization, ok) => expect(checkToken({ authorization }, token) === null).toBe(ok));
  it('refuses with 401 and UNAUTHORIZED', () => expect(checkToken({}, token)).toMatchObject({ status: 401, code: 'UNAUTHORIZED' }));
});

describe('resolveStatic', () => {
  const root = path.resolve('/srv/bridgehire/renderer');
  it.each([
    ['/', path.join(root, 'index.html')],
    ['/assets/app.js?v=1', path.join(root, 'assets', 'app.js')],
    ['/../secret', null],
    ['/..%2f..%2fsecret', null],
    ['/%2e%2e/%2e%2e/etc/passwd', null],
    ['/assets/%00.js', null],
    ['/%E0%A4%A', null],
  ])('%s → %s', (url, file) => expect(resolveStatic(root, url)).toBe(file));
  it('decodes a path part or says it is malformed', () => {
    expect(decodePart('people.list')).toBe('people.list');
    expect(decodePart('%zz')).toBeNull();
  });
});
