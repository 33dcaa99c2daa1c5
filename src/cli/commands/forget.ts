import type { Command } from '../command';
import { parseWords, usageError } from '../command';
import { personByEmail } from '../../core/privacy/forget';

export const forgetCommand: Command = {
  name: 'forget',
  usage: 'forget --email E',
  summary: 'Erase a person: their record and every imported row that carried them.',
  async run(core, argv) {
    const { flags, positional } = parseWords(argv, { email: 'string' });
    const email = typeof flags.email === 'string' ? flags.email.trim() : '';
    if (!email || positional.length) throw usageError('Say whom to erase: bridgehire forget --email E');
    const id = personByEmail(core.db, email);
    const r = await core.invoke('people.forget', { id });
    return { data: r, text: r.message };
  },
};
