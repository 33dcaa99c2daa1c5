import type { HandlerGroup } from '../gate';

export const insightsHandlers: HandlerGroup<'insights.summary'> = {
  'insights.summary': ({ topSkills }, ctx) => ctx.reads.run('insights.summary', { today: ctx.now().toISOString().slice(0, 10), topSkills, version: ctx.dataVersion() }),
};
