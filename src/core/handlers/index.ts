import type { Handlers } from '../gate';
import { appHandlers } from './app';
import { peopleHandlers } from './people';
import { matchHandlers } from './match';
import { rolesHandlers } from './roles';
import { shellHandlers } from './shell';
import { trustHandlers } from './privacy';
import { shortlistsHandlers } from './shortlists';
import { exportHandlers } from './export';
import { viewsHandlers } from './views';
import { insightsHandlers } from './insights';
import { skillsHandlers } from './skills';
import { importHandlers } from './imports';

/** Every method of the contract, implemented. The type fails to compile if one is missing. */
export const HANDLERS: Handlers = {
  ...appHandlers,
  ...peopleHandlers,
  ...matchHandlers,
  ...rolesHandlers,
  ...shellHandlers,
  ...trustHandlers,
  ...shortlistsHandlers,
  ...exportHandlers,
  ...viewsHandlers,
  ...insightsHandlers,
  ...skillsHandlers,
  ...importHandlers,
};
