import { ApiError } from '../../shared/api/errors';
import type { HandlerGroup } from '../gate';

const desktopOnly = (what: string) => () => {
  throw new ApiError('UNAVAILABLE', `${what} is only available in the desktop app; in the browser, use the page's own controls.`);
};

/** Shell-only methods: the Electron main process answers these itself; elsewhere they are refused. */
export const shellHandlers: HandlerGroup<'shell.chooseFile' | 'shell.saveFile' | 'shell.printToPdf' | 'shell.openExternal'> = {
  'shell.chooseFile': desktopOnly('Choosing a file with the system dialog'),
  'shell.saveFile': desktopOnly('Saving with the system dialog'),
  'shell.printToPdf': desktopOnly('Saving a PDF'),
  'shell.openExternal': desktopOnly('Opening links in the system browser'),
};
