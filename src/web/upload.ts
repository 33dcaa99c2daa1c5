import crypto from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import type { Core } from '../core';
import { refuseEarly, sendError, sendJson } from './http';

/**
 * Streams an uploaded spreadsheet to a private temp file and registers it with the core. The page
 * gets back an opaque id; the name it sent is reduced to a bare file name, never used as a path.
 */
export async function handleUpload(req: http.IncomingMessage, res: http.ServerResponse, core: Core, limit: number, uploadDir: string): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://x');
  const name = path.basename((url.searchParams.get('name') ?? '').replace(/\\/g, '/')).replace(/[\u0000-\u001f]/g, '').slice(0, 200) || 'upload.csv';
  const tooLarge = () => refuseEarly(req, res, 413, 'TOO_LARGE', `That file is larger than ${Math.round(limit / 1024 / 1024)} MB.`);
  if (Number(req.headers['content-length'] ?? 0) > limit) return tooLarge();
  const file = path.join(uploadDir, `${crypto.randomUUID()}${path.extname(name).replace(/[^.A-Za-z0-9]/g, '').slice(0, 10)}`);
  const out = fs.createWriteStream(file, { mode: 0o600 });
  const ok = await new Promise<boolean>((resolve) => {
    let size = 0;
    let settled = false;
    const settle = (v: boolean) => {
      if (!settled) resolve(v);
      settled = true;
    };
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit && !settled) {
        req.unpipe(out);
        out.destroy();
        tooLarge();
        settle(false);
      }
    });
    req.pipe(out);
    out.on('finish', () => settle(true));
    out.on('error', () => {
      sendError(res, 500, 'INTERNAL', 'The file could not be stored for import; is the disk full?', true);
      settle(false);
    });
    req.on('error', () => settle(false));
  });
  if (!ok) {
    fs.rmSync(file, { force: true });
    return;
  }
  const reg = core.files.register(file, name);
  sendJson(res, 200, { ok: true, value: { fileId: reg.id, name: reg.name, size: reg.size } });
}
