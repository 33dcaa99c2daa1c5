import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT, METHOD_NAMES } from '../../src/shared/api/contract';
import { isErrorCode, type Envelope } from '../../src/shared/api/errors';
import { insertPeople } from '../helpers/matchSeed';
import { tempCore } from '../helpers/tempCore';

// Every API method, fed random arguments: some shaped like its schema (so they reach the handler),
// some arbitrary JSON and values. Every answer must be an envelope — a value, or a typed error with
// a sentence — and never INTERNAL (an unexpected failure inside). The store stays sound throughout.

const internal: string[] = [];
const logs: unknown[] = [];

type Def = Record<string, unknown> & { type: string; checks?: { _zod: { def: Record<string, unknown> } }[] };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

const NASTY = ['', ' ', 'a', '0', '-1', 'null', '../../../etc/passwd', 'C:\\x', '%00', '\u0000', "O'Brien; DROP TABLE people;--", '😀', 'é'.repeat(50), 'x'.repeat(5000), 'REQ-1', 'latest', '__proto__', 'constructor'];
const anyString = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...NASTY), fc.string({ unit: 'grapheme', maxLength: 20 }));
const anyNumber = fc.oneof(fc.integer({ min: -3, max: 60 }), fc.integer(), fc.double(), fc.constantFrom(0, 1, 2, 5000, 5001, 1e12, -0, Number.MAX_SAFE_INTEGER));

/** Grid column ids the list methods know, so sorts and filters reach the query builders. */
const COLUMNS = ['id', 'name', 'title', 'company', 'location', 'track', 'level', 'stage', 'score', 'reqId', 'exitDate', 'rehire', 'team', 'skills', 'emails', 'availableOn', 'yearsExp', 'action', 'at', 'subject', 'updatedAt', 'roleTitle', 'status'];
const column = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...COLUMNS) }, { weight: 1, arbitrary: anyString });

/** An arbitrary that mostly produces what the schema describes, and sometimes what it does not. */
function arb(s: z.ZodType, depth = 0, key = ''): fc.Arbitrary<unknown> {
  const def = defOf(s);
  const inner = (k: string) => arb(def[k] as z.ZodType, depth + 1, key);
  switch (def.type) {
    case 'string': {
      if (key === 'colId') return column;
      const lens = (def.checks ?? []).map((c) => c._zod.def);
      const max = lens.find((c) => c.check === 'max_length')?.maximum as number | undefined;
      const min = lens.find((c) => c.check === 'min_length')?.minimum as number | undefined;
      return fc.oneof({ weight: 3, arbitrary: fc.string({ minLength: min ?? 0, maxLength: Math.min(max ?? 30, 30) }) }, { weight: 1, arbitrary: anyString });
    }
    case 'number':
      return fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 50 }) }, { weight: 1, arbitrary: anyNumber });
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...Object.values(def.entries as Record<string, string>)) }, { weight: 1, arbitrary: anyString });
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'null':
      return fc.constant(null);
    case 'array':
      return depth > 4 ? fc.constant([]) : fc.array(inner('element'), { maxLength: 4 });
    case 'optional':
      return fc.option(inner('innerType'), { nil: undefined });
    case 'nullable':
      return fc.option(inner('innerType'), { nil: null });
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return fc.option(inner('innerType'), { nil: undefined });
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map((o) => arb(o, depth + 1)));
    case 'record':
      return depth > 4 ? fc.constant({}) : fc.dictionary(column, inner('valueType'), { maxKeys: 3 });
    case 'pipe':
      return inner('in');
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const keys = Object.keys(shape);
      const obj = fc.record(Object.fromEntries(keys.map((k) => [k, arb(shape[k]!, depth + 1, k)])), { requiredKeys: keys.filter((k) => !['optional', 'default', 'prefault'].includes(defOf(shape[k]!).type)) });
      return fc.oneof({ weight: 6, arbitrary: obj }, { weight: 1, arbitrary: fc.tuple(obj, fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue(), { maxKeys: 2 })).map(([a, b]) => ({ ...b, ...(a as object) })) });
    }
    default:
      return fc.jsonValue();
  }
}

function argsFor(method: (typeof METHOD_NAMES)[number]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: arb(CONTRACT[method].args as z.ZodType) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null, 0, '', [], {}, 'x', true) },
  );
}

const core = tempCore({ now: () => new Date('2025-06-01T12:00:00Z'), log: (e) => logs.push(e) });

beforeAll(() => {
  insertPeople(core.db, [
    { name: 'Ada Lovelace', title: 'ML engineer', track: 'ai_ml', level: 'senior', skills: ['PyTorch', 'Kubernetes'], email: 'ada@example.com', alumni: { rehire: 'eligible', hireDate: '2019-01-01', exitDate: '2024-06-01', exitType: 'layoff' } },
    { name: 'Grace Hopper', title: 'Platform engineer', track: 'platform', level: 'staff', skills: ['Go', 'Terraform'], email: 'grace@example.com' },
    { name: 'Linus', title: 'SRE', track: 'sre', skills: ['Linux'] },
  ]);
  core.db.exec(`INSERT INTO roles (id, req_id, title, track, level, status) VALUES (1, 'REQ-1', 'ML engineer', 'ai_ml', 'senior', 'open'), (2, 'REQ-2', 'Platform engineer', 'platform', 'staff', 'open');
    INSERT INTO role_skills (role_id, skill, kind, raw) VALUES (1, 'PyTorch', 'must', 'PyTorch'), (2, 'Go', 'must', 'Go'), (2, 'Terraform', 'nice', 'Terraform');
    INSERT INTO shortlists (id, name, role_id) VALUES (1, 'ML list', 1);
    INSERT INTO shortlist_entries (shortlist_id, person_id, position) VALUES (1, 1, 1);`);
});
afterAll(async () => {
  if (process.env.FUZZ_STATS) console.log(JSON.stringify(STATS));
  if (internal.length) console.error(internal.join('\n'), logs);
  await core.dispose();
});

const STATS: Record<string, Record<string, number>> = {};
function checkEnvelope(method: string, args: unknown, res: Envelope<unknown>): void {
  const k = res.ok ? 'ok' : res.error.code; (STATS[method] ??= {})[k] = (STATS[method]![k] ?? 0) + 1;
  expect(typeof res).toBe('object');
  if (res.ok) {
    expect('value' in res).toBe(true);
    return;
  }
  expect(isErrorCode(res.error.code)).toBe(true);
  expect(typeof res.error.message).toBe('string');
  expect(res.error.message.length).toBeGreaterThan(0);
  expect(res.error.message).not.toMatch(/\n\s+at |\.ts:\d+/); // never a stack
  if (res.error.code === 'INTERNAL') internal.push(`${method} ${JSON.stringify(args)?.slice(0, 300)}`);
  expect(res.error.code, `${method} answered INTERNAL for ${JSON.stringify(args)?.slice(0, 300)}`).not.toBe('INTERNAL');
}

describe('every API method with random arguments', () => {
  it('answers unknown and malformed method names with UNKNOWN_METHOD', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.anything({ maxDepth: 1 })), fc.jsonValue({ maxDepth: 2 }), async (name, args) => {
        fc.pre(typeof name !== 'string' || !(METHOD_NAMES as string[]).includes(name));
        const res = await core.call(name, args);
        expect(res).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
      }),
      { numRuns: 100 },
    );
  });

  for (const method of METHOD_NAMES) {
    it(`${method} answers with an envelope, never INTERNAL`, async () => {
      await fc.assert(
        fc.asyncProperty(argsFor(method), async (args) => {
          checkEnvelope(method, args, await core.call(method, args));
        }),
        { numRuns: CONTRACT[method].job ? 8 : 25, seed: Number(process.env.FUZZ_SEED ?? 20250601) },
      );
    });
  }

  it('leaves the store sound', () => {
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(core.db.pragma('foreign_key_check')).toEqual([]);
  });
});
