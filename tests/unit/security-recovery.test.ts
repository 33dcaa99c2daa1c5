import { describe, expect, it } from 'vitest';
import { QUIT_BUTTON, RESTORE_BUTTON, recoveryDialog } from '../../src/main/recovery';
import type { RecoveryAdvice } from '../../src/core/backup/recovery';

const latest = { id: 'workspace-2025-03-01T09-00-00-000Z-daily', fileName: 'x.sqlite', reason: 'daily', createdAt: '2025-03-01T09:00:00.000Z', size: 1 };

describe('the start-up recovery dialog', () => {
  it('offers Restore or Quit when there is a backup, Restore first', () => {
    const advice: RecoveryAdvice = { problem: 'The workspace file workspace.sqlite is damaged and cannot be read. Restore the latest backup to continue.', latest, hint: 'x' };
    const d = recoveryDialog(advice, '/home/me/.config/Bridgehire/workspace.sqlite');
    expect(d.buttons).toEqual(['Restore the latest backup', 'Quit']);
    expect([d.defaultId, d.cancelId]).toEqual([RESTORE_BUTTON, QUIT_BUTTON]);
    expect(d.message).toBe(advice.problem);
    expect(d.detail).toBe(
      'The latest automatic backup is from 2025-03-01 09:00 UTC. Restoring it puts the workspace back as it was then; the damaged file is kept beside it.\n\nWorkspace: /home/me/.config/Bridgehire/workspace.sqlite',
    );
  });

  it('only offers Quit when there is nothing to restore', () => {
    const d = recoveryDialog({ problem: 'This workspace was written by a newer version of Bridgehire.', latest: null, hint: null }, '/w.sqlite');
    expect(d.buttons).toEqual(['Quit']);
    expect(d.detail).toBe('Workspace: /w.sqlite');
  });
});
