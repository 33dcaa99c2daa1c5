import type { Migration } from '../migrate';
import { migration001 } from './001_domain';
import { migration002 } from './002_match';
import { migration003 } from './003_person_protected';
import { migration004 } from './004_shortlist_order';
import { migration005 } from './005_packed_skills';
import { migration006 } from './006_linkedin_index';
import { migration007 } from './007_layoff_event_index';
import { migration008 } from './008_import_changes_entity';
import { migration009 } from './009_latest_stint_index';

/** Every migration, in order. Add a new file NNN_name.ts and list it here; never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009];
