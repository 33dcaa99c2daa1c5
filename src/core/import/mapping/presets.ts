import type Database from 'better-sqlite3';
import type { ImportKind } from '../../../shared/domain';
import { ApiError } from '../../../shared/api/errors';
import { parseJson } from '../../repos/json';
import { fieldsFor, SPECIAL_TARGETS } from '../fields';
import { autoMap, headerKey, normalizeHeader, protectedAttribute, type ColumnMapping } from './auto';
import { mapByContent } from './content';

// Mappings the user confirmed: remembered per header set (unnamed rows of mapping_presets) and
// saved under a name to reuse for other files. A mapping is header → target.

export type MappingSource = 'explicit' | 'preset' | 'remembered' | 'auto';

export interface PresetDto {
  id: number;
  name: string;
  kind: ImportKind;
  mapping: Record<string, string>;
  updatedAt: string;
}

export function validTargets(kind: ImportKind): Set<string> {
  return new Set([...fieldsFor(kind).map((f) => f.name), ...SPECIAL_TARGETS]);
}

/** Checks a mapping against a kind's fields; with `headers`, also that every header exists. */
export function checkMapping(kind: ImportKind, mapping: Record<string, string>, headers?: string[]): void {
  const ok = validTargets(kind);
  for (const [h, t] of Object.entries(mapping)) {
    if (!ok.has(t)) throw new ApiError('BAD_ARGS', `"${t}" is not a field of a ${kind} import (column "${h}").`, { field: 'mapping' });
    if (headers && !headers.includes(h)) throw new ApiError('BAD_ARGS', `The file has no column called "${h}".`, { field: 'mapping' });
  }
}

export function listPresets(db: Database.Database, kind?: ImportKind): PresetDto[] {
  const rows = db
    .prepare(`SELECT id, name, kind, mapping, updated_at FROM mapping_presets WHERE name IS NOT NULL ${kind ? 'AND kind = ?' : ''} ORDER BY name COLLATE NOCASE`)
    .all(...(kind ? [kind] : [])) as { id: number; name: string; kind: ImportKind; mapping: string; updated_at: string }[];
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, mapping: parseJson(r.mapping, {}), updatedAt: r.updated_at }));
}

export function savePreset(db: Database.Database, p: { name: string; kind: ImportKind; mapping: Record<string, string> }): PresetDto {
  checkMapping(p.kind, p.mapping);
  const key = headerKey(Object.keys(p.mapping));
  db.prepare(
    `INSERT INTO mapping_presets (name, kind, header_key, mapping) VALUES (?, ?, ?, ?)
     ON CONFLICT(kind, name) DO UPDATE SET header_key = excluded.header_key, mapping = excluded.mapping, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')`,
  ).run(p.name, p.kind, key, JSON.stringify(p.mapping));
  return listPresets(db, p.kind).find((x) => x.name === p.name)!;
}

export function deletePreset(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM mapping_presets WHERE id = ? AND name IS NOT NULL').run(id).changes > 0;
}

function findPreset(db: Database.Database, kind: ImportKind, name: string): Record<string, string> | null {
  const r = db.prepare('SELECT mapping FROM mapping_presets WHERE kind = ? AND name = ?').get(kind, name) as { mapping: string } | undefined;
  return r ? parseJson(r.mapping, {}) : null;
}

export function rememberMapping(db: Database.Database, kind: ImportKind, headers: string[], mapping: Record<string, string>): void {
  const key = headerKey(headers);
  const upd = db.prepare("UPDATE mapping_presets SET mapping = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE kind = ? AND header_key = ? AND name IS NULL").run(JSON.stringify(mapping), kind, key);
  if (upd.changes === 0) db.prepare('INSERT INTO mapping_presets (name, kind, header_key, mapping) VALUES (NULL, ?, ?, ?)').run(kind, key, JSON.stringify(mapping));
}

function remembered(db: Database.Database, kind: ImportKind, headers: string[]): Record<string, string> | null {
  const r = db.prepare('SELECT mapping FROM mapping_presets WHERE kind = ? AND header_key = ? AND name IS NULL ORDER BY updated_at DESC LIMIT 1').get(kind, headerKey(headers)) as { mapping: string } | undefined;
  return r ? parseJson(r.mapping, {}) : null;
}

/** Lays a stored mapping over a file's headers, matching headers by their normalised spelling. */
function overlay(auto: ColumnMapping[], stored: Record<string, string>, kind: ImportKind): ColumnMapping[] {
  const ok = validTargets(kind);
  const byNorm = new Map(Object.entries(stored).map(([h, t]) => [normalizeHeader(h), t]));
  return auto.map((c) => {
    const t = stored[c.header] ?? byNorm.get(normalizeHeader(c.header));
    return t && ok.has(t) ? { ...c, target: t, confidence: 1 } : c;
  });
}

/**
 * The mapping an import uses: an explicit one from the wizard, a named preset, the one remembered
 * for this header set, or the automatic one (headings, then the sample's values), in that order.
 */
export function resolveMapping(
  db: Database.Database,
  kind: ImportKind,
  headers: string[],
  requested: Record<string, string> | string | undefined,
  file: { sample: readonly string[][]; headerless: boolean } = { sample: [], headerless: false },
): { columns: ColumnMapping[]; source: MappingSource } {
  const auto = mapByContent(autoMap(headers, kind), file.sample, kind, file.headerless);
  if (requested && typeof requested === 'object') {
    checkMapping(kind, requested, headers);
    return { columns: auto.map((c) => (requested[c.header] ? { ...c, target: requested[c.header]!, confidence: 1 } : c)), source: 'explicit' };
  }
  if (typeof requested === 'string' && requested !== 'auto') {
    const p = findPreset(db, kind, requested);
    if (!p) throw new ApiError('NOT_FOUND', `There is no saved ${kind} mapping called "${requested}".`, { field: 'mapping' });
    return { columns: overlay(auto, p, kind), source: 'preset' };
  }
  // "Column 1…N" of one file without headings says nothing about another's.
  const r = file.headerless ? null : remembered(db, kind, headers);
  if (r) return { columns: overlay(auto, r, kind), source: 'remembered' };
  return { columns: auto, source: 'auto' };
}

export function toRecord(columns: ColumnMapping[]): Record<string, string> {
  return Object.fromEntries(columns.map((c) => [c.header, c.target]));
}

export { protectedAttribute };
