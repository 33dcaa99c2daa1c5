// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, fireEvent } from '@testing-library/react';
import { AppProvider } from '../../src/renderer/src/app/context';
import { App } from '../../src/renderer/src/app/App';
import { ApiError } from '../../src/shared/api/errors';
import { fakeApi } from './fakeApi';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const info = (empty: boolean) => ({ version: '0.1.0', schemaVersion: 1, engineVersion: 'match-1', workspace: 'workspace.sqlite', shell: 'web' as const, empty });

describe('the app shell', () => {
  it('offers the demo workspace and an import when the store is empty', async () => {
    const api = fakeApi({ 'app.info': () => info(true) });
    render(
      <AppProvider api={api}>
        <App />
      </AppProvider>,
    );
    await screen.findByText('Welcome to Bridgehire');
    expect(screen.getByRole('button', { name: 'Load the demo workspace' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import a spreadsheet' })).toBeTruthy();
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['Matches', 'Rehire', 'Candidates', 'Roles', 'Shortlists', 'Imports', 'Insights', 'Settings']);
  });

  it('still opens Settings in an empty workspace, so a backup can be restored there', async () => {
    window.location.hash = '#/settings';
    const api = fakeApi({ 'app.info': () => info(true) });
    render(
      <AppProvider api={api}>
        <App />
      </AppProvider>,
    );
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(screen.queryByText('Welcome to Bridgehire')).toBeNull();
  });

  it('shows a failed demo load as a sentence, not a stack', async () => {
    const api = fakeApi({
      'app.info': () => info(true),
      'demo.create': () => {
        throw new ApiError('CONFLICT', 'The demo workspace can only be loaded into an empty workspace.');
      },
    });
    render(
      <AppProvider api={api}>
        <App />
      </AppProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Load the demo workspace' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The demo workspace can only be loaded into an empty workspace.');
  });

  it('switches between light and dark themes', async () => {
    const api = fakeApi({ 'app.info': () => info(true) });
    render(
      <AppProvider api={api}>
        <App />
      </AppProvider>,
    );
    const before = document.documentElement.dataset.theme;
    fireEvent.click(await screen.findByRole('button', { name: 'Switch theme' }));
    await waitFor(() => expect(document.documentElement.dataset.theme).not.toBe(before));
    expect(document.body.dataset.agThemeMode).toBe(document.documentElement.dataset.theme);
  });
});
