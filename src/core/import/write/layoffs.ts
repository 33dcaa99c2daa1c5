import { refusedWhileRead, type RowRecord } from '../record';
import type { Session } from './session';

// Layoff events (layoffs.fyi style): one event per company and date. A re-import fills what an
// event lacks; people are linked to events by normalised company name afterwards.

const COLS = ['location', 'laid_off', 'percentage', 'industry', 'stage', 'country', 'source_url'] as const;
const FIELD: Record<(typeof COLS)[number], string> = { location: 'location', laid_off: 'laidOff', percentage: 'percentage', industry: 'industry', stage: 'stage', country: 'country', source_url: 'sourceUrl' };

export function createLayoffsWriter(s: Session) {
  const db = s.db;
  const byKey = new Map<string, number>();
  for (const [norm, date, id] of db.prepare('SELECT company_norm, date, id FROM layoff_events').raw().iterate() as Iterable<[string, string | null, number]>) byKey.set(`${norm}|${date ?? ''}`, id);
  const ins = db.prepare(`INSERT INTO layoff_events (company, company_norm, date, ${COLS.join(', ')}, batch_id) VALUES (?, ?, ?, ${COLS.map(() => '?').join(', ')}, ?)`);
  const get = db.prepare('SELECT * FROM layoff_events WHERE id = ?');
  const createdHere = new Set<number>();

  return function writeLayoff(rec: RowRecord): void {
    const v = rec.values;
    const company = typeof v.get('company') === 'string' ? (v.get('company') as string) : '';
    if (!company) {
      if (!refusedWhileRead(rec)) rec.issues.push({ column: '', value: '', severity: 'error', message: 'This row has no company; it was not imported.' });
      return s.finishRow(rec, 'rejected', null);
    }
    const norm = s.know.normalizeCompany(company) || company.toLowerCase();
    const date = (v.get('date') as string | undefined) ?? null;
    const values = COLS.map((c) => (v.get(FIELD[c]) as string | number | undefined) ?? null);
    const key = `${norm}|${date ?? ''}`;
    const existing = byKey.get(key);
    if (existing === undefined) {
      const r = ins.run(company, norm, date, ...values, s.batchId);
      const id = Number(r.lastInsertRowid);
      byKey.set(key, id);
      createdHere.add(id);
      return s.finishRow(rec, 'created', null);
    }
    const cur = get.get(existing) as Record<string, unknown>;
    const sets: string[] = [];
    const params: unknown[] = [];
    COLS.forEach((c, i) => {
      if (values[i] === null || (cur[c] !== null && cur[c] !== '')) return;
      if (!createdHere.has(existing)) s.change('layoff_events', existing, c, cur[c]);
      sets.push(`${c} = ?`);
      params.push(values[i]);
    });
    if (sets.length) db.prepare(`UPDATE layoff_events SET ${sets.join(', ')} WHERE id = ?`).run(...params, existing);
    s.finishRow(rec, 'merged', null);
  };
}
