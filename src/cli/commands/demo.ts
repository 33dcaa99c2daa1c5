import type { Command } from '../command';
import { intFlag, parseWords } from '../command';
import { keyValues } from '../render';
import { ApiError } from '../../shared/api/errors';

export const demoCommand: Command = {
  name: 'demo',
  usage: 'demo [--seed N]',
  summary: 'Fills an empty workspace with the demo company (alumni, candidates, open roles, layoffs).',
  async run(core, argv, io) {
    const { flags } = parseWords(argv, { seed: 'string' }, 0);
    const seed = intFlag(flags, 'seed', 0, 2 ** 31);
    const jobId = `cli-demo-${process.pid}`;
    // Say what is happening on stderr (stdout stays one document with --json).
    let last = '';
    const off = core.on((ev) => {
      if (io.json || ev.type !== 'progress' || ev.jobId !== jobId || ev.phase === last) return;
      last = ev.phase;
      io.err(`${ev.phase}…`);
    });
    try {
      const result = await core.invoke('demo.create', { jobId, ...(seed === undefined ? {} : { seed }) });
      return { data: result, text: keyValues({ ...result }) };
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CONFLICT') {
        throw new ApiError('CONFLICT', 'This workspace already holds people or roles, and the demo can only be loaded into an empty one; use --db with a new file.');
      }
      throw e;
    } finally {
      off();
    }
  },
};
