// What the preload exposes to the renderer as `window.bridgehire`: one function per API method,
// and the event channel. Nothing else crosses the bridge.
import type { MethodName } from '../shared/api/contract';
import type { Envelope } from '../shared/api/errors';
import type { CoreEvent } from '../shared/api/events';

export interface BridgehireBridge {
  api: { [M in MethodName]: (args: unknown) => Promise<Envelope<unknown>> };
  onEvent(listener: (ev: CoreEvent) => void): () => void;
}

declare global {
  interface Window {
    bridgehire?: BridgehireBridge;
  }
}
