import { Popover } from './Popover';

export interface Option<V extends string> {
  value: V;
  label: string;
}

/** "Track: AI/ML, MLOps ▾" — a compact multi-choice filter; no choice means "any". */
export function MultiSelect<V extends string>({ label, options, value, onChange, anyLabel = 'Any' }: { label: string; options: readonly Option<V>[]; value: readonly V[]; onChange: (v: V[]) => void; anyLabel?: string }) {
  const chosen = options.filter((o) => value.includes(o.value));
  const summary = chosen.length === 0 ? anyLabel : chosen.length <= 2 ? chosen.map((o) => o.label).join(', ') : `${chosen.length} chosen`;
  const toggle = (v: V) => onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v]);
  return (
    <Popover
      label={
        <>
          <span className="filter-name">{label}:</span> <span className={chosen.length ? 'filter-value set' : 'filter-value'}>{summary}</span>
        </>
      }
      ariaLabel={`${label} filter`}
      buttonClassName={chosen.length ? 'filter-button active' : 'filter-button'}
    >
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
