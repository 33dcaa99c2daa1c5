// Moved to core/backup; kept so older imports still resolve.
export { backupDir, backupFileName } from '../backup/files';
