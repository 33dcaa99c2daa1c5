import type { Command } from '../command';
import { parseWords, usageError } from '../command';
import { table } from '../render';
import { listBackups } from '../../core/backup/files';
import { restoreOffline } from '../../core/backup/restore';

const USAGE = 'backup create | backup list | backup restore ID|--latest';

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The id `restore` was given: a backup id, or 'latest' for --latest. */
function restoreTarget(positional: string[], flags: Record<string, string | boolean>): string {
  const id = flags.latest ? 'latest' : positional[1];
  if (!id || (flags.latest && positional[1])) throw usageError(`Say which backup to restore: an ID from "bridgehire backup list", or --latest. Usage: ${USAGE}`);
  return id;
}

export const backupCommand: Command = {
  name: 'backup',
  usage: 'backup create|list|restore [ID|--latest]',
  summary: 'Make, list and restore backups of the workspace.',
  async run(core, argv) {
    const { flags, positional } = parseWords(argv, { latest: 'boolean' });
    const sub = positional[0];
    if (sub === 'create') {
      const b = await core.invoke('backup.create', {});
      return { data: b, text: `Backup ${b.id} written (${sizeText(b.size)}).` };
    }
    if (sub === 'list') {
      const { backups } = await core.invoke('backup.list', {});
      return { data: backups, text: table(backups.map((b) => ({ ...b, size: sizeText(b.size) })), ['id', 'reason', 'createdAt', 'size']) };
    }
    if (sub === 'restore') {
      const r = await core.invoke('backup.restore', { id: restoreTarget(positional, flags) });
      return { data: r, text: `${r.message}${r.safetyCopy ? ` The workspace as it was is kept as backup ${r.safetyCopy.id}.` : ''}` };
    }
    throw usageError(`Usage: ${USAGE}`);
  },
  // The workspace would not open (damaged): list and restore still work, from the files alone.
  async offline(dbPath, argv) {
    const { flags, positional } = parseWords(argv, { latest: 'boolean' });
    if (positional[0] === 'list') {
      const backups = listBackups(dbPath).map((b) => ({ id: b.id, reason: b.reason, createdAt: b.createdAt, size: b.size }));
      return { data: backups, text: table(backups.map((b) => ({ ...b, size: sizeText(b.size) })), ['id', 'reason', 'createdAt', 'size']) };
    }
    if (positional[0] !== 'restore') return null;
    const r = await restoreOffline(dbPath, restoreTarget(positional, flags), { actor: 'cli' });
    const data = { restored: r.restored, damagedCopy: r.damagedCopy, message: r.message };
    return { data, text: `${r.message}${r.damagedCopy ? ` The damaged file was kept as ${r.damagedCopy}.` : ''}` };
  },
};
