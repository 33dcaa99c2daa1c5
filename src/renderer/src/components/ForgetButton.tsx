import { useState } from 'react';
import { useApp } from '../app/context';
import type { ApiClient } from '../api/client';

/** Saves the export with the desktop's dialog, or as a download in the browser. */
async function saveJson(api: ApiClient, fileName: string, content: string): Promise<string | null> {
  if (api.transport === 'ipc') {
    const r = await api.call('shell.saveFile', { suggestedName: fileName, content, kind: 'json' });
    return r.saved ? r.name : null;
  }
  const url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return fileName;
}

/**
 * The person's own data rights, at the foot of the person panel: export everything held about
 * them (a subject access request) and erase them. Erasing asks once, in words, before it acts.
 */
export function ForgetButton({ personId, name, onErased }: { personId: number; name: string; onErased: () => void }) {
  const { api, fail, notify } = useApp();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const exportData = async () => {
    setBusy(true);
    try {
      const file = await api.call('people.exportData', { id: personId });
      const saved = await saveJson(api, file.fileName, file.content);
      if (saved) notify('success', `Everything held about ${name} was saved as ${saved}.`);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const erase = async () => {
    setBusy(true);
    try {
      const r = await api.call('people.forget', { id: personId });
      notify('success', r.message);
      onErased();
    } catch (e) {
      fail(e);
      setBusy(false);
    }
  };

  return (
    <section className="privacy-actions" aria-label="Their data">
      <h3>Their data</h3>
      {!confirming ? (
        <div className="privacy-buttons">
          <button type="button" onClick={() => void exportData()} disabled={busy}>
            Export their data
          </button>
          <button type="button" className="danger" onClick={() => setConfirming(true)} disabled={busy}>
            Erase this person…
          </button>
        </div>
      ) : (
        <div className="confirm-box" role="alertdialog" aria-labelledby={`erase-${personId}`}>
          <p id={`erase-${personId}`}>
            <strong>Erase {name}?</strong> Their record, skills, employment history, notes, shortlist entries and the imported rows that carried them are removed for good.
            A later import will skip them unless you allow it in Settings. This cannot be undone.
          </p>
          <div className="privacy-buttons">
            <button type="button" className="danger-solid" onClick={() => void erase()} disabled={busy} autoFocus>
              {busy ? 'Erasing…' : 'Erase'}
            </button>
            <button type="button" onClick={() => setConfirming(false)} disabled={busy}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
