import { useEffect, useRef, useState } from 'react';
import type { ImportColumnDto, ImportPreview, ImportResult } from '../../../../shared/api/contract/imports';
import type { ChosenFile } from '../../../../shared/api/contract/shell';
import { ApiError } from '../../../../shared/api/errors';
import type { ImportKind } from '../../../../shared/domain';
import { errorMessage } from '../../api/client';
import { useApp } from '../../app/context';
import { useJob } from '../../app/useJob';
import { FileStep, type SourceChoice } from './FileStep';
import { guessKind } from './guessKind';
import { count, kindInfo, n } from './labels';
import { MappingStep } from './MappingStep';
import { Counts, IssueExamples } from './Outcome';
import { ProgressPanel } from './ProgressPanel';
import { ResultStep } from './ResultStep';

export type Step = 'file' | 'columns' | 'check' | 'run' | 'done';
const STEPS: { id: Step; label: string }[] = [
  { id: 'file', label: 'File' },
  { id: 'columns', label: 'Columns' },
  { id: 'check', label: 'Check' },
  { id: 'run', label: 'Import' },
];
const TITLES: Record<Step, string> = {
  file: 'Choose a spreadsheet',
  columns: 'Match the columns',
  check: 'Check the rows',
  run: 'Importing',
  done: 'Imported',
};
const order = (s: Step) => (s === 'done' ? 3 : STEPS.findIndex((x) => x.id === s));

/** The import, one step at a time on one page: file → columns → check (a dry run) → import → result. */
export function ImportWizard({ initialFile, onClose, onStep }: { initialFile: ChosenFile | null; onClose: () => void; onStep?: (s: Step) => void }) {
  const { api, fail, notify, refreshInfo } = useApp();
  const job = useJob();
  const [step, setStep] = useState<Step>('file');
  const [file, setFile] = useState<ChosenFile | null>(initialFile);
  const [kind, setKind] = useState<ImportKind | null>(null);
  const [kindGuessed, setKindGuessed] = useState(false);
  const [source, setSource] = useState<SourceChoice>('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [loading, setLoading] = useState(false);
  const [columns, setColumns] = useState<ImportColumnDto[]>([]);
  const [preset, setPreset] = useState('');
  const [check, setCheck] = useState<{ refusal: string | null; notes: string[] }>({ refusal: null, notes: [] });
  const [dry, setDry] = useState<ImportResult | null>(null);
  const [stopped, setStopped] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const edits = useRef(0);

  useEffect(() => {
    heading.current?.focus();
    onStep?.(step);
  }, [step, onStep]);

  const show = (p: ImportPreview) => {
    setPreview(p);
    setColumns(p.columns);
    setCheck({ refusal: p.refusal, notes: p.notes });
  };
  const load = async (f: ChosenFile, k: ImportKind | null, mapping?: string) => {
    setLoading(true);
    try {
      if (k) show(await api.call('import.preview', { fileId: f.fileId, kind: k, mapping }));
      else {
        const g = await guessKind(api, f.fileId);
        setKind(g.kind);
        setKindGuessed(true);
        show(g.preview);
      }
    } catch (e) {
      fail(e);
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => {
    if (initialFile) void load(initialFile, null);
    // Only the file the wizard was opened with; later files come through onFile.
  }, []);

  const mapping = () => Object.fromEntries(columns.map((c) => [c.header, c.target]));
  // A changed mapping is re-read by the core, so the refusal and notes stay true to it.
  useEffect(() => {
    if (!file || !kind || edits.current === 0) return;
    const t = setTimeout(() => {
      api.call('import.preview', { fileId: file.fileId, kind, mapping: mapping() }).then((p) => setCheck({ refusal: p.refusal, notes: p.notes }), fail);
    }, 250);
    return () => clearTimeout(t);
  }, [columns]);

  const onTarget = (index: number, target: string) => {
    edits.current++;
    setColumns((cs) => cs.map((c) => (c.index === index ? { ...c, target, confidence: 0 } : c)));
  };
  const onPreset = (name: string) => {
    setPreset(name);
    edits.current = 0;
    if (file && kind) void load(file, kind, name || undefined);
  };
  const onSavePreset = async (name: string) => {
    if (!kind) return;
    try {
      const saved = await api.call('import.presets.save', { name, kind, mapping: mapping() });
      setPreview((p) => (p ? { ...p, presets: [...p.presets.filter((x) => x.name !== saved.name), { id: saved.id, name: saved.name }] } : p));
      setPreset(saved.name);
      notify('success', `Mapping saved as “${saved.name}”.`);
    } catch (e) {
      fail(e);
    }
  };

  const runJob = async (dryRun: boolean) => {
    if (!file || !kind) return null;
    setStopped(null);
    setCancelling(false);
    try {
      return await job.run((jobId) => api.call('import.run', { fileId: file.fileId, kind, mapping: mapping(), dryRun, jobId, source: source || undefined }));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CANCELLED') setStopped(dryRun ? 'The check was cancelled.' : 'The import was cancelled; nothing was changed.');
      else if (e instanceof ApiError && e.code === 'IMPORT_REFUSED') setCheck((c) => ({ ...c, refusal: e.message }));
      else setStopped(errorMessage(e));
      return null;
    } finally {
      setCancelling(false);
    }
  };
  const startCheck = async () => {
    setDry(null);
    setStep('check');
    setDry(await runJob(true));
  };
  const startImport = async () => {
    setStep('run');
    const r = await runJob(false);
    if (!r) return setStep('check');
    setResult(r);
    setStep('done');
    notify('success', `Imported ${r.fileName}: ${count(r.created, 'new record')}${r.merged ? `, ${n(r.merged)} merged` : ''}${r.rejected ? `, ${count(r.rejected, 'row')} rejected` : ''}.`);
    void refreshInfo();
  };
  const cancel = () => {
    setCancelling(true);
    job.cancel();
  };
  const restart = () => {
    setStep('file');
    setFile(null);
    setKind(null);
    setKindGuessed(false);
    setPreview(null);
    setColumns([]);
    setPreset('');
    setDry(null);
    setResult(null);
    setStopped(null);
    edits.current = 0;
  };
  const busy = job.running || loading;
  const canGo = (s: Step) => !busy && step !== 'done' && order(s) < order(step);

  return (
    <section className="wizard" aria-labelledby="wizard-title">
      <ol className="stepper" aria-label="Import steps">
        {STEPS.map((s, i) => {
          const state = order(step) > i || step === 'done' ? 'done' : order(step) === i ? 'current' : 'todo';
          return (
            <li key={s.id} className={state} aria-current={state === 'current' ? 'step' : undefined}>
              <button className="step-button" disabled={!canGo(s.id)} onClick={() => setStep(s.id)}>
                <span className="step-num">{state === 'done' ? '✓' : i + 1}</span>
                {s.label}
              </button>
            </li>
          );
        })}
      </ol>
      <h2 id="wizard-title" ref={heading} tabIndex={-1} className="wizard-title">
        {TITLES[step]}
        {kind && step !== 'file' ? <span className="muted"> — {kindInfo(kind).label.toLowerCase()} from {file?.name}</span> : null}
      </h2>

      {step === 'file' && (
        <>
          <FileStep
            file={file}
            onFile={(f) => {
              setFile(f);
              edits.current = 0;
              setPreset('');
              void load(f, kindGuessed ? null : kind);
            }}
            kind={kind}
            kindGuessed={kindGuessed}
            onKind={(k) => {
              setKind(k);
              setKindGuessed(false);
              edits.current = 0;
              setPreset('');
              if (file) void load(file, k);
            }}
            source={source}
            onSource={setSource}
            preview={preview}
            loading={loading}
          />
          <div className="wizard-actions">
            <button onClick={onClose}>Cancel</button>
            <button className="primary" disabled={!file || !kind || !preview || loading || preview.headers.length === 0} onClick={() => setStep('columns')}>
              Next: match the columns
            </button>
          </div>
        </>
      )}

      {step === 'columns' && preview && (
        <>
          <MappingStep preview={preview} columns={columns} onTarget={onTarget} preset={preset} onPreset={onPreset} onSavePreset={onSavePreset} refusal={check.refusal} notes={check.notes} />
          <div className="wizard-actions sticky">
            <button onClick={() => setStep('file')}>Back</button>
            <button className="primary" disabled={!!check.refusal || loading} onClick={() => void startCheck()}>
              Next: check every row
            </button>
          </div>
        </>
      )}

      {step === 'check' && (
        <>
          {job.running && <ProgressPanel title="Reading every row as it would be imported; nothing is written yet." progress={job.progress} percent={job.percent} onCancel={cancel} cancelling={cancelling} dryRun estimated={preview ? !preview.exact : false} />}
          {!job.running && check.refusal && (
            <div className="refusal" role="alert">
              <strong>This file cannot be imported.</strong> {check.refusal}
            </div>
          )}
          {!job.running && stopped && <p className="stopped" role="status">{stopped}</p>}
          {!job.running && dry && !check.refusal && (
            <>
              <p className="result-lead">
                {dry.rejected === dry.rows
                  ? 'None of the rows can be imported as the columns are mapped. Nothing has been written.'
                  : 'Every row has been read: this is what importing would do. Nothing has been written yet.'}
              </p>
              <Counts r={dry} dry />
              <IssueExamples r={dry} />
            </>
          )}
          <div className="wizard-actions">
            <button disabled={job.running} onClick={() => setStep('columns')}>
              Back
            </button>
            {!job.running && !dry && !check.refusal && <button onClick={() => void startCheck()}>Check again</button>}
            <button className="primary" disabled={job.running || !dry || !!check.refusal || dry.rows === dry.rejected} onClick={() => void startImport()}>
              {dry ? `Import ${count(dry.rows - dry.rejected, 'row')}` : 'Import'}
            </button>
          </div>
        </>
      )}

      {step === 'run' && (
        <ProgressPanel title="Writing the rows in one go: if you cancel, nothing changes." progress={job.progress} percent={job.percent} onCancel={cancel} cancelling={cancelling} estimated={preview ? !preview.exact : false} />
      )}

      {step === 'done' && result && <ResultStep result={result} onAnother={restart} onClose={onClose} />}
    </section>
  );
}
