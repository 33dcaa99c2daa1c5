import { afterEach, describe, expect, it } from 'vitest';
import { BIG_IMPORT_ROWS, IMPORT_CACHE_KIB, tuneForBulk } from '../../src/core/import/write/tuning';
import { tempCore } from '../helpers/tempCore';

// A big import changes connection settings for its one transaction and must put every one back:
// a connection left without automatic checkpoints would let the WAL grow for ever.

let core: ReturnType<typeof tempCore> | undefined;
afterEach(async () => core?.dispose());

describe('bulk tuning', () => {
  it('turns off the automatic checkpoint and the per-row key checks for the import, then restores them', () => {
    core = tempCore();
    const db = core.db;
    const get = (p: string) => db.pragma(p, { simple: true });
    const before = ['wal_autocheckpoint', 'cache_size', 'threads', 'foreign_keys', 'temp_store'].map(get);
    const restore = tuneForBulk(db);
    expect([get('wal_autocheckpoint'), get('foreign_keys'), get('temp_store')]).toEqual([0, 0, 2]);
    restore();
    expect(['wal_autocheckpoint', 'cache_size', 'threads', 'foreign_keys', 'temp_store'].map(get)).toEqual(before);
    expect(before[0]).toBe(1000);
  });

  it('gives a file of 400,000 rows or more half the page cache, to stay inside its memory budget', () => {
    core = tempCore();
    const db = core.db;
    const cache = () => db.pragma('cache_size', { simple: true });
    let restore = tuneForBulk(db, 100000);
    expect(cache()).toBe(-IMPORT_CACHE_KIB);
    restore();
    restore = tuneForBulk(db, BIG_IMPORT_ROWS);
    expect(cache()).toBe(-IMPORT_CACHE_KIB / 2);
    restore();
  });
});
