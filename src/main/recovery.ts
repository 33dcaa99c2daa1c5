import type { MessageBoxSyncOptions } from 'electron';
import type { RecoveryAdvice } from '../core/backup/recovery';

// What the desktop app says when its workspace will not open: the problem in a sentence and,
// when there is a backup to go back to, a choice of Restore or Quit. Pure, so tests pin it.

export const RESTORE_BUTTON = 0;
export const QUIT_BUTTON = 1;

export function recoveryDialog(advice: RecoveryAdvice, workspace: string): MessageBoxSyncOptions {
  if (!advice.latest) {
    return {
      type: 'error',
      title: 'Bridgehire cannot open its workspace',
      message: advice.problem,
      detail: `${advice.hint ?? ''}\n\nWorkspace: ${workspace}`.trim(),
      buttons: ['Quit'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    };
  }
  const when = advice.latest.createdAt.slice(0, 16).replace('T', ' ');
  return {
    type: 'error',
    title: 'Bridgehire cannot open its workspace',
    message: advice.problem,
    detail: `The latest automatic backup is from ${when} UTC. Restoring it puts the workspace back as it was then; the damaged file is kept beside it.\n\nWorkspace: ${workspace}`,
    buttons: ['Restore the latest backup', 'Quit'],
    defaultId: RESTORE_BUTTON,
    cancelId: QUIT_BUTTON,
    noLink: true,
  };
}
