import { z } from 'zod';
import { method, returns } from '../define';

export interface AppInfo {
  version: string;
  schemaVersion: number;
  engineVersion: string;
  /** File name of the workspace, never its full path. */
  workspace: string;
  shell: 'electron' | 'web' | 'cli' | 'test';
  empty: boolean;
}

export interface Stats {
  people: number;
  alumni: number;
  roles: number;
  openRoles: number;
  shortlists: number;
  importBatches: number;
  layoffEvents: number;
}

export interface DemoResult {
  people: number;
  alumni: number;
  roles: number;
  layoffEvents: number;
  batches: number[];
}

export const appContract = {
  'app.info': method({ args: z.object({}), result: returns<AppInfo>(), doc: 'Version, schema and workspace name.' }),
  'app.stats': method({ args: z.object({}), result: returns<Stats>(), doc: 'How much the workspace holds.' }),
  'demo.create': method({
    args: z.object({ jobId: z.string().min(1).max(64), seed: z.number().int().min(0).max(2 ** 31).default(42) }),
    result: returns<DemoResult>(),
    doc: 'Fills an empty workspace with the demo company: alumni, candidates, open roles and layoffs.',
    job: true,
  }),
  'jobs.cancel': method({
    args: z.object({ jobId: z.string().min(1).max(64) }),
    result: returns<{ cancelled: boolean }>(),
    doc: 'Asks a running job to stop; its work is rolled back.',
  }),
};
