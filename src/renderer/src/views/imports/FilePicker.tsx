import { useRef, useState, type DragEvent } from 'react';
import type { ChosenFile } from '../../../../shared/api/contract/shell';
import { errorMessage } from '../../api/client';
import { useApp } from '../../app/context';
import { bytes } from './labels';

export const ACCEPT = '.csv,.tsv,.txt,.tab,text/csv,text/tab-separated-values,text/plain';

/** A file dropped or picked in the page, sent to the core (browser mode) so it can be previewed by id. */
export function useFileIntake(onChosen: (f: ChosenFile) => void) {
  const { api } = useApp();
  const [sending, setSending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const take = async (file: File) => {
    setError(null);
    setSending(`Reading ${file.name} (${bytes(file.size)})…`);
    try {
      onChosen(await api.upload(file));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSending(null);
    }
  };
  const choose = async () => {
    setError(null);
    try {
      const f = await api.call('shell.chooseFile', { purpose: 'import' });
      if (f) onChosen(f);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return { take, choose, sending, error, native: api.transport === 'ipc' };
}

/** What a file intake is doing: the file being read, or why it could not be. */
export function IntakeStatus({ intake }: { intake: Pick<ReturnType<typeof useFileIntake>, 'sending' | 'error'> }) {
  return (
    <>
      {intake.sending && (
        <p className="muted" role="status">
          {intake.sending}
        </p>
      )}
      {intake.error && (
        <p className="form-error" role="alert">
          {intake.error}
        </p>
      )}
    </>
  );
}

/** True when a drag carries files (not text or a link). */
export const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/**
 * The drop zone and the "Choose file…" button. In the desktop app the button opens the system
 * dialog; in a browser it opens the page's own file input (which tests can fill too).
 */
export function FilePicker({ chosen, onChosen }: { chosen: ChosenFile | null; onChosen: (f: ChosenFile) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const intake = useFileIntake(onChosen);
  return (
    <div
      className={`dropzone${over ? ' over' : ''}${chosen ? ' has-file' : ''}`}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.stopPropagation();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.stopPropagation();
        setOver(false);
        const f = e.dataTransfer.files[0];
        if (f) void intake.take(f);
      }}
    >
      {chosen ? (
        <p className="dropzone-file">
          <span className="file-icon" aria-hidden>
            ▤
          </span>
          <strong>{chosen.name}</strong> <span className="muted">{bytes(chosen.size)}</span>
        </p>
      ) : (
        <p className="dropzone-hint">Drop a CSV or TSV file here</p>
      )}
      <button type="button" className={chosen ? '' : 'primary'} disabled={!!intake.sending} onClick={() => (intake.native ? void intake.choose() : input.current?.click())}>
        {chosen ? 'Choose another file…' : 'Choose file…'}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        className="sr-only"
        tabIndex={-1}
        aria-label="Spreadsheet file"
        data-testid="import-file-input"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void intake.take(f);
        }}
      />
      <IntakeStatus intake={intake} />
    </div>
  );
}
