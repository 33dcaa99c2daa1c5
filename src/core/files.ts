import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../shared/api/errors';

export interface RegisteredFile {
  id: string;
  path: string;
  name: string;
  size: number;
}

/**
 * Files the user chose through a trusted channel (a native dialog, an upload, the CLI).
 * The renderer only ever holds opaque ids, so no API reads an arbitrary path it names.
 */
export class FileRegistry {
  private files = new Map<string, RegisteredFile>();

  register(filePath: string, displayName = path.basename(filePath)): RegisteredFile {
    const stat = fs.statSync(filePath);
    if (!stat.isFile()) throw new ApiError('IMPORT_REFUSED', `${displayName} is not a file.`);
    const file: RegisteredFile = { id: crypto.randomUUID(), path: filePath, name: displayName, size: stat.size };
    this.files.set(file.id, file);
    return file;
  }

  get(id: string): RegisteredFile {
    const f = this.files.get(id);
    if (!f) throw new ApiError('NOT_FOUND', 'That file is no longer available; choose it again.', { field: 'fileId' });
    return f;
  }

  forget(id: string): void {
    this.files.delete(id);
  }
}
