import path from 'node:path';
import type { z } from 'zod';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTRACT, METHOD_NAMES } from '../../src/shared/api/contract';
import { tempCore } from '../helpers/tempCore';

// No API method reads or writes a path the renderer names: files come in as opaque ids from a
// dialog or an upload, and saves go where the user pointed a dialog. This walks every argument
// schema, so a method added later with a `path` argument fails here.

interface Leaf {
  method: string;
  at: string;
  key: string;
  schema: z.ZodType;
}

type Def = Record<string, unknown> & { type: string };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

function leaves(s: z.ZodType, method: string, at = '', key = ''): Leaf[] {
  const def = defOf(s);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([k, v]) => leaves(v, method, `${at}.${k}`, k));
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return leaves(def.innerType as z.ZodType, method, at, key);
    case 'array':
      return leaves(def.element as z.ZodType, method, `${at}[]`, key);
    case 'union':
      return (def.options as z.ZodType[]).flatMap((o) => leaves(o, method, at, key));
    case 'record':
      return leaves(def.valueType as z.ZodType, method, `${at}{}`, key);
    case 'pipe':
      return leaves(def.in as z.ZodType, method, at, key);
    case 'intersection':
      return [...leaves(def.left as z.ZodType, method, at, key), ...leaves(def.right as z.ZodType, method, at, key)];
    default:
      return [{ method, at, key, schema: s }];
  }
}

const ALL = METHOD_NAMES.flatMap((m) => leaves(CONTRACT[m].args as z.ZodType, m));
const strings = ALL.filter((l) => defOf(l.schema).type === 'string');
const accepts = (l: Leaf, v: string) => l.schema.safeParse(v).success;

const PATH_KEY = /^(path|paths|file|files|filepath|filename|dir|dirs|dirpath|directory|folder|dest|destination|out|output|db|dbpath|workspace|src)$|(path|dir|folder|directory)s?$/i;
const PATHS = ['/etc/passwd', '../../../../etc/passwd', 'C:\\Windows\\win.ini', '~/.ssh/id_rsa', 'file:///etc/passwd'];

describe('no method takes a path from the renderer', () => {
  it('finds the argument schemas (the walk sees the contract)', () => {
    expect(strings.length).toBeGreaterThan(10);
  });

  it('has no argument named like a path, file or folder', () => {
    const offenders = ALL.filter((l) => PATH_KEY.test(l.key)).map((l) => `${l.method}${l.at}`);
    expect(offenders).toEqual([]);
  });

  it('accepts file names only without folders (suggested names for a save dialog)', () => {
    const names = strings.filter((l) => /name$/i.test(l.key) && /file|suggested/i.test(l.key));
    expect(names.map((l) => `${l.method}${l.at}`).sort()).toEqual(['shell.printToPdf.suggestedName', 'shell.saveFile.suggestedName']);
    for (const l of names) for (const p of PATHS) expect(accepts(l, p), `${l.method}${l.at} accepts ${p}`).toBe(false);
  });

  it('takes URLs only to open them in the system browser (which checks them)', () => {
    expect(strings.filter((l) => /url$/i.test(l.key)).map((l) => `${l.method}${l.at}`)).toEqual(['shell.openExternal.url']);
  });

  it('identifies files only by an opaque id the shell gave out', () => {
    for (const l of strings.filter((l) => /^file/i.test(l.key))) expect(l.key).toBe('fileId');
  });
});

describe('what comes back never shows where the workspace lives', () => {
  const core = tempCore();
  afterAll(() => core.dispose());
  it('app.info names the workspace file only; backups are named by id', async () => {
    const info = await core.invoke('app.info', {});
    expect(info.workspace).toBe('workspace.sqlite');
    core.db.prepare("INSERT INTO people (full_name) VALUES ('Ada')").run();
    const b = await core.invoke('backup.create', {});
    const list = await core.invoke('backup.list', {});
    const text = JSON.stringify([info, b, list]);
    expect(text).not.toContain(core.dir);
    expect(text).not.toContain(path.sep + 'backups' + path.sep);
  });

  it('refuses to restore anything but a backup from the list', async () => {
    for (const id of ['../workspace', '/etc/passwd', '..', 'x/../../y']) {
      const r = await core.call('backup.restore', { id });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(['BAD_ARGS', 'NOT_FOUND']).toContain(r.error.code);
    }
  });
});
