import path from 'node:path';
import type { Command } from '../command';
import { parseWords, usageError } from '../command';
import { IMPORT_KINDS, type ImportKind } from '../../shared/domain';

// `import FILE --kind K [--mapping auto|NAME] [--dry-run]` and `undo-import BATCH_ID`.

export const importCommand: Command = {
  name: 'import',
  usage: 'import FILE --kind candidates|alumni|roles|layoffs [--mapping auto|NAME] [--dry-run]',
  summary: 'Imports a CSV/TSV file in one step; prints the counts and every issue.',
  async run(core, argv) {
    const { flags, positional } = parseWords(argv, { kind: 'string', mapping: 'string', 'dry-run': 'boolean' });
    const file = positional[0];
    if (!file || positional.length > 1) throw usageError('Name one file to import, e.g. "import people.csv --kind candidates".');
    const kind = flags.kind;
    if (typeof kind !== 'string' || !(IMPORT_KINDS as readonly string[]).includes(kind)) throw usageError(`--kind must be one of ${IMPORT_KINDS.join(', ')}.`);
    let registered;
    try {
      registered = core.files.register(path.resolve(file));
    } catch {
      throw usageError(`${file} could not be opened: check the path.`);
    }
    const mapping = typeof flags.mapping === 'string' ? flags.mapping : 'auto';
    const r = await core.invoke('import.run', { fileId: registered.id, kind: kind as ImportKind, mapping, dryRun: flags['dry-run'] === true });
    // The result carries the first 1,000 issues; the full list comes from the batch.
    const issues = r.batchId !== null && r.issueCount > r.issues.length ? (await core.invoke('import.issues', { batchId: r.batchId, offset: 0, limit: 100000 })).rows : r.issues;
    const data = { batchId: r.batchId, rows: r.rows, created: r.created, merged: r.merged, rejected: r.rejected, warnings: r.warnings, issues };
    const text = [
      `${r.dryRun ? 'Dry run of' : 'Imported'} ${r.fileName} (${r.encoding}, ${r.delimiter}-separated)${r.batchId !== null ? ` as import #${r.batchId}` : ''}:`,
      `  ${r.rows} rows: ${r.created} created, ${r.merged} merged, ${r.rejected} rejected; ${r.warnings} warning${r.warnings === 1 ? '' : 's'}.`,
      ...issues.slice(0, 50).map((i) => `  ${i.row ? `row ${i.row}` : 'file'}${i.column ? `, ${i.column}` : ''}: ${i.message}`),
      ...(issues.length > 50 ? [`  … and ${issues.length - 50} more (use --json for all).`] : []),
    ].join('\n');
    return { data, text };
  },
};

export const undoImportCommand: Command = {
  name: 'undo-import',
  usage: 'undo-import BATCH_ID',
  summary: 'Takes an import back: removes what it created and restores what it merged.',
  async run(core, argv) {
    const { positional } = parseWords(argv, {});
    const id = Number(positional[0]);
    if (positional.length !== 1 || !Number.isInteger(id) || id < 1) throw usageError('Name the import to undo by its number, e.g. "undo-import 3".');
    const r = await core.invoke('import.undo', { batchId: id });
    return { data: r, text: `Import #${r.batchId} undone: ${r.removed} records removed, ${r.restored} values restored.` };
  },
};
