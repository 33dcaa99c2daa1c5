// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { takeToken } from '../../src/renderer/src/api/transport';

describe('the browser-mode token', () => {
  it('is taken from the URL once, kept for the tab, and removed from the address bar', () => {
    window.history.replaceState(null, '', '/#token=abc_DEF-123');
    sessionStorage.clear();
    expect(takeToken()).toBe('abc_DEF-123');
    expect(window.location.hash).toBe('#/');
    expect(takeToken()).toBe('abc_DEF-123');
  });
});
