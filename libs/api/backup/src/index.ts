export { backupKeyId, BackupFileError, decryptBackup, encryptBackup } from './lib/backup-cipher';
export { createBackup, defaultBackupPath, restoreBackup, RestoreRefusedError, userObjectCount } from './lib/backup';
export { pgTool } from './lib/pg-tools';
