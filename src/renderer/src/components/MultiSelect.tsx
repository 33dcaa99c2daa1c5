import { useId } from 'react';
import { Popover } from './Popover';

export interface Option<V extends string> {
  value: V;
  label: string;
}

/** The pill's face, shared by both menus: "Label: value" with the value bold once chosen. */
function PillFace({ label, summary, set }: { label: string; summary: string; set: boolean }) {
  return (
    <>
      <span className="filter-name">{label}:</span> <span className={set ? 'filter-value set' : 'filter-value'}>{summary}</span>
    </>
  );
}

/** "Track: AI/ML, MLOps ▾" — a compact multi-choice filter; no choice means "any". */
export function MultiSelect<V extends string>({ label, options, value, onChange, anyLabel = 'Any' }: { label: string; options: readonly Option<V>[]; value: readonly V[]; onChange: (v: V[]) => void; anyLabel?: string }) {
  const chosen = options.filter((o) => value.includes(o.value));
  const summary = chosen.length === 0 ? anyLabel : chosen.length <= 2 ? chosen.map((o) => o.label).join(', ') : `${chosen.length} chosen`;
  const toggle = (v: V) => onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v]);
  return (
    <Popover label={<PillFace label={label} summary={summary} set={chosen.length > 0} />} ariaLabel={`${label} filter`} buttonClassName={chosen.length ? 'filter-button active' : 'filter-button'}>
      <fieldset className="checklist">
        <legend className="sr-only">{label}</legend>
        {options.map((o) => (
          <label key={o.value}>
            <input type="checkbox" checked={value.includes(o.value)} onChange={() => toggle(o.value)} /> {o.label}
          </label>
        ))}
      </fieldset>
      {value.length > 0 && (
        <button type="button" className="link-button" onClick={() => onChange([])}>
          Clear
        </button>
      )}
    </Popover>
  );
}

/** "Source: Laid-off list ▾" — one choice from a short list, the same pill as MultiSelect; "Any" (the empty value) means no filter. */
export function SingleSelect<V extends string>({ label, options, value, onChange, anyLabel = 'Any' }: { label: string; options: readonly Option<V>[]; value: V | ''; onChange: (v: V | '') => void; anyLabel?: string }) {
  const name = useId();
  const chosen = options.find((o) => o.value === value);
  const choices: Option<V | ''>[] = [{ value: '', label: anyLabel }, ...options];
  return (
    <Popover label={<PillFace label={label} summary={chosen?.label ?? anyLabel} set={chosen != null} />} ariaLabel={`${label} filter`} buttonClassName={chosen ? 'filter-button active' : 'filter-button'}>
      {(close) => (
        <fieldset className="checklist">
          <legend className="sr-only">{label}</legend>
          {choices.map((o) => (
            <label key={o.value}>
              {/* A pick with the pointer closes the menu, as a native select would (so does picking the current one again);
                  arrow keys move through the choices (a click with detail 0) and leave it open. */}
              <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} onClick={(e) => e.detail > 0 && close()} /> {o.label}
            </label>
          ))}
        </fieldset>
      )}
    </Popover>
  );
}
