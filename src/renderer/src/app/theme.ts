import { useEffect, useState } from 'react';

export type ThemeMode = 'light' | 'dark';
const KEY = 'bridgehire.theme';

function initial(): ThemeMode {
  const saved = window.localStorage.getItem(KEY);
  if (saved === 'light' || saved === 'dark') return saved;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Light and dark themes: CSS variables for the app, AG Grid's variable colour scheme for grids. */
export function useTheme(): [ThemeMode, () => void] {
  const [mode, setMode] = useState<ThemeMode>(initial);
  useEffect(() => {
    document.documentElement.dataset.theme = mode;
    document.body.dataset.agThemeMode = mode;
    window.localStorage.setItem(KEY, mode);
  }, [mode]);
  return [mode, () => setMode((m) => (m === 'light' ? 'dark' : 'light'))];
}
