// Push events from the core to every shell's UI.

export interface ProgressEvent {
  type: 'progress';
  jobId: string;
  /** e.g. "reading", "importing", "scoring" */
  phase: string;
  done: number;
  total: number | null;
  /** rows (or items) per second so far */
  rate: number | null;
}

/** Something in the store changed; views showing these areas should refresh. */
export interface DataChangedEvent {
  type: 'data.changed';
  areas: DataArea[];
  /** Monotonic counter of writes, so a view can tell whether what it shows is stale. */
  version: number;
}

export type DataArea = 'people' | 'alumni' | 'roles' | 'matches' | 'shortlists' | 'imports' | 'skills' | 'layoffs' | 'views' | 'settings';

export type CoreEvent = ProgressEvent | DataChangedEvent;
export type EventListener = (ev: CoreEvent) => void;
