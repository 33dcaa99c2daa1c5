import type Database from 'better-sqlite3';
import type { ImportPreview } from '../../shared/api/contract/imports';
import { ApiError } from '../../shared/api/errors';
import type { ImportKind } from '../../shared/domain';
import { fieldsFor } from './fields';
import { checkIdentityColumns } from './refusals';
import { listPresets, resolveMapping, toRecord } from './mapping/presets';
import { describeDelimiter, openTable } from './read/table';

// What the mapping screen shows before anything is written: how the file reads, the proposed
// mapping with its confidence, the first rows, or the one sentence saying why it cannot be used.

export const PREVIEW_ROWS = 20;

export function previewImport(db: Database.Database, file: { path: string; name: string }, kind: ImportKind, mapping?: Record<string, string> | string): ImportPreview {
  const base: ImportPreview = {
    fileName: file.name,
    kind,
    refusal: null,
    encoding: '',
    delimiter: '',
    headers: [],
    columns: [],
    mappingSource: 'auto',
    fields: fieldsFor(kind).map((f) => ({ name: f.name, label: f.label })),
    rows: [],
    estimatedRows: 0,
    exact: true,
    notes: [],
    presets: listPresets(db, kind).map((p) => ({ id: p.id, name: p.name })),
  };
  try {
    const info = openTable(file.path, file.name, kind);
    const resolved = resolveMapping(db, kind, info.headers, mapping, info);
    const preview: ImportPreview = {
      ...base,
      encoding: info.encoding.label,
      delimiter: describeDelimiter(info.delimiter),
      headers: info.headers,
      columns: resolved.columns.map((c) => ({
        ...c,
        // Protected values are not shown either, unless the user maps the column to keep them.
        samples: c.protectedAttribute ? [] : info.sample.map((r) => (r[c.index] ?? '').trim()).filter(Boolean).slice(0, 3),
      })),
      mappingSource: resolved.source,
      rows: info.sample.slice(0, PREVIEW_ROWS),
      estimatedRows: info.estimatedRows,
      exact: info.exact,
      notes: info.notes,
    };
    const protectedCols = resolved.columns.filter((c) => c.protectedAttribute && c.target === 'ignore');
    if (protectedCols.length) {
      preview.notes.push(`${protectedCols.map((c) => `"${c.header}"`).join(', ')} look${protectedCols.length === 1 ? 's' : ''} like protected information (${[...new Set(protectedCols.map((c) => c.protectedAttribute))].join(', ')}) and will be left out.`);
    }
    try {
      checkIdentityColumns(info, kind, toRecord(resolved.columns));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'IMPORT_REFUSED') preview.refusal = e.message;
      else throw e;
    }
    return preview;
  } catch (e) {
    if (e instanceof ApiError && e.code === 'IMPORT_REFUSED') return { ...base, refusal: e.message };
    throw e;
  }
}
