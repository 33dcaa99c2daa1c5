// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GridApi } from 'ag-grid-community';
import { currentSort, gridExportArgs, visibleColumns } from '../../src/renderer/src/export/exportGrid';
import { saveExport } from '../../src/renderer/src/export/saveExport';
import { fakeApi } from '../renderer/fakeApi';

// The renderer's export helpers: what a grid shows becomes export.grid's arguments, and a file is
// saved with the desktop dialog or downloaded in the browser, bytes untouched.

function fakeGrid(): GridApi {
  const col = (colId: string, def: Record<string, unknown>) => ({ getColId: () => colId, getColDef: () => def });
  const cols = [
    col('ag-Grid-SelectionColumn', {}),
    col('name', { field: 'name', headerName: 'Name' }),
    col('score', { field: 'score', headerName: 'Score' }),
    col('why', { headerName: 'Why', context: { exportField: 'matched', exportHeader: 'Matched skills' } }),
    col('actions', { headerName: '', context: { export: false } }),
    col('bar', { headerName: 'Bar' }),
  ];
  return {
    getAllDisplayedColumns: () => cols,
    getDisplayNameForColumn: (c: { getColDef: () => { headerName?: string } }) => c.getColDef().headerName ?? '',
    getColumnState: () => [
      { colId: 'name', sort: 'asc', sortIndex: 1 },
      { colId: 'score', sort: 'desc', sortIndex: 0 },
      { colId: 'why', sort: null },
    ],
    getFilterModel: () => ({ name: { filterType: 'text', type: 'contains', filter: 'zo' } }),
  } as unknown as GridApi;
}

afterEach(() => vi.restoreAllMocks());

describe('what a grid shows, as export arguments', () => {
  it('takes the visible data columns in order, leaving out helpers, with their headers', () => {
    expect(visibleColumns(fakeGrid())).toEqual([
      { colId: 'name', header: 'Name' },
      { colId: 'score', header: 'Score' },
      { colId: 'why', header: 'Matched skills', field: 'matched' },
    ]);
  });

  it('keeps the sort in the order it was built, and adds the toolbar filters and search', () => {
    expect(currentSort(fakeGrid())).toEqual([
      { colId: 'score', sort: 'desc' },
      { colId: 'name', sort: 'asc' },
    ]);
    const a = gridExportArgs(fakeGrid(), { grid: 'matches', role: 7, quick: 'python', extraFilter: { stage: { filterType: 'in', values: ['new'] } }, match: { minScore: 50 }, title: 'Matches' });
    expect(a).toEqual({
      grid: 'matches',
      columns: visibleColumns(fakeGrid()),
      sort: [
        { colId: 'score', sort: 'desc' },
        { colId: 'name', sort: 'asc' },
      ],
      filter: { name: { filterType: 'text', type: 'contains', filter: 'zo' }, stage: { filterType: 'in', values: ['new'] } },
      quick: 'python',
      role: 7,
      match: { minScore: 50 },
      title: 'Matches',
    });
  });
});

describe('saving an export', () => {
  const file = { fileName: 'Shortlist 2025-06-01.csv', content: '\uFEFFName\r\nZoë\r\n', kind: 'csv' as const };

  it('in the browser: downloads a UTF-8 file with the BOM and the suggested name', async () => {
    let blob: Blob | null = null;
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:x';
    });
    URL.revokeObjectURL = vi.fn();
    const clicks: { download: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ download: this.download, href: this.href });
    });
    const api = fakeApi({});
    await expect(saveExport(api, file)).resolves.toEqual({ saved: true, name: 'Shortlist 2025-06-01.csv' });
    expect(clicks).toEqual([{ download: 'Shortlist 2025-06-01.csv', href: 'blob:x' }]);
    expect(blob!.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('Name\r\nZoë\r\n');
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
  });

  it('in the desktop app: asks main to show the save dialog and write the file', async () => {
    const api = { ...fakeApi({ 'shell.saveFile': () => ({ saved: true, name: 'chosen.csv' }) }), transport: 'ipc' as const };
    const calls: unknown[] = [];
    const call = api.call;
    api.call = (m, a) => (calls.push([m, a]), call(m, a));
    await expect(saveExport(api, file)).resolves.toEqual({ saved: true, name: 'chosen.csv' });
    expect(calls).toEqual([['shell.saveFile', { suggestedName: file.fileName, content: file.content, kind: 'csv' }]]);
  });
});
