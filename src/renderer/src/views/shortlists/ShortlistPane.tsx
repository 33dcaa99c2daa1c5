import { useCallback, useEffect, useRef, useState } from 'react';
import type { ShortlistDetail, ShortlistEntry } from '../../../../shared/api/contract/shortlists';
import type { ShortlistFormat } from '../../../../shared/api/contract/export';
import type { Stage } from '../../../../shared/domain';
import { ApiError } from '../../../../shared/api/errors';
import { useApp, useDataChanged } from '../../app/context';
import { navigate } from '../../app/routes';
import { plural } from '../../grid/format';
import { ExportMenu } from '../../components/ExportMenu';
import { exportGrid } from '../../export/exportGrid';
import { printBrief } from '../../export/printBrief';
import { saveExport } from '../../export/saveExport';
import { PersonPanel } from '../PersonPanel';
import { ShortlistGrid, type ShortlistGridHandle } from './ShortlistGrid';
import { RenameForm } from './RenameForm';

/** One shortlist: its people in the manager's order, editable, re-orderable and exportable. */
export function ShortlistPane({ id, onDeleted }: { id: number; onDeleted: () => void }) {
  const { api, notify, fail } = useApp();
  const [list, setList] = useState<ShortlistDetail | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const [renaming, setRenaming] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const grid = useRef<ShortlistGridHandle>(null);
  // Once deleted here, the change event that follows must not ask for the list again.
  const gone = useRef(false);
  const deletedRef = useRef(onDeleted);
  deletedRef.current = onDeleted;

  const load = useCallback(() => {
    if (gone.current) return Promise.resolve();
    return api.call('shortlists.get', { shortlist: id }).then(setList, (e) => {
      // Deleted elsewhere (another window, the command line): leave quietly.
      if (e instanceof ApiError && e.code === 'NOT_FOUND') {
        gone.current = true;
        deletedRef.current();
      } else fail(e);
    });
  }, [api, id, fail]);
  useEffect(() => {
    setList(null);
    setRenaming(false);
    setConfirmDelete(false);
    void load();
  }, [load]);
  useDataChanged(['shortlists', 'matches', 'people'], () => void load());

  const reorder = (personIds: number[]) =>
    api.call('shortlists.reorder', { shortlist: id, personIds }).then(setList, (e) => {
      fail(e);
      void load();
    });
  const remove = (e: ShortlistEntry) =>
    api.call('shortlists.removeEntry', { shortlist: id, personId: e.personId }).then((d) => {
      setList(d);
      notify('success', `${e.name} was taken off the shortlist.`);
    }, fail);
  const edit = (e: ShortlistEntry, patch: { stage?: Stage; note?: string }) =>
    api.call('shortlists.updateEntry', { shortlist: id, personId: e.personId, ...patch }).then(
      (x) => setList((l) => (l ? { ...l, entries: l.entries.map((y) => (y.personId === x.personId ? x : y)) } : l)),
      (err) => {
        fail(err);
        void load();
      },
    );

  const exportAs = (format: ShortlistFormat) => async () => {
    try {
      const f = await api.call('export.shortlist', { shortlist: id, format });
      const r = await saveExport(api, f);
      if (r.saved) notify('success', `Exported ${plural(f.rows, 'person', 'people')} to ${r.name}.`);
    } catch (e) {
      fail(e);
    }
  };
  const exportBrief = async () => {
    try {
      const r = await printBrief(api, id);
      if (r.via === 'print') notify('info', 'To keep a PDF, choose “Save as PDF” in the print dialog.');
      else if (r.saved) notify('success', `Saved the brief as ${r.name}.`);
    } catch (e) {
      fail(e);
    }
  };
  const exportShown = async () => {
    const g = grid.current?.api();
    if (!g || !list) return;
    try {
      const r = await exportGrid(api, g, { grid: 'shortlist', shortlist: id, title: list.name });
      if (r.saved) notify('success', `Exported ${plural(r.rows, 'row')} to ${r.name}.`);
    } catch (e) {
      fail(e);
    }
  };

  const doDelete = () => {
    gone.current = true;
    return api.call('shortlists.delete', { shortlist: id }).then(
      () => {
        notify('success', `Deleted “${list?.name}”. The people stay in the workspace.`);
        onDeleted();
      },
      (e) => {
        gone.current = false;
        fail(e);
      },
    );
  };

  if (!list) return <div className="loading" role="status">Opening the shortlist…</div>;
  const changed = list.entries.filter((e) => e.scoreChanged).length;
  return (
    <section className="sl-pane" aria-label={`Shortlist ${list.name}`}>
      <header className="sl-pane-header">
        <div>
          {renaming ? (
            <RenameForm
              name={list.name}
              onCancel={() => setRenaming(false)}
              onSave={(name) =>
                api.call('shortlists.rename', { shortlist: id, name }).then((s) => {
                  setList((l) => (l ? { ...l, name: s.name } : l));
                  setRenaming(false);
                }, fail)
              }
            />
          ) : (
            <h2 className="sl-title">{list.name}</h2>
          )}
          <p className="muted">
            {list.reqId ? (
              <>
                <strong>{list.reqId}</strong> · {list.roleTitle}
              </>
            ) : (
              'The role of this shortlist is no longer in the workspace.'
            )}{' '}
            · {plural(list.size, 'person', 'people')}
            {changed > 0 && <span className="sl-changed"> · {plural(changed, 'score')} changed since added</span>}
          </p>
        </div>
        <div className="toolbar">
          {list.roleId !== null && (
            <button type="button" onClick={() => navigate('matches', list.roleId)} title="Add people from the role's matches">
              Add from Matches
            </button>
          )}
          <ExportMenu
            disabled={list.size === 0}
            items={[
              { label: 'CSV with explanations', hint: 'Scores, their parts, matched / partial / missing skills', run: exportAs('csv') },
              { label: 'Greenhouse import (CSV)', hint: 'First Name, Last Name, Email… for bulk import', run: exportAs('greenhouse') },
              { label: 'Lever import (CSV)', hint: 'Full Name, Email, Links, Tags, Origin…', run: exportAs('lever') },
              { label: 'One-page brief (PDF)', hint: 'For the hiring meeting', run: exportBrief },
              { label: 'This grid as shown (CSV)', hint: 'Visible columns, sort and filters', run: exportShown },
            ]}
          />
          {!renaming && (
            <button type="button" onClick={() => setRenaming(true)}>
              Rename
            </button>
          )}
          {confirmDelete ? (
            <span className="sl-confirm" role="group" aria-label="Confirm deletion">
              Delete this shortlist?{' '}
              <button type="button" className="danger" onClick={() => void doDelete()}>
                Delete
              </button>{' '}
              <button type="button" onClick={() => setConfirmDelete(false)}>
                Keep
              </button>
            </span>
          ) : (
            <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
              Delete
            </button>
          )}
        </div>
      </header>
      <div className="sl-pane-body">
        {list.size === 0 ? (
          <div className="empty-state">
            <h2>No one on this shortlist yet</h2>
            <p>Choose people in the Matches, Rehire or Candidates grid and use “Add to shortlist”.</p>
          </div>
        ) : (
          <ShortlistGrid ref={grid} entries={list.entries} onOpen={(e) => setOpenId(e.personId)} onReorder={(ids) => void reorder(ids)} onRemove={(e) => void remove(e)} onEdit={(e, p) => void edit(e, p)} />
        )}
        {openId != null && <PersonPanel id={openId} onClose={() => setOpenId(null)} />}
      </div>
    </section>
  );
}
