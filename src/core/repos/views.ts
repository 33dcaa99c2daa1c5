import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors';
import { ViewState, type GridId, type SavedView, type ViewStateInput } from '../../shared/api/contract/views';
import { parseJson } from './json';

// Saved views per grid. A few useful ones ship with the app; they are written once per grid, the
// first time that grid's views are listed, and a settings key remembers it, so a deleted built-in
// stays deleted. Toolbar keys are the ones each view's filter bar reads.
const BUILTIN: Record<GridId, { name: string; state: ViewStateInput }[]> = {
  rehire: [
    { name: 'Eligible boomerangs, left < 24 months', state: { toolbar: { rehire: ['eligible'], leftWithinMonths: 24 }, sort: [{ colId: 'bestScore', sort: 'desc' }] } },
    {
      name: 'Eligible, 2+ must-haves of an open AI/platform role',
      state: { toolbar: { rehire: ['eligible'], minMust: 2, roleTracks: ['ai_ml', 'mlops', 'platform', 'sre', 'cloud_infra'] }, sort: [{ colId: 'bestScore', sort: 'desc' }] },
    },
  ],
  matches: [
    { name: 'Near misses for AI roles', state: { toolbar: { roleTrack: ['ai_ml', 'mlops'], nearMissOnly: true }, sort: [{ colId: 'score', sort: 'desc' }] } },
    { name: 'Eligible boomerangs', state: { toolbar: { eligibility: ['eligible'] }, sort: [{ colId: 'score', sort: 'desc' }] } },
    { name: 'Laid off in the last 90 days', state: { toolbar: { laidOffWithinMonths: 3 }, sort: [{ colId: 'score', sort: 'desc' }] } },
  ],
  candidates: [
    { name: 'Laid off in the last 90 days', state: { toolbar: { availableWithinDays: 90 }, sort: [{ colId: 'availableOn', sort: 'desc' }] } },
    { name: 'AI/ML and MLOps engineers', state: { toolbar: { track: ['ai_ml', 'mlops'] } } },
  ],
  roles: [{ name: 'Open AI and platform roles', state: { toolbar: { status: ['open'], track: ['ai_ml', 'mlops', 'platform'] } } }],
};

interface ViewDbRow {
  id: number;
  grid: string;
  name: string;
  state: string;
  builtin: number;
  created_at: string;
}

function toView(r: ViewDbRow): SavedView {
  const parsed = ViewState.safeParse(parseJson(r.state, {}));
  return {
    id: r.id,
    grid: r.grid as GridId,
    name: r.name,
    // A view written by an older version that no longer parses opens as "no filters", never an error.
    state: parsed.success ? parsed.data : ViewState.parse({}),
    builtin: r.builtin === 1,
    createdAt: r.created_at,
  };
}

/** Writes a grid's built-in views once; returns true when it did. */
export function seedBuiltinViews(db: Database.Database, grid: GridId): boolean {
  const key = `views.seeded.${grid}`;
  if (db.prepare('SELECT 1 FROM settings WHERE key = ?').get(key)) return false;
  const ins = db.prepare('INSERT OR IGNORE INTO saved_views (grid, name, state, builtin) VALUES (?, ?, ?, 1)');
  db.transaction(() => {
    for (const v of BUILTIN[grid]) ins.run(grid, v.name, JSON.stringify(ViewState.parse(v.state)));
    db.prepare('INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)').run(key, 'true');
  })();
  return true;
}

export function listViews(db: Database.Database, grid: GridId): SavedView[] {
  seedBuiltinViews(db, grid);
  const rows = db.prepare('SELECT * FROM saved_views WHERE grid = ? ORDER BY builtin DESC, name COLLATE NOCASE, id').all(grid) as ViewDbRow[];
  return rows.map(toView);
}

export function saveView(db: Database.Database, grid: GridId, name: string, state: ViewState, overwrite: boolean): SavedView {
  const existing = db.prepare('SELECT id FROM saved_views WHERE grid = ? AND name = ? COLLATE NOCASE').get(grid, name) as { id: number } | undefined;
  if (existing && !overwrite) {
    throw new ApiError('CONFLICT', `A view named "${name}" already exists for this grid. Choose another name or replace it.`, { field: 'name' });
  }
  const json = JSON.stringify(state);
  const id = existing
    ? (db.prepare('UPDATE saved_views SET state = ?, builtin = 0, name = ? WHERE id = ?').run(json, name, existing.id), existing.id)
    : Number(db.prepare('INSERT INTO saved_views (grid, name, state, builtin) VALUES (?, ?, ?, 0)').run(grid, name, json).lastInsertRowid);
  return toView(db.prepare('SELECT * FROM saved_views WHERE id = ?').get(id) as ViewDbRow);
}

export function deleteView(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM saved_views WHERE id = ?').run(id).changes > 0;
}
