import { useEffect, useState } from 'react';
import type { ImportBatchDto } from '../../../../shared/api/contract/imports';
import type { ImportIssue } from '../../../../shared/domain';
import { useApp } from '../../app/context';
import { IssuesGrid } from './IssuesGrid';
import { count, kindInfo, n, when } from './labels';
import { saveIssuesCsv } from './saveCsv';

/** Every import, newest first: its counts, its issues, and undo behind a confirmation. */
export function BatchList({ batches, onChanged }: { batches: ImportBatchDto[]; onChanged: () => void }) {
  const [openIssues, setOpenIssues] = useState<number | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  return (
    <table className="batches">
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col">Holds</th>
          <th scope="col">Imported</th>
          <th scope="col" className="num">
            Rows
          </th>
          <th scope="col" className="num">
            New
          </th>
          <th scope="col" className="num">
            Merged
          </th>
          <th scope="col" className="num">
            Rejected
          </th>
          <th scope="col" className="num">
            Warnings
          </th>
          <th scope="col">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      {batches.map((b) => (
        <tbody key={b.id} className={b.status === 'undone' ? 'undone' : ''}>
          <tr>
            <th scope="row" className="file">
              {b.fileName}
              <span className="file-meta">
                #{b.id}
                {b.encoding ? ` · ${b.encoding}` : ''}
              </span>
            </th>
            <td className="nowrap">{kindInfo(b.kind).label}</td>
            <td className="nowrap">{when(b.startedAt)}</td>
            <td className="num">{n(b.rows)}</td>
            <td className="num">{n(b.created)}</td>
            <td className="num">{n(b.merged)}</td>
            <td className={`num${b.rejected ? ' bad' : ''}`}>{n(b.rejected)}</td>
            <td className={`num${b.warnings ? ' warn' : ''}`}>{n(b.warnings)}</td>
            <td className="actions">
              {b.status === 'undone' ? (
                <span className="badge badge-neutral">Undone</span>
              ) : (
                <>
                  <button aria-expanded={openIssues === b.id} onClick={() => setOpenIssues(openIssues === b.id ? null : b.id)}>
                    {openIssues === b.id ? 'Hide issues' : 'Issues'}
                  </button>
                  <button className="danger" aria-expanded={confirming === b.id} onClick={() => setConfirming(b.id)}>
                    Undo…
                  </button>
                </>
              )}
            </td>
          </tr>
          {confirming === b.id && (
            <tr className="batch-detail">
              <td colSpan={9}>
                <UndoConfirm
                  batch={b}
                  onDone={() => {
                    setConfirming(null);
                    onChanged();
                  }}
                  onKeep={() => setConfirming(null)}
                />
              </td>
            </tr>
          )}
          {openIssues === b.id && (
            <tr className="batch-detail">
              <td colSpan={9}>
                <BatchIssues batch={b} />
              </td>
            </tr>
          )}
        </tbody>
      ))}
    </table>
  );
}

function UndoConfirm({ batch, onDone, onKeep }: { batch: ImportBatchDto; onDone: () => void; onKeep: () => void }) {
  const { api, fail, notify, refreshInfo } = useApp();
  const [busy, setBusy] = useState(false);
  const what = kindInfo(batch.kind).what;
  const undo = async () => {
    setBusy(true);
    try {
      const r = await api.call('import.undo', { batchId: batch.id });
      notify('success', `Import #${r.batchId} undone: ${count(r.removed, 'record')} removed, ${count(r.restored, 'record')} restored.`);
      void refreshInfo();
      onDone();
    } catch (e) {
      fail(e);
      setBusy(false);
    }
  };
  return (
    <div className="confirm" role="alertdialog" aria-labelledby={`undo-${batch.id}`} aria-describedby={`undo-${batch.id}-d`}>
      <p id={`undo-${batch.id}`}>
        <strong>Undo the import of {batch.fileName}?</strong>
      </p>
      <p id={`undo-${batch.id}-d`} className="muted">
        The {n(batch.created)} {what} it added are removed.
        {batch.merged > 0 && ` ${count(batch.merged, 'record')} it merged into ${batch.merged === 1 ? 'goes back to how it was' : 'go back to how they were'} before it.`}
      </p>
      <div className="confirm-actions">
        {/* Keep is first and focused: the safe choice is the default one. */}
        <button autoFocus onClick={onKeep} disabled={busy}>
          Keep the import
        </button>
        <button className="danger-solid" onClick={() => void undo()} disabled={busy}>
          {busy ? 'Undoing…' : 'Undo this import'}
        </button>
      </div>
    </div>
  );
}

function BatchIssues({ batch }: { batch: ImportBatchDto }) {
  const { api, fail, notify } = useApp();
  const [issues, setIssues] = useState<ImportIssue[] | null>(null);
  const [total, setTotal] = useState(0);
  useEffect(() => {
    api.call('import.issues', { batchId: batch.id, limit: 100000 }).then((r) => {
      setIssues(r.rows);
      setTotal(r.total);
    }, fail);
  }, [api, fail, batch.id]);
  const save = async () => {
    try {
      const name = await saveIssuesCsv(api, batch.id);
      if (name) notify('success', `Issues saved as ${name}.`);
    } catch (e) {
      fail(e);
    }
  };
  if (!issues) return <p className="muted">Loading the issues…</p>;
  if (!issues.length) return <p className="all-clear">No problems were found in this file.</p>;
  return (
    <div className="batch-issues">
      <div className="issues-head">
        <span>{count(total, 'issue')}</span>
        <button onClick={() => void save()}>Save issues as CSV…</button>
      </div>
      <IssuesGrid issues={issues} height={280} />
    </div>
  );
}
