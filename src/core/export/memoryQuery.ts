import type { FilterModel, SortModel } from '../../shared/api/grid';

// The same filter and sort semantics as the SQL grids (repos/gridQuery.ts), over rows in memory:
// for the shortlist grid, which holds its (small) list on the client so rows can be dragged.

type AnyCond = Exclude<FilterModel[string], { operator: unknown }>;
type Get = (row: unknown, colId: string) => unknown;

const asText = (v: unknown): string => (v == null ? '' : Array.isArray(v) ? v.join(', ') : String(v));
const blank = (v: unknown) => v == null || asText(v) === '';

function test(v: unknown, c: AnyCond): boolean {
  if (c.filterType === 'in') return c.values.includes(asText(v));
  if (c.type === 'blank') return blank(v);
  if (c.type === 'notBlank') return !blank(v);
  if (c.filterType === 'text') {
    const s = asText(v).toLowerCase();
    const f = (c.filter ?? '').toLowerCase();
    switch (c.type) {
      case 'contains': return s.includes(f);
      case 'notContains': return !s.includes(f);
      case 'startsWith': return s.startsWith(f);
      case 'endsWith': return s.endsWith(f);
      case 'equals': return s === f;
      case 'notEqual': return s !== f;
    }
  }
  if (c.filterType === 'number') {
    if (typeof v !== 'number') return false;
    const f = c.filter ?? NaN;
    switch (c.type) {
      case 'equals': return v === f;
      case 'notEqual': return v !== f;
      case 'lessThan': return v < f;
      case 'lessThanOrEqual': return v <= f;
      case 'greaterThan': return v > f;
      case 'greaterThanOrEqual': return v >= f;
      case 'inRange': return v >= f && v <= (c.filterTo ?? NaN);
    }
  }
  if (c.filterType === 'date') {
    if (blank(v)) return false;
    const d = asText(v).slice(0, 10);
    const from = (c.dateFrom ?? '').slice(0, 10);
    const to = (c.dateTo ?? '').slice(0, 10);
    switch (c.type) {
      case 'equals': return d === from;
      case 'notEqual': return d !== from;
      case 'lessThan': return d < from;
      case 'greaterThan': return d > from;
      case 'inRange': return d >= from && d <= to;
    }
  }
  return true;
}

export function filterRows<T>(rows: readonly T[], filter: FilterModel, get: Get): T[] {
  const entries = Object.entries(filter);
  if (entries.length === 0) return [...rows];
  return rows.filter((r) =>
    entries.every(([colId, m]) => {
      const v = get(r, colId);
      if ('operator' in m) return m.operator === 'AND' ? m.conditions.every((c) => test(v, c)) : m.conditions.some((c) => test(v, c));
      return test(v, m);
    }),
  );
}

/** Sorts like the SQL grids: blanks last either way, text without case, then the original order. */
export function sortRows<T>(rows: readonly T[], sort: SortModel, get: Get): T[] {
  const indexed = rows.map((r, i) => ({ r, i }));
  indexed.sort((a, b) => {
    for (const s of sort) {
      const va = get(a.r, s.colId);
      const vb = get(b.r, s.colId);
      const ba = blank(va);
      const bb = blank(vb);
      if (ba !== bb) return ba ? 1 : -1;
      if (ba) continue;
      const d = typeof va === 'number' && typeof vb === 'number' ? va - vb : asText(va).localeCompare(asText(vb), 'en', { sensitivity: 'base' });
      if (d !== 0) return s.sort === 'desc' ? -d : d;
    }
    return a.i - b.i;
  });
  return indexed.map((x) => x.r);
}

/** Every word of the search must appear in one of the row's searchable texts. */
export function quickRows<T>(rows: readonly T[], quick: string, texts: (r: T) => string): T[] {
  const terms = quick.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [...rows];
  return rows.filter((r) => {
    const t = texts(r).toLowerCase();
    return terms.every((w) => t.includes(w));
  });
}
