import fs from 'node:fs';
import path from 'node:path';
import type { Command } from '../command';
import { parseWords, usageError } from '../command';
import { SHORTLIST_FORMATS, type ShortlistFormat } from '../../shared/api/contract/export';
import { ApiError } from '../../shared/api/errors';

const FORMATS = [...SHORTLIST_FORMATS, 'html'] as const;
/** Why a write failed, as a sentence's end. */
const WRITE_ERRORS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOENT: 'that folder does not exist',
  ENOTDIR: 'part of the path is a file, not a folder',
  EISDIR: 'that is a folder',
  ENAMETOOLONG: 'the name is too long',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EIO: 'the disk reported an error',
};
const USER_FIXABLE = { EACCES: 1, EPERM: 1, EROFS: 1, ENOENT: 1, ENOTDIR: 1, EISDIR: 1, ENAMETOOLONG: 1 };

export const exportCommand: Command = {
  name: 'export',
  usage: 'export shortlist NAME --out FILE [--format csv|greenhouse|lever|html]',
  summary: 'Writes a shortlist as CSV (with why), an ATS import file, or a printable brief.',
  async run(core, argv) {
    const { flags, positional } = parseWords(argv, { out: 'string', format: 'string' });
    const [what, ...words] = positional;
    if (what !== 'shortlist') throw usageError('Say what to export: export shortlist NAME --out FILE.');
    const name = words.join(' ').trim();
    if (!name) throw usageError('Name the shortlist: export shortlist NAME --out FILE.');
    if (typeof flags.out !== 'string' || !flags.out.trim()) throw usageError('Say where to write the file: --out FILE.');
    const format = (flags.format ?? 'csv') as string;
    if (!FORMATS.includes(format as (typeof FORMATS)[number])) throw usageError(`--format must be one of ${FORMATS.join(', ')}.`);
    const file = path.resolve(flags.out);
    const cannot = (why: string) => new ApiError('BAD_ARGS', `The file could not be written to ${file}: ${why}.`);
    // Checked before the export, so the audit log never records a file that was not written.
    if (!fs.existsSync(path.dirname(file)) || !fs.statSync(path.dirname(file)).isDirectory()) throw cannot('that folder does not exist');
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) throw cannot('that is a folder');
    let rows: number;
    let content: string;
    if (format === 'html') {
      const b = await core.invoke('export.briefHtml', { shortlist: name });
      ({ rows, html: content } = b);
    } else {
      const f = await core.invoke('export.shortlist', { shortlist: name, format: format as ShortlistFormat });
      ({ rows, content } = f);
    }
    try {
      fs.writeFileSync(file, content, 'utf8');
    } catch (e) {
      // A path the user can fix is bad input (2); a full disk or a failing device is not (1).
      const code = (e as NodeJS.ErrnoException).code ?? '';
      const why = WRITE_ERRORS[code] ?? 'the system refused to write it';
      throw new ApiError(code in USER_FIXABLE ? 'BAD_ARGS' : 'INTERNAL', `The file could not be written to ${file}: ${why}.`);
    }
    const data = { file, rows, format };
    return { data, text: `Wrote ${rows} ${rows === 1 ? 'row' : 'rows'} (${format}) to ${file}.` };
  },
};
