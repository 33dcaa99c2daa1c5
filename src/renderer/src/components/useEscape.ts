import { useEffect, useRef } from 'react';

/** Escape anywhere closes a side panel — unless a popover or a native select is taking it. */
export function useEscape(onEscape: () => void): void {
  const cb = useRef(onEscape);
  cb.current = onEscape;
  useEffect(() => {
    const on = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('.popover')) return;
      cb.current();
    };
    window.addEventListener('keydown', on);
    return () => window.removeEventListener('keydown', on);
  }, []);
}
