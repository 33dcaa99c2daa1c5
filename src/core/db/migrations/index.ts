import type { Migration } from '../migrate';
import { migration001 } from './001_domain';

/** Every migration, in order. Add a new file NNN_name.ts and list it here; never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [migration001];
