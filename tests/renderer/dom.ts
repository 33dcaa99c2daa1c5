import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';

/**
 * For a jsdom test file that renders whole views: jsdom has no layout, so ResizeObserver (AG Grid,
 * recharts) is stubbed; after each test the DOM is unmounted and the route reset.
 */
export function renderingViews(): void {
  beforeAll(() => {
    globalThis.ResizeObserver ??= class {
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
  });
  afterEach(() => {
    cleanup();
    window.location.hash = '';
  });
}
