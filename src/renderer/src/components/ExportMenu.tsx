import { useEffect, useId, useRef, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import { useApp } from '../app/context';
import { exportGrid, type GridExportOptions } from '../export/exportGrid';
import '../export/export.css';

export interface ExportItem {
  label: string;
  hint?: string;
  run: () => Promise<void>;
}

/** A small menu of exports; each item says what it produces. Escape or a click outside closes it. */
export function ExportMenu({ items, label = 'Export', disabled }: { items: ExportItem[]; label?: string; disabled?: boolean }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => root.current && !root.current.contains(e.target as Node) && setOpen(false);
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);
  const choose = async (item: ExportItem) => {
    setOpen(false);
    setBusy(true);
    try {
      await item.run();
    } finally {
      setBusy(false);
      button.current?.focus();
    }
  };
  return (
    <div
      className="export-menu"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button ref={button} type="button" aria-haspopup="menu" aria-expanded={open} aria-controls={id} disabled={disabled || busy} onClick={() => setOpen((o) => !o)}>
        {busy ? 'Exporting…' : label} <span aria-hidden>▾</span>
      </button>
      {open && (
        <ul className="export-menu-list" id={id} role="menu">
          {items.map((it) => (
            <li key={it.label} role="none">
              <button type="button" role="menuitem" onClick={() => void choose(it)}>
                <span>{it.label}</span>
                {it.hint && <span className="muted small">{it.hint}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * "Export CSV" for any grid: what it shows (visible columns in order, sort, filters, search), all
 * matching rows, saved with the desktop's dialog or downloaded in the browser.
 */
export function ExportGridButton({ grid, options, label = 'Export CSV' }: { grid: () => GridApi | null; options: GridExportOptions | (() => GridExportOptions); label?: string }) {
  const { api, notify, fail } = useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    const g = grid();
    if (!g) return;
    setBusy(true);
    try {
      const r = await exportGrid(api, g, typeof options === 'function' ? options() : options);
      if (r.saved) notify('success', `Exported ${r.rows.toLocaleString()} ${r.rows === 1 ? 'row' : 'rows'} to ${r.name}.`);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" onClick={() => void run()} disabled={busy} title="Exports every row these filters select, with the columns shown, as a CSV file that opens in Excel">
      {busy ? 'Exporting…' : label}
    </button>
  );
}
