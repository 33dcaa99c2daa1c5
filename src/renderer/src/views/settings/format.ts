/** Sizes as people read them. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GB`;
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export const REASON_LABELS: Record<string, string> = {
  daily: 'Daily, automatic',
  manual: 'Made by you',
  'pre-restore': 'Before a restore',
};

export function reasonLabel(reason: string): string {
  const m = /^pre-migration-v(\d+)$/.exec(reason);
  if (m) return `Before an update (schema ${m[1]})`;
  return REASON_LABELS[reason] ?? reason;
}
