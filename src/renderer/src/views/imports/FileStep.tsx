import type { ImportPreview } from '../../../../shared/api/contract/imports';
import type { ChosenFile } from '../../../../shared/api/contract/shell';
import type { ImportKind } from '../../../../shared/domain';
import { FilePicker } from './FilePicker';
import { KINDS, SOURCES, count, kindInfo, n } from './labels';

export type SourceChoice = (typeof SOURCES)[number]['value'];

export interface FileStepProps {
  file: ChosenFile | null;
  onFile: (f: ChosenFile) => void;
  kind: ImportKind | null;
  kindGuessed: boolean;
  onKind: (k: ImportKind) => void;
  source: SourceChoice;
  onSource: (s: SourceChoice) => void;
  preview: ImportPreview | null;
  loading: boolean;
}

/** Step 1: the file (dropped or chosen) and what it holds. */
export function FileStep(p: FileStepProps) {
  const mapped = p.preview ? p.preview.columns.filter((c) => !['extra', 'ignore', 'protected'].includes(c.target)).length : 0;
  return (
    <div className="file-step">
      <FilePicker chosen={p.file} onChosen={p.onFile} />
      <fieldset className="kinds">
        <legend>What does the file hold?</legend>
        {KINDS.map((k) => (
          <label key={k.kind} className={`kind-card${p.kind === k.kind ? ' chosen' : ''}`}>
            <input type="radio" name="import-kind" value={k.kind} checked={p.kind === k.kind} onChange={() => p.onKind(k.kind)} />
            <span className="kind-label">{k.label}</span>
            <span className="kind-hint">{k.hint}</span>
          </label>
        ))}
      </fieldset>
      {p.kind === 'candidates' && (
        <label className="field source-field">
          <span>Where do these people come from?</span>
          <select value={p.source} onChange={(e) => p.onSource(e.target.value as SourceChoice)}>
            {SOURCES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="file-verdict" aria-live="polite">
        {p.loading && <p className="muted">Reading the file…</p>}
        {!p.loading && p.preview && p.kind && (
          <p>
            {p.kindGuessed && !p.preview.refusal ? `This looks like ${withArticle(kindInfo(p.kind).label.toLowerCase())} file: ` : ''}
            {p.preview.refusal ? null : `${p.preview.exact ? '' : 'about '}${count(p.preview.estimatedRows, 'row')}, ${n(mapped)} of ${count(p.preview.columns.length, 'column')} recognised.`}
          </p>
        )}
        {!p.loading && p.preview?.refusal && (
          <div className="refusal" role="alert">
            <strong>This file cannot be imported as {p.kind ? kindInfo(p.kind).label.toLowerCase() : 'it is'}.</strong> {p.preview.refusal}
            {p.preview.headers.length > 0 && ' Choose another kind, or tell Bridgehire which column is which on the next step.'}
          </div>
        )}
      </div>
    </div>
  );
}

/** "an open roles", "a candidates". */
function withArticle(words: string): string {
  return `${/^[aeiou]/i.test(words) ? 'an' : 'a'} ${words}`;
}
