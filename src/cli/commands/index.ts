import type { Command } from '../command';
import { statsCommand } from './stats';
import { demoCommand } from './demo';
import { listCommand } from './list';
import { matchCommand } from './match';
import { forgetCommand } from './forget';
import { backupCommand } from './backup';
import { auditCommand } from './audit';
import { shortlistCommand } from './shortlist';
import { exportCommand } from './export';
import { skillsCommand } from './skills';
import { importCommand, undoImportCommand } from './import';

/** Every CLI command. Each area adds its command file here. */
export const COMMANDS: Command[] = [statsCommand, demoCommand, listCommand, matchCommand, shortlistCommand, exportCommand, forgetCommand, backupCommand, auditCommand, skillsCommand, importCommand, undoImportCommand];
