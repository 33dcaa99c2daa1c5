// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ApiClient } from '../../src/renderer/src/api/client';
import { AppProvider } from '../../src/renderer/src/app/context';
import { ImportsView } from '../../src/renderer/src/views/ImportsView';
import { ResultStep } from '../../src/renderer/src/views/imports/ResultStep';
import type { ImportBatchDto, ImportResult } from '../../src/shared/api/contract/imports';
import { ApiError } from '../../src/shared/api/errors';
import type { ImportIssue } from '../../src/shared/domain';
import { renderingViews } from './dom';

renderingViews();
afterEach(() => vi.restoreAllMocks());

const ISSUES: ImportIssue[] = [
  { row: 0, column: '', value: '', severity: 'info', message: 'Skipped 1 line above the header ("Talent list export — generated 2025-03-20").' },
  { row: 4, column: 'Laid off date', value: '31/02/2025', severity: 'warning', message: 'Not a date; left empty.' },
  { row: 6, column: 'Candidate Name', value: '', severity: 'error', message: 'Nothing identifies this person; the row was not imported.' },
];

const RESULT: ImportResult = {
  batchId: 12,
  dryRun: false,
  fileName: 'laid-off.csv',
  kind: 'candidates',
  rows: 6,
  created: 4,
  merged: 1,
  rejected: 1,
  warnings: 1,
  issues: ISSUES,
  issueCount: 3,
  possibleDuplicates: [{ row: 5, personId: 40, otherId: 3, name: 'Chen Wei', company: 'Amazon' }],
  encoding: 'UTF-16LE',
  delimiter: 'semicolon',
  mappingSource: 'auto',
  mapping: {},
  unknownSkills: 2,
  seconds: 0.5,
};

const BATCHES: ImportBatchDto[] = [
  { id: 12, fileName: 'laid-off.csv', kind: 'candidates', encoding: 'UTF-16LE', delimiter: 'semicolon', rows: 6, created: 4, merged: 1, rejected: 1, warnings: 1, status: 'done', startedAt: '2025-10-01T10:00:00Z', finishedAt: '2025-10-01T10:00:01Z', mapping: {}, notes: [] },
  { id: 11, fileName: 'hris-exits.csv', kind: 'alumni', encoding: 'UTF-8', delimiter: 'comma', rows: 900, created: 880, merged: 20, rejected: 0, warnings: 0, status: 'undone', startedAt: '2025-09-30T10:00:00Z', finishedAt: '2025-09-30T10:00:03Z', mapping: {}, notes: [] },
];

function fakeApi(transport: 'http' | 'ipc', handle: (method: string, args: Record<string, unknown>) => unknown) {
  const calls: { method: string; args: Record<string, unknown> }[] = [];
  const api: ApiClient = {
    transport,
    call: (async (method: string, args: Record<string, unknown>) => {
      calls.push({ method, args });
      if (method === 'app.info') return { version: '0.1.0', schemaVersion: 3, engineVersion: '1', workspace: 'w.sqlite', shell: 'web', empty: false };
      return handle(method, args);
    }) as ApiClient['call'],
    onEvent: () => () => {},
    upload: () => Promise.reject(new ApiError('UNAVAILABLE')),
  };
  return { api, calls };
}

const CSV = { filename: 'laid-off issues.csv', content: 'row,column,value,severity,message\r\n4,Laid off date,31/02/2025,warning,Not a date; left empty.\r\n' };

describe('import result', () => {
  it('says what was imported, links to the people, lists every issue and saves them as CSV (browser download)', async () => {
    const { api, calls } = fakeApi('http', (m) => (m === 'import.issuesCsv' ? CSV : Promise.reject(new ApiError('UNAVAILABLE'))));
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (created.push(b), 'blob:issues'));
    URL.revokeObjectURL = vi.fn();
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(`${this.download} ${this.href}`);
    });
    render(
      <AppProvider api={api}>
        <ResultStep result={RESULT} onAnother={() => {}} onClose={() => {}} />
      </AppProvider>,
    );
    expect(screen.getByText(/^4 new people, 1 merged into records you already had; 1 row rejected\. Read 6 rows in under a second\.$/)).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'What the import did' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '6rows read',
      '4new',
      '1merged into existing',
      '1rejected',
      '1warning',
    ]);
    expect(screen.getByText('Row 5: Chen Wei, Amazon')).toBeTruthy();
    expect(screen.getByText('2 skills not in the skills list were kept as written; they are counted and can be mapped later.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Issues (3)' })).toBeTruthy();
    // The grid of issues: each row names row, column, value and what happened.
    await waitFor(() => expect(document.querySelectorAll('.issues-grid .ag-row').length).toBe(3), { timeout: 5000 });
    const cells = (col: string) => [...document.querySelectorAll(`.issues-grid .ag-center-cols-container .ag-cell[col-id="${col}"], .issues-grid .ag-cell[col-id="${col}"]`)].map((c) => c.textContent);
    await waitFor(() => expect(new Set(cells('message'))).toEqual(new Set(ISSUES.map((i) => i.message))), { timeout: 5000 });
    expect(new Set(cells('row'))).toEqual(new Set(['File', '4', '6']));
    expect(new Set(cells('value'))).toEqual(new Set(['', '31/02/2025']));

    fireEvent.click(screen.getByRole('button', { name: 'See them in Candidates →' }));
    expect(window.location.hash).toBe('#/candidates');

    fireEvent.click(screen.getByRole('button', { name: 'Save issues as CSV…' }));
    await waitFor(() => expect(clicked).toEqual(['laid-off issues.csv blob:issues']));
    expect(calls.find((c) => c.method === 'import.issuesCsv')!.args).toEqual({ batchId: 12 });
    await expect(created[0]!.text()).resolves.toBe(CSV.content);
  });

  it('saves the issues through the system dialog in the desktop app', async () => {
    const { api, calls } = fakeApi('ipc', (m) => (m === 'import.issuesCsv' ? CSV : m === 'shell.saveFile' ? { saved: true, name: 'laid-off issues.csv' } : Promise.reject(new ApiError('UNAVAILABLE'))));
    render(
      <AppProvider api={api}>
        <ResultStep result={RESULT} onAnother={() => {}} onClose={() => {}} />
      </AppProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save issues as CSV…' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'shell.saveFile')?.args).toEqual({ suggestedName: 'laid-off issues.csv', content: CSV.content, kind: 'csv' }));
  });

  it('sends former employees to the Rehire view and roles to Roles', () => {
    const { api } = fakeApi('http', () => null);
    const { unmount } = render(
      <AppProvider api={api}>
        <ResultStep result={{ ...RESULT, kind: 'alumni' }} onAnother={() => {}} onClose={() => {}} />
      </AppProvider>,
    );
    expect(screen.getByText(/^4 new former employees,/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'See them in Rehire →' }));
    expect(window.location.hash).toBe('#/rehire');
    unmount();
    render(
      <AppProvider api={api}>
        <ResultStep result={{ ...RESULT, kind: 'roles', created: 1, merged: 0 }} onAnother={() => {}} onClose={() => {}} />
      </AppProvider>,
    );
    expect(screen.getByText(/^1 new role; 1 row rejected\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'See them in Roles →' }));
    expect(window.location.hash).toBe('#/roles');
  });
});

describe('Imports view', () => {
  it('lists the batches with their counts and undoes one only after a confirmation', async () => {
    let batches = BATCHES;
    const { api, calls } = fakeApi('http', (m, a) => {
      if (m === 'import.list') return batches;
      if (m === 'import.undo') {
        batches = batches.map((b) => (b.id === a.batchId ? { ...b, status: 'undone' as const } : b));
        return { batchId: a.batchId, removed: 4, restored: 1 };
      }
      return Promise.reject(new ApiError('UNAVAILABLE'));
    });
    render(
      <AppProvider api={api}>
        <ImportsView param={null} />
      </AppProvider>,
    );
    await screen.findByText('2 spreadsheets imported. Drop a file anywhere here to import another.');
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('th,td')].map((c) => c.textContent));
    expect(rows[0]!.slice(1, 2)).toEqual(['Candidates']);
    expect(rows[0]!.slice(3)).toEqual(['6', '4', '1', '1', '1', 'IssuesUndo…']);
    expect(rows[1]!.slice(1, 2)).toEqual(['Former employees']);
    expect(rows[1]!.slice(3)).toEqual(['900', '880', '20', '0', '0', 'Undone']);

    fireEvent.click(screen.getByRole('button', { name: 'Undo…' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Undo the import of laid-off.csv?' });
    expect(within(confirm).getByText('The 4 people it added are removed. 1 record it merged into goes back to how it was before it.')).toBeTruthy();
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Keep the import' }));
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep the import' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(calls.some((c) => c.method === 'import.undo')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Undo…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo this import' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo…' })).toBeNull());
    expect(calls.filter((c) => c.method === 'import.undo').map((c) => c.args)).toEqual([{ batchId: 12 }]);
    expect(screen.getAllByText('Undone')).toHaveLength(2);
  });

  it('shows a batch’s issues on demand', async () => {
    const { api } = fakeApi('http', (m) => (m === 'import.list' ? BATCHES : m === 'import.issues' ? { rows: ISSUES, total: 3 } : Promise.reject(new ApiError('UNAVAILABLE'))));
    render(
      <AppProvider api={api}>
        <ImportsView param={null} />
      </AppProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Issues' }));
    await screen.findByText('3 issues');
    await waitFor(() => expect(document.querySelectorAll('.issues-grid .ag-row').length).toBe(3), { timeout: 5000 });
    expect(screen.getByRole('button', { name: 'Hide issues' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('starts the wizard with a file dropped anywhere on the view', async () => {
    const { api, calls } = fakeApi('http', (m, a) => {
      if (m === 'import.list') return BATCHES;
      if (m === 'import.preview')
        return {
          fileName: 'dropped.csv', kind: a.kind, refusal: a.kind === 'candidates' ? null : 'Not this kind.', encoding: 'UTF-8', delimiter: 'comma', headers: ['Name'],
          columns: a.kind === 'candidates' ? [{ index: 0, header: 'Name', target: 'fullName', confidence: 1, protectedAttribute: null, samples: ['Ada'] }] : [],
          mappingSource: 'auto', fields: [{ name: 'fullName', label: 'Full name' }], rows: [['Ada']], estimatedRows: 1, exact: true, notes: [], presets: [],
        };
      return Promise.reject(new ApiError('UNAVAILABLE'));
    });
    const uploaded: string[] = [];
    api.upload = async (file) => (uploaded.push(file.name), { fileId: 'f-9', name: file.name, size: file.size });
    const view = (param: string | null) => (
      <AppProvider api={api}>
        <ImportsView param={param} />
      </AppProvider>
    );
    const { rerender, container } = render(view(null));
    await screen.findByText('2 spreadsheets imported. Drop a file anywhere here to import another.');
    const section = container.querySelector('section.imports-view')!;
    const file = new File(['Name\nAda\n'], 'dropped.csv', { type: 'text/csv' });
    fireEvent.dragEnter(section, { dataTransfer: { types: ['Files'], files: [file] } });
    expect(screen.getByText('Drop the file to import it')).toBeTruthy();
    fireEvent.drop(section, { dataTransfer: { types: ['Files'], files: [file] } });
    await waitFor(() => expect(window.location.hash).toBe('#/imports/new'));
    expect(uploaded).toEqual(['dropped.csv']);
    expect(screen.queryByText('Drop the file to import it')).toBeNull();
    rerender(view('new'));
    await screen.findByText('This looks like a candidates file: 1 row, 1 of 1 column recognised.');
    expect(calls.filter((c) => c.method === 'import.preview').every((c) => c.args.fileId === 'f-9')).toBe(true);
  });

  it('offers the first import when there is none', async () => {
    const { api } = fakeApi('http', (m) => (m === 'import.list' ? [] : null));
    render(
      <AppProvider api={api}>
        <ImportsView param={null} />
      </AppProvider>,
    );
    expect(await screen.findByText('No imports yet')).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Import a spreadsheet' })[1]!);
    expect(window.location.hash).toBe('#/imports/new');
  });
});
