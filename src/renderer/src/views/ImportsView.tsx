import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportBatchDto } from '../../../shared/api/contract/imports';
import type { ChosenFile } from '../../../shared/api/contract/shell';
import { useApp, useDataChanged } from '../app/context';
import { navigate } from '../app/routes';
import { EmptyState } from '../components/EmptyState';
import { BatchList } from './imports/BatchList';
import { hasFiles, IntakeStatus, useFileIntake } from './imports/FilePicker';
import { ImportWizard, type Step } from './imports/ImportWizard';
import { count } from './imports/labels';
import type { ViewProps } from '.';

/**
 * Imports: every spreadsheet brought in (with its issues and undo), and the import wizard.
 * A file dropped anywhere on the view starts the wizard with it; #/imports/new opens it empty.
 */
export function ImportsView({ param }: ViewProps) {
  const { api, fail } = useApp();
  const [batches, setBatches] = useState<ImportBatchDto[] | null>(null);
  const [dropped, setDropped] = useState<ChosenFile | null>(null);
  const [wizardStep, setWizardStep] = useState<Step>('file');
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  const open = param === 'new';

  const load = useCallback(() => api.call('import.list', {}).then(setBatches, fail), [api, fail]);
  useEffect(() => {
    void load();
  }, [load]);
  useDataChanged(['imports'], () => void load());

  const intake = useFileIntake((f) => {
    setDropped(f);
    navigate('imports', 'new');
  });
  // A drop restarts the wizard with the new file, unless an import is under way.
  const accepting = !open || wizardStep === 'file' || wizardStep === 'done';

  return (
    <section
      className="view imports-view"
      onDragEnter={(e) => {
        if (!hasFiles(e) || !accepting) return;
        depth.current++;
        setDragging(true);
      }}
      onDragOver={(e) => {
        if (hasFiles(e) && accepting) e.preventDefault();
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      }}
      onDrop={(e) => {
        depth.current = 0;
        setDragging(false);
        if (!hasFiles(e) || !accepting) return;
        e.preventDefault();
        const f = e.dataTransfer.files[0];
        if (f) void intake.take(f);
      }}
    >
      <header className="view-header">
        <div>
          <h1>Imports</h1>
          <p className="muted">
            {batches == null ? 'Loading…' : batches.length ? `${count(batches.length, 'spreadsheet')} imported. Drop a file anywhere here to import another.` : 'Bring in candidates, former employees, open roles and layoff data from spreadsheets.'}
          </p>
        </div>
        {!open && (
          <button className="primary big" onClick={() => navigate('imports', 'new')}>
            Import a spreadsheet
          </button>
        )}
      </header>
      <IntakeStatus intake={intake} />
      <div className="imports-body">
        {open ? (
          <ImportWizard
            key={dropped?.fileId ?? 'empty'}
            initialFile={dropped}
            onStep={setWizardStep}
            onClose={() => {
              setDropped(null);
              navigate('imports');
            }}
          />
        ) : batches && batches.length === 0 ? (
          <EmptyState
            title="No imports yet"
            actions={
              <button className="primary" onClick={() => navigate('imports', 'new')}>
                Import a spreadsheet
              </button>
            }
          >
            Drop a CSV or TSV file here, or choose one: an alumni or HRIS export, a laid-off-talent list, an ATS export, your open requisitions or layoff-tracker data.
            Any header names, encodings and delimiters.
          </EmptyState>
        ) : (
          batches && <BatchList batches={batches} onChanged={() => void load()} />
        )}
      </div>
      {dragging && (
        <div className="drop-overlay" aria-hidden>
          <div>Drop the file to import it</div>
        </div>
      )}
    </section>
  );
}
