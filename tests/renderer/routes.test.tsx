// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { useRoute } from '../../src/renderer/src/app/routes';

// The view follows the address: also when the address changed while the app was starting, before
// the route hook listened (a deep link opened as the window loads; what the browser tests do).

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '#/');
});

function Shows() {
  const route = useRoute();
  return <p>{`${route.view}:${route.param ?? ''}`}</p>;
}

/** Changes the address during its first render: after Shows read it, before any effect ran, with no hashchange event. */
function MovesOnFirstRender({ to }: { to: string }) {
  if (!window.location.hash.startsWith(to)) window.history.replaceState(null, '', to);
  return null;
}

describe('useRoute', () => {
  it('picks up an address changed between the first render and its listener', () => {
    window.history.replaceState(null, '', '#/');
    render(
      <>
        <Shows />
        <MovesOnFirstRender to="#/rehire" />
      </>,
    );
    expect(screen.getByText('rehire:')).toBeTruthy();
  });

  it('follows later changes', () => {
    window.history.replaceState(null, '', '#/roles');
    render(<Shows />);
    expect(screen.getByText('roles:')).toBeTruthy();
    act(() => {
      window.location.hash = '#/matches/12';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByText('matches:12')).toBeTruthy();
  });
});
