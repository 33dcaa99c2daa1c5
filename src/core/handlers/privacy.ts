import type { HandlerGroup } from '../gate';
import { record } from '../audit/record';
import { exportPersonData } from '../privacy/exportData';
import { forgetPerson } from '../privacy/forget';
import { previewRetention, runRetention } from '../privacy/retention';
import { keysOf, normaliseLinkedin, releaseTombstones } from '../privacy/tombstones';
import { refuseWhileJobsRun } from './backup';

export const privacyHandlers: HandlerGroup<'people.forget' | 'people.exportData' | 'privacy.allowReimport' | 'privacy.retention.preview' | 'privacy.retention.run'> = {
  'people.forget': ({ id }, ctx) => {
    refuseWhileJobsRun(ctx, 'Erasing a person');
    const r = forgetPerson(ctx.db, id, { actor: ctx.actor, at: ctx.now() });
    ctx.changed('people', 'alumni', 'matches', 'shortlists', 'imports');
    return r;
  },
  'people.exportData': ({ id }, ctx) => exportPersonData(ctx.db, id, { actor: ctx.actor, at: ctx.now() }),
  'privacy.allowReimport': ({ email, linkedin, employeeId }, ctx) => {
    const keys = { emails: email ? [email] : [], linkedin: linkedin ? normaliseLinkedin(linkedin) : null, employeeId };
    const released = ctx.db.transaction(() => {
      const n = releaseTombstones(ctx.db, keys);
      if (n) record(ctx.db, 'allow_reimport', null, { by: ctx.actor, keys: keysOf(keys).length }, ctx.now());
      return n;
    })();
    return { released };
  },
  'privacy.retention.preview': ({ days }, ctx) => previewRetention(ctx.db, days, ctx.now()),
  'privacy.retention.run': ({ days, expected }, ctx) => {
    refuseWhileJobsRun(ctx, 'Removing people under the retention rule');
    const r = runRetention(ctx.db, days, expected, { actor: ctx.actor, at: ctx.now() });
    if (r.removed) ctx.changed('people', 'matches', 'shortlists', 'imports');
    return r;
  },
};

import { backupHandlers } from './backup';
import { auditHandlers } from './audit';
import { settingsHandlers } from './settings';
/** The trust area's handlers together (privacy, backup, audit, settings), joined with one line. */
export const trustHandlers = { ...privacyHandlers, ...backupHandlers, ...auditHandlers, ...settingsHandlers };
