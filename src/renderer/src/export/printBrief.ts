import type { ApiClient } from '../api/client';
import type { SavedFile } from './saveExport';

const FRAME_CLASS = 'print-frame';

/**
 * Prints a page of HTML from the browser without a new window or any script in it: a hidden,
 * sandboxed iframe (same origin so this page may call print on it, modals allowed for the dialog,
 * scripts not allowed) shows the HTML and the browser's print dialog offers "Save as PDF".
 */
export function printHtml(html: string, title: string): Promise<void> {
  document.querySelectorAll(`iframe.${FRAME_CLASS}`).forEach((f) => f.remove());
  const frame = document.createElement('iframe');
  frame.className = FRAME_CLASS;
  frame.title = title;
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  return new Promise((resolve, reject) => {
    frame.addEventListener(
      'load',
      () => {
        const win = frame.contentWindow;
        if (!win) return reject(new Error('no print frame'));
        win.addEventListener('afterprint', () => setTimeout(() => frame.remove(), 1000), { once: true });
        win.focus();
        win.print();
        resolve();
      },
      { once: true },
    );
    frame.srcdoc = html;
    document.body.appendChild(frame);
  });
}

/** A shortlist's one-page brief as a PDF: Electron's printToPDF and save dialog, or the browser's print dialog. */
export async function printBrief(api: ApiClient, shortlist: number): Promise<SavedFile & { via: 'pdf' | 'print' }> {
  const brief = await api.call('export.briefHtml', { shortlist });
  if (api.transport === 'ipc') {
    const r = await api.call('shell.printToPdf', { suggestedName: brief.fileName, html: brief.html });
    return { ...r, via: 'pdf' };
  }
  await printHtml(brief.html, brief.fileName);
  return { saved: true, name: brief.fileName, via: 'print' };
}
