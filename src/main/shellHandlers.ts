import fs from 'node:fs';
import { BrowserWindow, dialog, shell } from 'electron';
import type { Handlers } from '../core/gate';
import type { FileRegistry } from '../core/files';
import { isSafeExternalUrl } from './security';

const FILTERS = {
  csv: [{ name: 'CSV (Excel)', extensions: ['csv'] }],
  json: [{ name: 'JSON', extensions: ['json'] }],
  txt: [{ name: 'Text', extensions: ['txt'] }],
};

/**
 * The desktop answers to shell-only methods. Dialogs live here in main; the renderer gets an
 * opaque file id (never a path), and saves go only where the user pointed the dialog.
 */
export function desktopShellHandlers(getWindow: () => BrowserWindow | null, files: FileRegistry): Partial<Handlers> {
  return {
    'shell.chooseFile': async () => {
      const win = getWindow();
      const opts = {
        title: 'Choose a spreadsheet to import',
        properties: ['openFile' as const],
        filters: [
          { name: 'Spreadsheets (CSV, TSV, TXT)', extensions: ['csv', 'tsv', 'txt', 'tab'] },
          { name: 'All files', extensions: ['*'] },
        ],
      };
      const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      if (r.canceled || !r.filePaths[0]) return null;
      const f = files.register(r.filePaths[0]);
      return { fileId: f.id, name: f.name, size: f.size };
    },
    'shell.saveFile': async ({ suggestedName, content, kind }) => {
      const win = getWindow();
      const opts = { title: 'Save', defaultPath: suggestedName, filters: FILTERS[kind] };
      const r = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
      if (r.canceled || !r.filePath) return { saved: false, name: null };
      await fs.promises.writeFile(r.filePath, content, 'utf8');
      return { saved: true, name: r.filePath.split(/[\\/]/).pop() ?? suggestedName };
    },
    'shell.printToPdf': async ({ suggestedName, html }) => {
      const win = getWindow();
      const opts = { title: 'Save PDF', defaultPath: suggestedName, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
      const r = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
      if (r.canceled || !r.filePath) return { saved: false, name: null };
      // An offscreen, sandboxed window with no preload and JavaScript off renders the brief.
      const printer = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, javascript: false, nodeIntegration: false } });
      try {
        await printer.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
        const pdf = await printer.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
        await fs.promises.writeFile(r.filePath, pdf);
      } finally {
        printer.destroy();
      }
      return { saved: true, name: r.filePath.split(/[\\/]/).pop() ?? suggestedName };
    },
    'shell.openExternal': async ({ url }) => {
      if (!isSafeExternalUrl(url)) return { opened: false };
      await shell.openExternal(url);
      return { opened: true };
    },
  };
}
