import { useCallback, useEffect, useState } from 'react';
import type { BackupDto } from '../../../../shared/api/contract/backup';
import { useApp, useDataChanged } from '../../app/context';
import { formatDateTime } from '../../grid/format';
import { formatSize, reasonLabel } from './format';

const KEEP_CHOICES = [3, 5, 10, 20, 30, 60];

/** Backups beside the workspace: made daily and before updates, or now; restored with one confirmation. */
export function BackupsCard() {
  const { api, fail, notify, refreshInfo } = useApp();
  const [list, setList] = useState<{ backups: BackupDto[]; keep: number } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<BackupDto | null>(null);

  const load = useCallback(() => api.call('backup.list', {}).then(setList, fail), [api, fail]);
  useEffect(() => {
    void load();
  }, [load]);
  useDataChanged(['settings'], () => void load());

  const run = async (what: string, fn: () => Promise<void>) => {
    setBusy(what);
    try {
      await fn();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
      void load();
    }
  };

  const create = () =>
    run('create', async () => {
      const b = await api.call('backup.create', {});
      notify('success', `Backup made (${formatSize(b.size)}).`);
    });
  const restore = (b: BackupDto) =>
    run(b.id, async () => {
      const r = await api.call('backup.restore', { id: b.id });
      setConfirm(null);
      notify('success', `${r.message}${r.safetyCopy ? ' A copy of the workspace as it was is kept in the list.' : ''}`);
      await refreshInfo();
    });
  const setKeep = (keep: number) =>
    run('keep', async () => {
      await api.call('settings.update', { patch: { backupKeep: keep } });
    });

  return (
    <section className="card settings-card" aria-labelledby="backups-title">
      <div className="settings-card-head">
        <div>
          <h2 id="backups-title">Backups</h2>
          <p>A copy of the workspace is made every day you use Bridgehire and before every update, in a “backups” folder beside it.</p>
        </div>
        <button type="button" className="primary" onClick={() => void create()} disabled={busy !== null}>
          {busy === 'create' ? 'Backing up…' : 'Back up now'}
        </button>
      </div>
      <label className="inline-field">
        <span>Keep the newest</span>
        <select value={list?.keep ?? 10} disabled={busy !== null || !list} onChange={(e) => void setKeep(Number(e.target.value))} aria-label="Backups to keep">
          {[...new Set([...KEEP_CHOICES, list?.keep ?? 10])].sort((a, b) => a - b).map((n) => (
            <option key={n} value={n}>
              {n} backups
            </option>
          ))}
        </select>
      </label>
      {!list ? (
        <p className="muted" role="status">
          Loading…
        </p>
      ) : list.backups.length === 0 ? (
        <p className="muted">No backups yet. The first one is made automatically tomorrow, or now with “Back up now”.</p>
      ) : (
        <table className="settings-table">
          <thead>
            <tr>
              <th scope="col">Made</th>
              <th scope="col">Why</th>
              <th scope="col" className="num">
                Size
              </th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.backups.map((b) => (
              <tr key={b.id}>
                <td>{formatDateTime(b.createdAt)}</td>
                <td>{reasonLabel(b.reason)}</td>
                <td className="num">{formatSize(b.size)}</td>
                <td className="actions">
                  {confirm?.id === b.id ? (
                    <span className="confirm-inline" role="alertdialog" aria-label="Confirm restore">
                      Go back to this backup? Changes made since are replaced; a copy of now is kept first.{' '}
                      <button type="button" className="danger-solid small-button" onClick={() => void restore(b)} disabled={busy !== null} autoFocus>
                        {busy === b.id ? 'Restoring…' : 'Restore'}
                      </button>{' '}
                      <button type="button" className="small-button" onClick={() => setConfirm(null)} disabled={busy !== null}>
                        Cancel
                      </button>
                    </span>
                  ) : (
                    <button type="button" className="small-button" onClick={() => setConfirm(b)} disabled={busy !== null}>
                      Restore…
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
