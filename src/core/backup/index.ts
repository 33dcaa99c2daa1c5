// The backup area: copies beside the workspace, taken daily, before migrations and on demand.
export { listBackups, latestBackup, resolveBackup, pruneBackups, backupDir, backupFileName, type BackupInfo } from './files';
export { createBackup, snapshotSync, settleBackups, dailyBackupDue, checkBackupFile } from './create';
export { restoreLive, restoreOffline, type RestoreResult } from './restore';
export { recoveryAdvice, recoveryText, isRecoverable, RESTORE_COMMAND } from './recovery';
export { startDailyBackup, beforeClose } from './lifecycle';
export { storeFingerprint, type StoreFingerprint } from './checksum';
