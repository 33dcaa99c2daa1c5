import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../helpers/tempCore';

let core: ReturnType<typeof tempCore>;
afterEach(async () => core?.dispose());

describe('the gate', () => {
  it('answers an unknown method with a typed error, not a crash', async () => {
    core = tempCore();
    const res = await core.call('people.drop', {});
    expect(res).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD', message: '"people.drop" is not an action Bridgehire knows.', field: 'method' } });
  });

  it('names the field when arguments are bad', async () => {
    core = tempCore();
    const res = await core.call('people.get', { id: 'seven' });
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('BAD_ARGS');
      expect(res.error.field).toBe('id');
      expect(res.error.message).toMatch(/"id"/);
    }
  });

  it('turns a missing record into NOT_FOUND with a sentence', async () => {
    core = tempCore();
    const res = await core.call('people.get', { id: 42 });
    expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'That person is no longer in the workspace.' } });
  });

  it('hides internal failures behind INTERNAL without a stack', async () => {
    core = tempCore();
    core.db.exec('DROP TABLE person_emails');
    core.db.prepare("INSERT INTO people (full_name) VALUES ('Ada')").run();
    const res = await core.call('people.list', {});
    expect(res).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside Bridgehire. Nothing was changed.' } });
  });

  it('reports stats of an empty workspace', async () => {
    core = tempCore();
    expect(await core.invoke('app.stats', {})).toEqual({ people: 0, alumni: 0, roles: 0, openRoles: 0, shortlists: 0, importBatches: 0, layoffEvents: 0 });
  });
});
