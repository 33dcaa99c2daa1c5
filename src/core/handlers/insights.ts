import type { HandlerGroup } from '../gate';
import { readInsights } from '../repos/insights';

export const insightsHandlers: HandlerGroup<'insights.summary'> = {
  'insights.summary': ({ topSkills }, ctx) => readInsights(ctx.db, { today: ctx.now().toISOString().slice(0, 10), topSkills, version: ctx.dataVersion() }),
};
