import crypto from 'node:crypto';
import type { ImportResult } from '../../shared/api/contract/imports';
import type { Ctx } from '../context';
import type { HandlerGroup } from '../gate';
import type { MatchJobInput } from '../match/job';
import { batchIssues, getBatch, issuesCsv, listBatches } from '../import/batches';
import type { ImportJobInput } from '../import/job';
import { deletePreset, listPresets, savePreset } from '../import/mapping/presets';
import { previewImport } from '../import/preview';
import { undoImport } from '../import/undo';
import { DEFAULT_REHIRE_RULES, loadRehireRules, REHIRE_SETTING, saveRehireRules } from '../import/values/rehire';

/**
 * Keeps match scores fresh after people changed, without the user asking: the incremental
 * re-score (changed people against open roles) runs as its own job. The import itself is already
 * committed, so a failure here leaves scores marked stale rather than failing the import.
 */
async function rescore(ctx: Ctx, jobId: string, personIds?: number[]): Promise<void> {
  try {
    const input: MatchJobInput = { today: ctx.now().toISOString().slice(0, 10), personIds };
    await ctx.jobs.run('match.incremental', input, {
      jobId, // the same id, so cancelling the import while it scores stops the scoring
      onProgress: (phase, done, total, rate) => ctx.emit({ type: 'progress', jobId, phase: `scoring: ${phase}`, done, total, rate }),
    });
  } catch {
    /* scores stay stale; match.status says so and match.rescore can be asked for */
  }
}

type ImportMethods =
  | 'import.preview'
  | 'import.run'
  | 'import.list'
  | 'import.get'
  | 'import.issues'
  | 'import.issuesCsv'
  | 'import.undo'
  | 'import.presets.list'
  | 'import.presets.save'
  | 'import.presets.delete'
  | 'settings.rehireMapping.get'
  | 'settings.rehireMapping.set';

export const importHandlers: HandlerGroup<ImportMethods> = {
  'import.preview': ({ fileId, kind, mapping }, ctx) => {
    const file = ctx.files.get(fileId);
    return previewImport(ctx.db, { path: file.path, name: file.name }, kind, mapping);
  },
  'import.run': async ({ fileId, kind, mapping, dryRun, jobId, source }, ctx) => {
    const file = ctx.files.get(fileId);
    const id = jobId ?? crypto.randomUUID();
    const input: ImportJobInput = { filePath: file.path, fileName: file.name, kind, mapping, dryRun, source };
    const result = await ctx.jobs.run<ImportResult>('import', input, {
      jobId: id,
      onProgress: (phase, done, total, rate) => ctx.emit({ type: 'progress', jobId: id, phase, done, total, rate }),
    });
    if (result.dryRun || result.batchId === null) return result;
    const touched = ctx.db.prepare('SELECT DISTINCT person_id FROM import_rows WHERE batch_id = ? AND person_id IS NOT NULL').pluck().all(result.batchId) as number[];
    await rescore(ctx, id, touched.length ? touched : undefined);
    ctx.changed('people', 'alumni', 'roles', 'imports', 'layoffs', 'matches', 'skills');
    return result;
  },
  'import.list': (_args, ctx) => listBatches(ctx.db),
  'import.get': ({ batchId }, ctx) => getBatch(ctx.db, batchId),
  'import.issues': ({ batchId, offset, limit }, ctx) => {
    const all = batchIssues(ctx.db, batchId);
    return { rows: all.slice(offset, offset + limit), total: all.length };
  },
  'import.issuesCsv': ({ batchId }, ctx) => issuesCsv(ctx.db, batchId),
  'import.undo': async ({ batchId }, ctx) => {
    const r = undoImport(ctx.db, batchId);
    await rescore(ctx, crypto.randomUUID());
    ctx.changed('people', 'alumni', 'roles', 'imports', 'layoffs', 'matches', 'skills');
    return r;
  },
  'import.presets.list': ({ kind }, ctx) => listPresets(ctx.db, kind),
  'import.presets.save': (args, ctx) => {
    const p = savePreset(ctx.db, args);
    ctx.changed('imports');
    return p;
  },
  'import.presets.delete': ({ id }, ctx) => {
    const deleted = deletePreset(ctx.db, id);
    if (deleted) ctx.changed('imports');
    return { deleted };
  },
  'settings.rehireMapping.get': (_args, ctx) => {
    const isDefault = !ctx.db.prepare('SELECT 1 FROM settings WHERE key = ?').get(REHIRE_SETTING);
    return { rules: loadRehireRules(ctx.db), isDefault };
  },
  'settings.rehireMapping.set': ({ rules }, ctx) => {
    saveRehireRules(ctx.db, rules);
    ctx.changed('settings');
    return { rules: rules ?? DEFAULT_REHIRE_RULES, isDefault: rules === null };
  },
};
