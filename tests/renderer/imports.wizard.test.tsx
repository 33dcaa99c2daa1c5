// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ApiClient } from '../../src/renderer/src/api/client';
import { AppProvider } from '../../src/renderer/src/app/context';
import { ImportWizard } from '../../src/renderer/src/views/imports/ImportWizard';
import type { ImportColumnDto, ImportPreview, ImportResult } from '../../src/shared/api/contract/imports';
import { ApiError } from '../../src/shared/api/errors';
import type { CoreEvent } from '../../src/shared/api/events';
import type { ImportKind } from '../../src/shared/domain';
import { renderingViews } from './dom';

renderingViews();

const FILE = { fileId: 'f-1', name: 'laid-off.csv', size: 2048 };
const col = (index: number, header: string, target: string, confidence: number, samples: string[], protectedAttribute: string | null = null): ImportColumnDto => ({ index, header, target, confidence, samples, protectedAttribute });

function preview(kind: ImportKind, over: Partial<ImportPreview> = {}): ImportPreview {
  const person = kind === 'candidates' || kind === 'alumni';
  return {
    fileName: 'laid-off.csv',
    kind,
    refusal: person ? null : 'laid-off.csv has no column with a role’s title or req ID; the columns found were "Candidate Name", "E-mail", "Skills", "Gender", "Start date".',
    encoding: 'Windows-1252',
    delimiter: 'semicolon',
    headers: ['Candidate Name', 'E-mail', 'Skills', 'Gender', 'Start date'],
    columns: person
      ? [
          col(0, 'Candidate Name', 'fullName', 1, ['Jane Doe', 'John Smith']),
          col(1, 'E-mail', 'email', 0.95, ['jane@example.com']),
          col(2, 'Skills', 'skills', 0.9, ['Python, PyTorch']),
          col(3, 'Gender', 'ignore', 0, [], 'gender'),
          col(4, 'Start date', 'availableOn', 0.78, ['2025-03-14']),
        ]
      : [],
    mappingSource: 'auto',
    fields: [
      { name: 'fullName', label: 'Full name' },
      { name: 'email', label: 'Email' },
      { name: 'skills', label: 'Skills' },
      { name: 'availableOn', label: 'Available on (laid off / last day)' },
      { name: 'title', label: 'Title' },
    ],
    rows: [
      ['Jane Doe', 'jane@example.com', 'Python, PyTorch', 'Female', '2025-03-14'],
      ['John Smith', '', 'Go', 'Male', '31/02/2024'],
    ],
    estimatedRows: 3,
    exact: true,
    notes: ['"Gender" looks like protected information (gender) and will be left out.'],
    presets: [{ id: 7, name: 'Greenhouse export' }],
    ...over,
  };
}

const RESULT: ImportResult = {
  batchId: null,
  dryRun: true,
  fileName: 'laid-off.csv',
  kind: 'candidates',
  rows: 3,
  created: 2,
  merged: 0,
  rejected: 1,
  warnings: 1,
  issues: [
    { row: 2, column: 'Start date', value: '31/02/2024', severity: 'warning', message: 'Not a date; left empty.' },
    { row: 3, column: 'Candidate Name', value: '', severity: 'error', message: 'No name, email, LinkedIn or employee ID; the row was not imported.' },
  ],
  issueCount: 2,
  possibleDuplicates: [],
  encoding: 'Windows-1252',
  delimiter: 'semicolon',
  mappingSource: 'explicit',
  mapping: {},
  unknownSkills: 0,
  seconds: 0.2,
};

type Call = { method: string; args: Record<string, unknown> };
function fakeApi(handle: (method: string, args: Record<string, unknown>) => unknown) {
  const listeners = new Set<(ev: CoreEvent) => void>();
  const calls: Call[] = [];
  const api: ApiClient = {
    transport: 'http',
    call: (async (method: string, args: Record<string, unknown>) => {
      calls.push({ method, args });
      if (method === 'app.info') return { version: '0.1.0', schemaVersion: 3, engineVersion: '1', workspace: 'w.sqlite', shell: 'web', empty: false };
      return handle(method, args);
    }) as ApiClient['call'],
    onEvent: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    upload: async (file) => ({ fileId: 'f-2', name: file.name, size: file.size }),
  };
  return { api, calls, emit: (ev: CoreEvent) => listeners.forEach((l) => l(ev)) };
}

/** Mapping changes are re-checked by the core after a short pause. */
const settle = () => act(() => new Promise((r) => setTimeout(r, 320)));

function standard(method: string, args: Record<string, unknown>): unknown {
  if (method === 'import.preview') {
    const m = args.mapping as Record<string, string> | string | undefined;
    if (m && typeof m === 'object' && !Object.values(m).some((t) => t === 'fullName' || t === 'email')) {
      return preview(args.kind as ImportKind, { refusal: 'laid-off.csv has no column that identifies a person (a name, email, LinkedIn URL or employee ID).', notes: [] });
    }
    if (m === 'Greenhouse export') return preview(args.kind as ImportKind, { mappingSource: 'preset', columns: preview('candidates').columns.map((c) => (c.index === 4 ? { ...c, target: 'title', confidence: 1 } : { ...c, confidence: 1 })) });
    return preview(args.kind as ImportKind);
  }
  if (method === 'import.presets.save') return { id: 9, name: args.name, kind: args.kind, mapping: args.mapping, updatedAt: '2025-10-01T10:00:00Z' };
  if (method === 'import.run') return args.dryRun ? RESULT : { ...RESULT, batchId: 12, dryRun: false };
  throw new ApiError('UNAVAILABLE');
}

async function toMapping(api: ApiClient) {
  render(
    <AppProvider api={api}>
      <ImportWizard initialFile={FILE} onClose={() => {}} />
    </AppProvider>,
  );
  await screen.findByText('This looks like a candidates file: 3 rows, 4 of 5 columns recognised.');
  fireEvent.click(screen.getByRole('button', { name: 'Next: match the columns' }));
  const heading = await screen.findByRole('heading', { name: /Match the columns/ });
  // Each step moves the keyboard focus to its heading, so the next Tab lands in the new step.
  expect(document.activeElement).toBe(heading);
}

describe('import wizard: the mapping step', () => {
  it('guesses the kind, then shows each column with its samples, proposed field and confidence', async () => {
    const { api, calls } = fakeApi(standard);
    await toMapping(api);
    // Every kind was tried on the file; candidates fit best and roles were refused.
    expect(calls.filter((c) => c.method === 'import.preview').map((c) => c.args.kind)).toEqual(['candidates', 'alumni', 'roles', 'layoffs']);
    expect(screen.getByText(/reads as Windows-1252, semicolon-separated, with 3 rows\. 4 of 5 columns are mapped to fields\./)).toBeTruthy();
    const table = screen.getAllByRole('table')[0]!;
    const rows = within(table).getAllByRole('row').slice(1);
    const read = rows.map((r) => {
      const select = r.querySelector('select');
      return [within(r).getByRole('rowheader').textContent, select ? select.value : 'left out', r.querySelector('.badge')?.textContent ?? ''];
    });
    expect(read).toEqual([
      ['Candidate Name', 'fullName', 'Sure'],
      ['E-mail', 'email', 'Sure'],
      ['Skills', 'skills', 'Likely'],
      ['Gender', 'left out', 'Left out'],
      ['Start date', 'availableOn', 'A guess — check'],
    ]);
    expect([...rows[0]!.querySelectorAll('.sample')].map((x) => x.textContent)).toEqual(['Jane Doe', 'John Smith']);
    expect(screen.getByText('"Gender" looks like protected information (gender) and will be left out.')).toBeTruthy();
    // The first rows are shown under the fields they go to; the protected column's values are not.
    const preview = screen.getByRole('region', { name: 'First rows of the file' });
    expect(within(preview).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Row',
      'Full nameCandidate Name',
      'EmailE-mail',
      'SkillsSkills',
      'Left outGender',
      'Available on (laid off / last day)Start date',
    ]);
    expect(within(preview).queryByText('Female')).toBeNull();
    expect(within(preview).getAllByText('hidden')).toHaveLength(2);
  });

  it('lets the user change a column, and shows the refusal when nothing identifies a person', async () => {
    const { api, calls } = fakeApi(standard);
    await toMapping(api);
    fireEvent.change(screen.getByLabelText('Start date'), { target: { value: 'title' } });
    await settle();
    expect(screen.getByLabelText('Start date').closest('tr')!.querySelector('.badge')!.textContent).toBe('Chosen by you');
    fireEvent.change(screen.getByLabelText('Candidate Name'), { target: { value: 'ignore' } });
    fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: 'extra' } });
    await settle();
    const last = calls.filter((c) => c.method === 'import.preview').at(-1)!;
    expect(last.args.mapping).toEqual({ 'Candidate Name': 'ignore', 'E-mail': 'extra', Skills: 'skills', Gender: 'ignore', 'Start date': 'title' });
    expect(screen.getByRole('alert').textContent).toBe(
      'This file cannot be imported as it is mapped. laid-off.csv has no column that identifies a person (a name, email, LinkedIn URL or employee ID).',
    );
    expect((screen.getByRole('button', { name: 'Next: check every row' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: 'email' } });
    await settle();
    expect(screen.queryByRole('alert')).toBeNull();
    expect((screen.getByRole('button', { name: 'Next: check every row' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('keeps a protected column apart only when the user insists, and can leave it out again', async () => {
    const { api, calls } = fakeApi(standard);
    await toMapping(api);
    fireEvent.click(screen.getByRole('button', { name: 'Keep “Gender” anyway' }));
    const select = screen.getByLabelText('Gender') as HTMLSelectElement;
    expect(select.value).toBe('protected');
    expect(select.selectedOptions[0]!.textContent).toBe('Keep apart (protected, never scored)');
    expect(screen.getByText(/Kept apart from everything shown, searched or scored/)).toBeTruthy();
    await settle();
    expect((calls.filter((c) => c.method === 'import.preview').at(-1)!.args.mapping as Record<string, string>).Gender).toBe('protected');
    fireEvent.click(screen.getByRole('button', { name: 'Leave it out' }));
    expect(screen.getByRole('button', { name: 'Keep “Gender” anyway' })).toBeTruthy();
  });

  it('saves the mapping as a named preset and can pick a saved one', async () => {
    const { api, calls } = fakeApi(standard);
    await toMapping(api);
    fireEvent.change(screen.getByLabelText('Preset name'), { target: { value: 'Laid-off list (semicolon)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save as preset' }));
    await waitFor(() => expect((screen.getByLabelText('Saved mapping') as HTMLSelectElement).value).toBe('Laid-off list (semicolon)'));
    expect(calls.find((c) => c.method === 'import.presets.save')!.args).toEqual({
      name: 'Laid-off list (semicolon)',
      kind: 'candidates',
      mapping: { 'Candidate Name': 'fullName', 'E-mail': 'email', Skills: 'skills', Gender: 'ignore', 'Start date': 'availableOn' },
    });
    const options = within(screen.getByLabelText('Saved mapping')).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Automatic, from the headers and values', 'Saved: Greenhouse export', 'Saved: Laid-off list (semicolon)']);

    fireEvent.change(screen.getByLabelText('Saved mapping'), { target: { value: 'Greenhouse export' } });
    await waitFor(() => expect((screen.getByLabelText('Start date') as HTMLSelectElement).value).toBe('title'));
    expect(calls.filter((c) => c.method === 'import.preview').at(-1)!.args).toEqual({ fileId: 'f-1', kind: 'candidates', mapping: 'Greenhouse export' });
  });

  it('checks every row with a dry run, names row, column and value of each issue, then imports', async () => {
    const { api, calls } = fakeApi(standard);
    await toMapping(api);
    fireEvent.click(screen.getByRole('button', { name: 'Next: check every row' }));
    await screen.findByText('Every row has been read: this is what importing would do. Nothing has been written yet.');
    const counts = screen.getByRole('list', { name: 'What the import would do' });
    expect(within(counts).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['3rows read', '2would be new', '0would update existing', '1would be rejected', '1warning']);
    expect(screen.getByText('1 error — these rows are not imported')).toBeTruthy();
    expect(screen.getByText('Row 2, column “Start date”: “31/02/2024”').parentElement!.textContent).toBe('Row 2, column “Start date”: “31/02/2024” — Not a date; left empty.');
    expect(screen.getByText('Row 3, column “Candidate Name”').parentElement!.textContent).toBe(
      'Row 3, column “Candidate Name” — No name, email, LinkedIn or employee ID; the row was not imported.',
    );
    const dry = calls.find((c) => c.method === 'import.run')!.args;
    expect(dry).toMatchObject({ fileId: 'f-1', kind: 'candidates', dryRun: true });
    expect(typeof dry.jobId).toBe('string');

    fireEvent.click(screen.getByRole('button', { name: 'Import 2 rows' }));
    await screen.findByRole('heading', { name: /^Imported/ });
    expect(calls.filter((c) => c.method === 'import.run').at(-1)!.args).toMatchObject({ dryRun: false, mapping: dry.mapping });
  });

  it('shows the refusal sentence when the core refuses the file at the check', async () => {
    const { api } = fakeApi((m, a) => (m === 'import.run' ? Promise.reject(new ApiError('IMPORT_REFUSED', 'laid-off.csv is a spreadsheet workbook (.xlsx); save it as CSV first.')) : standard(m, a)));
    await toMapping(api);
    fireEvent.click(screen.getByRole('button', { name: 'Next: check every row' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This file cannot be imported. laid-off.csv is a spreadsheet workbook (.xlsx); save it as CSV first.');
    expect(screen.getByRole('button', { name: 'Import' }).hasAttribute('disabled')).toBe(true);
  });
});
