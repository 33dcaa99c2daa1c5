import type { Command } from '../command';
import { parseWords } from '../command';
import { keyValues } from '../render';

export const statsCommand: Command = {
  name: 'stats',
  usage: 'stats',
  summary: 'How much the workspace holds.',
  async run(core, argv) {
    parseWords(argv, {}, 0);
    const stats = await core.invoke('app.stats', {});
    return { data: stats, text: keyValues({ ...stats }) };
  },
};
