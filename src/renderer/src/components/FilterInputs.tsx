import { useEffect, useState } from 'react';

/**
 * A small number box for the filter bar ("Min score", "Left within N months"). It reports a
 * value once typing pauses; empty means "no filter".
 */
export function NumberFilter({
  label,
  value,
  onChange,
  min = 0,
  max,
  placeholder = 'any',
  suffix,
  width = 64,
}: {
  label: string;
  value: number | null;
  onChange: (v: number | null) => void;
  min?: number;
  max?: number;
  placeholder?: string;
  suffix?: string;
  width?: number;
}) {
  const [text, setText] = useState(value == null ? '' : String(value));
  useEffect(() => setText(value == null ? '' : String(value)), [value]);
  useEffect(() => {
    const t = setTimeout(() => {
      const n = text.trim() === '' ? null : Number(text);
      const clean = n == null || Number.isNaN(n) ? null : Math.max(min, max != null ? Math.min(max, Math.round(n)) : Math.round(n));
      if (clean !== value) onChange(clean);
    }, 350);
    return () => clearTimeout(t);
    // Only the typed text drives this effect.
  }, [text]);
  return (
    <label className={value != null ? 'filter-field active' : 'filter-field'}>
      <span>{label}</span>
      <input type="number" inputMode="numeric" min={min} max={max} value={text} placeholder={placeholder} style={{ width }} onChange={(e) => setText(e.target.value)} aria-label={label} />
      {suffix && <span className="suffix">{suffix}</span>}
    </label>
  );
}

export function ToggleFilter({ label, value, onChange, hint }: { label: string; value: boolean; onChange: (v: boolean) => void; hint?: string }) {
  return (
    <label className={value ? 'filter-toggle active' : 'filter-toggle'} title={hint}>
      <input type="checkbox" checked={value} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}

export function TextFilter({ label, value, onChange, placeholder, width = 140 }: { label: string; value: string; onChange: (v: string) => void; placeholder?: string; width?: number }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    const t = setTimeout(() => text.trim() !== value && onChange(text.trim()), 350);
    return () => clearTimeout(t);
    // Only the typed text drives this effect.
  }, [text]);
  return (
    <label className={value ? 'filter-field active' : 'filter-field'}>
      <span>{label}</span>
      <input type="text" value={text} placeholder={placeholder} style={{ width }} onChange={(e) => setText(e.target.value)} aria-label={label} />
    </label>
  );
}

/** The search box above a grid; reports after a short pause so typing is not a query per key. */
export function SearchBox({ value, onChange, placeholder }: { value: string; onChange: (v: string) => void; placeholder: string }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    const t = setTimeout(() => text !== value && onChange(text), 250);
    return () => clearTimeout(t);
    // Only the typed text drives this effect.
  }, [text]);
  return <input className="search" type="search" placeholder={placeholder} aria-label="Quick search" value={text} onChange={(e) => setText(e.target.value)} />;
}
