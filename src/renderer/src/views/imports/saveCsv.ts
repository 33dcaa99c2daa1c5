import type { ApiClient } from '../../api/client';

/**
 * Saves an import's issues as a CSV file: through the system's save dialog in the desktop app,
 * as a download in browser mode. Returns the name it was saved under, or null when the user cancelled.
 */
export async function saveIssuesCsv(api: ApiClient, batchId: number): Promise<string | null> {
  const { filename, content } = await api.call('import.issuesCsv', { batchId });
  if (api.transport === 'ipc') {
    const r = await api.call('shell.saveFile', { suggestedName: filename, content, kind: 'csv' });
    return r.saved ? r.name ?? filename : null;
  }
  const url = URL.createObjectURL(new Blob([content], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return filename;
}
