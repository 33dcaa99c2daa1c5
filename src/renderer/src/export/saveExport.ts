import type { ApiClient } from '../api/client';

export interface SavedFile {
  saved: boolean;
  /** The name the file was saved under (desktop), or downloaded as (browser). */
  name: string | null;
}

/** Starts a browser download of text as a UTF-8 file (the BOM in `content` stays in the bytes). */
export function downloadText(content: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: the download reads the blob after this tick.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Saves an exported file the way this shell can: the desktop's save dialog (main writes where the
 * user chose), or a download in browser mode. Resolves saved=false when the user cancels.
 */
export async function saveExport(api: ApiClient, file: { fileName: string; content: string; kind: 'csv' | 'json' | 'txt' }): Promise<SavedFile> {
  if (api.transport === 'ipc') return api.call('shell.saveFile', { suggestedName: file.fileName, content: file.content, kind: file.kind });
  downloadText(file.content, file.fileName, file.kind === 'csv' ? 'text/csv;charset=utf-8' : file.kind === 'json' ? 'application/json' : 'text/plain;charset=utf-8');
  return { saved: true, name: file.fileName };
}
