import { afterEach, describe, expect, it } from 'vitest';
import { tempCore, WORKER_SCRIPT } from '../helpers/tempCore';
import { seedMany } from '../helpers/seedMany';
import { bulkUpdate } from '../../src/core/repos/peopleBulk';
import { BULK_JOB_MIN } from '../../src/core/repos/peopleBulkJob';

// A bulk change for many people runs as a job on its own thread and connection, as the shells run
// it, so the window is not held while tens of thousands of rows are rewritten.

let core: ReturnType<typeof tempCore>;
afterEach(async () => core?.dispose());

const tagged = (tag: string) => core.db.prepare('SELECT count(*) FROM people WHERE tags LIKE ?').pluck().get(`%"${tag}"%`) as number;

describe('bulk updates as a job', () => {
  it('tags everyone a filter selects on a worker thread, once past the threshold', async () => {
    core = tempCore({ workerScript: WORKER_SCRIPT });
    seedMany(core.db, BULK_JOB_MIN + 5);
    // The job reports its progress as it goes: the sign that it ran as a job, not inline.
    const phases: string[] = [];
    core.on((e) => {
      if (e.type === 'progress') phases.push(e.phase);
    });
    const r = await core.invoke('people.bulkUpdate', { target: { grid: 'candidates', filter: {}, quick: '' }, patch: { addTags: ['q4-pool'], stage: 'contacted' } });
    expect(r.updated).toBe(BULK_JOB_MIN + 5);
    expect(phases.length).toBeGreaterThan(0);
    expect(new Set(phases)).toEqual(new Set(['updating']));
    expect(tagged('q4-pool')).toBe(BULK_JOB_MIN + 5);
    expect(core.db.prepare("SELECT count(*) FROM people WHERE stage = 'contacted' AND edited_fields = '[\"stage\",\"tags\"]'").pluck().get()).toBe(BULK_JOB_MIN + 5);
  });

  it('a cancel part-way takes the whole change back', () => {
    core = tempCore();
    seedMany(core.db, 12000);
    const ids = (core.db.prepare('SELECT id FROM people ORDER BY id').pluck().all() as number[]);
    expect(() =>
      bulkUpdate(core.db, ids, { addTags: ['half'] }, (done) => {
        if (done >= 10000) throw new Error('cancelled');
      }),
    ).toThrow('cancelled');
    expect(tagged('half')).toBe(0);
  });
});
