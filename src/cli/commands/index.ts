import type { Command } from '../command';
import { statsCommand } from './stats';
import { listCommand } from './list';

/** Every CLI command. Each area adds its command file here. */
export const COMMANDS: Command[] = [statsCommand, listCommand];
