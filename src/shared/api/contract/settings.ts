import { z } from 'zod';
import { method, returns } from '../define';

export interface TrustSettingsDto {
  /** Names, emails, photos and LinkedIn are hidden in grids and exports. */
  blindReview: boolean;
  /** Never-contacted people from lists are removed after this many days; null = kept. */
  retentionDays: number | null;
  /** Backups kept beside the workspace. */
  backupKeep: number;
}

export const SettingsPatch = z
  .object({
    blindReview: z.boolean().optional(),
    retentionDays: z.number().int().min(1).max(3650).nullable().optional(),
    backupKeep: z.number().int().min(1).max(100).optional(),
  })
  .strict();

export const settingsContract = {
  'settings.get': method({ args: z.object({}), result: returns<TrustSettingsDto>(), doc: 'Privacy and safety settings: blind review, retention, backups kept.' }),
  'settings.update': method({ args: z.object({ patch: SettingsPatch }), result: returns<TrustSettingsDto>(), doc: 'Changes privacy and safety settings; the change is audited.' }),
};
