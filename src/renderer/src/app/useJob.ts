import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProgressEvent } from '../../../shared/api/events';
import { useApp } from './context';

const newJobId = () => (crypto.randomUUID ? crypto.randomUUID() : `job-${Date.now()}-${Math.random().toString(36).slice(2)}`);

/** Runs a long API call with a job id, following its progress events; can be cancelled. */
export function useJob() {
  const { api } = useApp();
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const current = useRef<string | null>(null);
  useEffect(() => api.onEvent((ev) => ev.type === 'progress' && ev.jobId === current.current && setProgress(ev)), [api]);
  const run = useCallback(async <T,>(start: (jobId: string) => Promise<T>): Promise<T> => {
    const id = newJobId();
    current.current = id;
    setProgress({ type: 'progress', jobId: id, phase: 'starting', done: 0, total: null, rate: null });
    try {
      return await start(id);
    } finally {
      current.current = null;
      setProgress(null);
    }
  }, []);
  const cancel = useCallback(() => {
    if (current.current) void api.call('jobs.cancel', { jobId: current.current });
  }, [api]);
  const percent = progress?.total ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : null;
  return { run, cancel, progress, percent, running: progress !== null };
}
