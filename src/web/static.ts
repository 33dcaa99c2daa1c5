import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from './guard';
import { BASE_HEADERS, decodePart, sendError } from './http';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** The file under `root` a URL path names, or null when it would leave `root` or is malformed. */
export function resolveStatic(root: string, urlPath: string): string | null {
  const rel = decodePart(urlPath.split('?')[0]!.split('#')[0]!);
  if (rel === null || rel.includes('\0')) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, rel.replace(/^[/\\]+/, '') || 'index.html');
  return file === base || file.startsWith(base + path.sep) ? file : null;
}

/** Serves the built renderer; unknown paths get index.html (the app routes by hash). */
export function serveStatic(root: string, urlPath: string, res: ServerResponse): void {
  const file = resolveStatic(root, urlPath);
  if (file === null) return sendError(res, 400, 'BAD_ARGS', 'That address is not part of Bridgehire.');
  const target = fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(root, 'index.html');
  if (!fs.existsSync(target)) {
    res.writeHead(503, { ...BASE_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
    res.end('The workbench has not been built. Run: npm run web');
    return;
  }
  res.writeHead(200, {
    ...BASE_HEADERS,
    'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'cache-control': target.endsWith('index.html') ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  fs.createReadStream(target).on('error', () => res.destroy()).pipe(res);
}
