import { useEffect, useState } from 'react';

/** The value, once it has stopped changing for `ms` (search boxes and number fields). */
export function useDebounced<T>(value: T, ms = 250): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/** State kept for this window's session (a view's filter bar survives switching views). */
export function useSessionState<T extends object>(key: string, initial: T): [T, (v: T | ((prev: T) => T)) => void] {
  const storageKey = `bridgehire.session.${key}`;
  const [v, setV] = useState<T>(() => {
    try {
      const s = window.sessionStorage.getItem(storageKey);
      return s ? { ...initial, ...(JSON.parse(s) as T) } : initial;
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      window.sessionStorage.setItem(storageKey, JSON.stringify(v));
    } catch {
      /* storage full or disabled: the setting just won't survive */
    }
  }, [storageKey, v]);
  return [v, setV];
}
