import type { HandlerGroup } from '../gate';
import { record } from '../audit/record';
import { pruneBackups } from '../backup/files';
import { readSettings, writeSettings } from '../privacy/settings';

export const settingsHandlers: HandlerGroup<'settings.get' | 'settings.update'> = {
  'settings.get': (_args, ctx) => readSettings(ctx.db),
  'settings.update': ({ patch }, ctx) => {
    const before = readSettings(ctx.db);
    const after = ctx.db.transaction(() => {
      const next = writeSettings(ctx.db, patch);
      const changed = Object.fromEntries(Object.keys(patch).filter((k) => before[k as keyof typeof before] !== next[k as keyof typeof next]).map((k) => [k, { from: before[k as keyof typeof before], to: next[k as keyof typeof next] }]));
      if (Object.keys(changed).length) record(ctx.db, 'settings', null, { by: ctx.actor, ...changed }, ctx.now());
      return next;
    })();
    if (after.backupKeep < before.backupKeep && ctx.dbPath !== ':memory:') pruneBackups(ctx.dbPath, after.backupKeep);
    // Blind review changes what every grid shows.
    ctx.changed('settings', ...(before.blindReview !== after.blindReview ? (['people', 'alumni', 'matches', 'shortlists'] as const) : []));
    return after;
  },
};
