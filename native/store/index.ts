// The store's public surface: open a database, seed the starter library, and the types it returns.

export { openStore, canWrite, defaultBackupsDir, type OpenOptions } from './open';
export { exportReadable, openDamagedReadOnly, setDamagedAside, type ExportResult } from './damaged';
export { listBackups, KEPT_BACKUPS, type DailyBackup } from './backups';
export { BUSY_TIMEOUT_MS, isBusyError, retryOnBusy } from './busy';
export type { Store } from './store';
export * from '../../common/library';
export { prepareRestore, type LibraryCounts, type PreparedRestore } from './library-file';
