import type { MethodName } from '../../../shared/api/contract';
import type { Envelope } from '../../../shared/api/errors';
import type { CoreEvent } from '../../../shared/api/events';

/** How the renderer reaches the core: Electron IPC through the preload, or HTTP in browser mode. */
export interface Transport {
  kind: 'ipc' | 'http';
  call(method: MethodName, args: unknown): Promise<Envelope<unknown>>;
  subscribe(listener: (ev: CoreEvent) => void): () => void;
  /** Browser mode only: sends a chosen file's bytes; the core keeps it and returns an id. */
  upload?(file: File): Promise<Envelope<{ fileId: string; name: string; size: number }>>;
}

const TOKEN_KEY = 'bridgehire.token';

/** Takes the per-run token from the URL (#token=…) once, keeps it for this tab, and tidies the URL. */
export function takeToken(loc: Location = window.location, store: Storage = window.sessionStorage): string | null {
  const m = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(loc.hash);
  if (m) {
    store.setItem(TOKEN_KEY, m[1]!);
    window.history.replaceState(null, '', `${loc.pathname}${loc.search}#/`);
    return m[1]!;
  }
  return store.getItem(TOKEN_KEY);
}

const offline = (message: string): Envelope<never> => ({ ok: false, error: { code: 'UNAVAILABLE', message } });

export function httpTransport(token: string | null, base = ''): Transport {
  const headers = { authorization: `Bearer ${token ?? ''}` };
  return {
    kind: 'http',
    async call(method, args) {
      try {
        const res = await fetch(`${base}/api/${method}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(args ?? {}) });
        return (await res.json()) as Envelope<unknown>;
      } catch {
        return offline('Bridgehire is not answering. Is the "npm run web" window still running?');
      }
    },
    async upload(file) {
      try {
        const res = await fetch(`${base}/api/upload?name=${encodeURIComponent(file.name)}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/octet-stream' }, body: file });
        return (await res.json()) as Envelope<{ fileId: string; name: string; size: number }>;
      } catch {
        return offline('The file could not be sent to Bridgehire.');
      }
    },
    subscribe(listener) {
      let stopped = false;
      let controller: AbortController | null = null;
      const connect = async (delay: number) => {
        while (!stopped) {
          try {
            controller = new AbortController();
            const res = await fetch(`${base}/api/events`, { headers, signal: controller.signal });
            if (!res.body) throw new Error('no stream');
            const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
            let buf = '';
            delay = 500;
            for (;;) {
              const { value, done } = await reader.read();
              if (done) break;
              buf += value;
              let i;
              while ((i = buf.indexOf('\n\n')) >= 0) {
                const chunk = buf.slice(0, i);
                buf = buf.slice(i + 2);
                const data = chunk.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
                if (data) listener(JSON.parse(data) as CoreEvent);
              }
            }
          } catch {
            /* reconnect below */
          }
          if (stopped) return;
          await new Promise((r) => setTimeout(r, delay));
          delay = Math.min(delay * 2, 10_000);
        }
      };
      void connect(500);
      return () => {
        stopped = true;
        controller?.abort();
      };
    },
  };
}

export function ipcTransport(bridge: NonNullable<Window['bridgehire']>): Transport {
  return {
    kind: 'ipc',
    call: (method, args) => {
      const fn = bridge.api[method];
      return fn ? fn(args) : Promise.resolve(offline('This action is not available in this window.'));
    },
    subscribe: (listener) => bridge.onEvent(listener),
  };
}

export function detectTransport(): Transport {
  return window.bridgehire ? ipcTransport(window.bridgehire) : httpTransport(takeToken());
}
