import { z } from 'zod';
import { method, returns } from '../define';

export interface ChosenFile {
  fileId: string;
  name: string;
  size: number;
}

// Things only a desktop shell can do: native dialogs and the system browser. The core answers
// them with UNAVAILABLE; the Electron main process handles them before the gate. Paths never
// travel to the renderer: a chosen file comes back as an opaque id, a save goes where the user chose.
export const shellContract = {
  'shell.chooseFile': method({
    args: z.object({ purpose: z.enum(['import']) }),
    result: returns<ChosenFile | null>(),
    doc: 'Opens the system file dialog for a spreadsheet; null when the user cancels.',
  }),
  'shell.saveFile': method({
    args: z.object({
      suggestedName: z.string().min(1).max(200).regex(/^[^/\\:*?"<>|]+$/, 'a file name without folders'),
      content: z.string().max(256 * 1024 * 1024),
      kind: z.enum(['csv', 'json', 'txt']),
    }),
    result: returns<{ saved: boolean; name: string | null }>(),
    doc: 'Asks where to save, then writes the content there.',
  }),
  'shell.printToPdf': method({
    args: z.object({ suggestedName: z.string().min(1).max(200).regex(/^[^/\\:*?"<>|]+$/, 'a file name without folders'), html: z.string().max(20 * 1024 * 1024) }),
    result: returns<{ saved: boolean; name: string | null }>(),
    doc: 'Renders a printable page to PDF through Electron and saves it where the user chooses.',
  }),
  'shell.openExternal': method({
    args: z.object({ url: z.string().max(2000) }),
    result: returns<{ opened: boolean }>(),
    doc: 'Opens an http(s) link in the system browser.',
  }),
};
