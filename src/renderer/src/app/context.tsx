import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ApiClient } from '../api/client';
import { errorMessage } from '../api/client';
import type { AppInfo } from '../../../shared/api/contract/app';
import type { CoreEvent, DataArea } from '../../../shared/api/events';

export interface Toast {
  id: number;
  kind: 'error' | 'info' | 'success';
  text: string;
}

interface AppState {
  api: ApiClient;
  info: AppInfo | null;
  refreshInfo: () => Promise<void>;
  notify: (kind: Toast['kind'], text: string) => void;
  /** Shows the error as a sentence; returns nothing so it can end a promise chain. */
  fail: (e: unknown) => void;
  toasts: Toast[];
  dismiss: (id: number) => void;
}

const Ctx = createContext<AppState | null>(null);

export function AppProvider({ api, children }: { api: ApiClient; children: ReactNode }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const notify = useCallback((kind: Toast['kind'], text: string) => {
    const id = next.current++;
    setToasts((t) => [...t.slice(-3), { id, kind, text }]);
    if (kind !== 'error') setTimeout(() => setToasts((t) => t.filter((x) => x.id !== id)), 4000);
  }, []);
  const fail = useCallback((e: unknown) => notify('error', errorMessage(e)), [notify]);
  const refreshInfo = useCallback(() => api.call('app.info', {}).then(setInfo, fail), [api, fail]);
  useEffect(() => {
    void refreshInfo();
  }, [refreshInfo]);
  const dismiss = useCallback((id: number) => setToasts((t) => t.filter((x) => x.id !== id)), []);
  return <Ctx.Provider value={{ api, info, refreshInfo, notify, fail, toasts, dismiss }}>{children}</Ctx.Provider>;
}

export function useApp(): AppState {
  const c = useContext(Ctx);
  if (!c) throw new Error('useApp outside AppProvider');
  return c;
}

/** Calls `onChange` whenever the core says one of these areas changed. */
export function useDataChanged(areas: DataArea[], onChange: (ev: CoreEvent) => void): void {
  const { api } = useApp();
  const cb = useRef(onChange);
  cb.current = onChange;
  const key = areas.join(',');
  useEffect(
    () =>
      api.onEvent((ev) => {
        if (ev.type === 'data.changed' && ev.areas.some((a) => key.split(',').includes(a))) cb.current(ev);
      }),
    [api, key],
  );
}
