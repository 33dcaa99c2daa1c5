import { useState } from 'react';
import type { ImportColumnDto, ImportPreview } from '../../../../shared/api/contract/imports';
import { DELIMITERS, SPECIAL_TARGETS, confidenceLabel, n } from './labels';

export interface MappingStepProps {
  preview: ImportPreview;
  columns: ImportColumnDto[];
  onTarget: (index: number, target: string) => void;
  /** '' for the automatic mapping, or a preset's name. */
  preset: string;
  onPreset: (name: string) => void;
  onSavePreset: (name: string) => Promise<void>;
  /** Why the file cannot be imported with this mapping, from the latest preview. */
  refusal: string | null;
  notes: string[];
}

const PREVIEW_ROWS = 6;

/** Each column: what it holds (samples), where it goes (a field, extra, left out), how sure we are. */
export function MappingStep(p: MappingStepProps) {
  const { preview, columns } = p;
  const [presetName, setPresetName] = useState('');
  const [saving, setSaving] = useState(false);
  const fieldLabel = (t: string) => preview.fields.find((f) => f.name === t)?.label ?? SPECIAL_TARGETS[t] ?? t;
  const mapped = columns.filter((c) => c.target !== 'extra' && c.target !== 'ignore' && c.target !== 'protected').length;
  const save = async () => {
    setSaving(true);
    try {
      await p.onSavePreset(presetName.trim());
      setPresetName('');
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className="mapping">
      <p className="file-facts">
        <strong>{preview.fileName}</strong> reads as {preview.encoding || 'text'}, {DELIMITERS[preview.delimiter] ?? preview.delimiter}, with{' '}
        {preview.exact ? '' : 'about '}
        {n(preview.estimatedRows)} {preview.estimatedRows === 1 ? 'row' : 'rows'}. {n(mapped)} of {n(columns.length)} columns are mapped to fields.
      </p>
      {p.notes.length > 0 && (
        <ul className="notes">
          {p.notes.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}
      {p.refusal && (
        <div className="refusal" role="alert">
          <strong>This file cannot be imported as it is mapped.</strong> {p.refusal}
        </div>
      )}

      <div className="preset-bar">
        <label>
          <span>Mapping</span>
          <select value={p.preset} onChange={(e) => p.onPreset(e.target.value)} aria-label="Saved mapping">
            <option value="">{preview.mappingSource === 'remembered' ? 'As last time for these columns' : 'Automatic, from the headers and values'}</option>
            {preview.presets.map((x) => (
              <option key={x.id} value={x.name}>
                Saved: {x.name}
              </option>
            ))}
          </select>
        </label>
        <form
          className="preset-save"
          onSubmit={(e) => {
            e.preventDefault();
            if (presetName.trim()) void save();
          }}
        >
          <input value={presetName} onChange={(e) => setPresetName(e.target.value)} placeholder="A name, e.g. Greenhouse export" aria-label="Preset name" maxLength={100} />
          <button type="submit" disabled={!presetName.trim() || saving}>
            Save as preset
          </button>
        </form>
      </div>

      <table className="mapping-table">
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">First values</th>
            <th scope="col">Goes to</th>
            <th scope="col">
              <span className="sr-only">Confidence</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {columns.map((c) => (
            <ColumnRow key={c.index} c={c} fields={preview.fields} onTarget={p.onTarget} />
          ))}
        </tbody>
      </table>

      <h3>First rows as they will be read</h3>
      <div className="rows-preview" tabIndex={0} role="region" aria-label="First rows of the file">
        <table>
          <thead>
            <tr>
              <th scope="col">Row</th>
              {columns.map((c) => (
                <th key={c.index} scope="col" className={c.target === 'ignore' ? 'left-out' : ''}>
                  <span className="to">{c.target === 'ignore' ? 'Left out' : c.target === 'extra' ? 'Extra' : fieldLabel(c.target)}</span>
                  <span className="from">{c.header}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.slice(0, PREVIEW_ROWS).map((row, i) => (
              <tr key={i}>
                <td className="muted">{i + 1}</td>
                {columns.map((c) => (
                  <td key={c.index} className={c.target === 'ignore' ? 'left-out' : ''}>
                    {/* Values of a protected column the user has not chosen to keep are not shown. */}
                    {c.protectedAttribute && c.target === 'ignore' ? <span className="muted">hidden</span> : row[c.index] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function ColumnRow({ c, fields, onTarget }: { c: ImportColumnDto; fields: ImportPreview['fields']; onTarget: (index: number, target: string) => void }) {
  const conf = confidenceLabel(c.confidence, c.target);
  const selectId = `map-${c.index}`;
  if (c.protectedAttribute && c.target === 'ignore') {
    return (
      <tr className="protected">
        <th scope="row">{c.header}</th>
        <td className="muted">hidden</td>
        <td colSpan={2}>
          <span className="badge badge-neutral">Left out</span> Looks like {c.protectedAttribute}, which is never used to rank people.{' '}
          <button className="link-button" onClick={() => onTarget(c.index, 'protected')} aria-label={`Keep “${c.header}” anyway`}>
            Keep it anyway…
          </button>
        </td>
      </tr>
    );
  }
  return (
    <tr className={c.target === 'ignore' ? 'left-out' : ''}>
      <th scope="row">
        <label htmlFor={selectId}>{c.header || <span className="muted">(no header)</span>}</label>
      </th>
      <td className="samples">{c.samples.length ? (
          c.samples.map((v, i) => (
            <span key={i} className="sample">
              {v}
            </span>
          ))
        ) : (
          <span className="muted">{c.protectedAttribute ? 'hidden' : 'empty'}</span>
        )}</td>
      <td>
        <select id={selectId} value={c.target} onChange={(e) => onTarget(c.index, e.target.value)}>
          <optgroup label="Fields">
            {fields.map((f) => (
              <option key={f.name} value={f.name}>
                {f.label}
              </option>
            ))}
          </optgroup>
          <optgroup label="Other">
            <option value="extra">{SPECIAL_TARGETS.extra}</option>
            <option value="ignore">{SPECIAL_TARGETS.ignore}</option>
            {c.protectedAttribute && <option value="protected">{SPECIAL_TARGETS.protected}</option>}
          </optgroup>
        </select>
        {c.target === 'protected' && (
          <p className="small muted protected-note">
            Kept apart from everything shown, searched or scored; removed with the person.{' '}
            <button className="link-button" onClick={() => onTarget(c.index, 'ignore')}>
              Leave it out
            </button>
          </p>
        )}
      </td>
      <td>{conf.text && <span className={`badge badge-${conf.tone}`}>{conf.text}</span>}</td>
    </tr>
  );
}
