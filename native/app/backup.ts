// Your data as a whole: the library backed up to one file, restored from one, or deleted. Models are
// downloaded files, not part of the library: none of this touches them. Plain Node, shared by the app
// (through IPC) and the command line.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { RestorePreview } from '../../common/contract';
import { AppError } from '../../common/errors';
import { shippedDeck } from '../library/shipped';
import { LOG_FILE_NAME } from '../log/log-file';
import type { PickSaveFile } from '../progress/export-service';
import { defaultBackupsDir, openStore, prepareRestore, type LibraryCounts, type Store } from '../store';
import { fileStamp } from '../store/backups';
import type { Emit } from './events';
import type { DataPaths } from './paths';
import { loadSettings, saveSettings } from './settings';

/** Asks which backup to restore; null when the user cancels. */
export type PickBackupFile = () => Promise<string | null>;

export interface BackupServiceOptions {
  store: Store;
  paths: DataPaths;
  /** better-sqlite3 built for Electron's ABI, for the copies this service opens beside the store. */
  nativeBinding?: string;
  emit?: Emit;
  pickSaveFile?: PickSaveFile | null;
  pickBackupFile?: PickBackupFile | null;
  /**
   * Resolves once nothing is being recorded, saved or transcribed, so no work in flight writes into the
   * replaced library; throws (code 'recording-active') while a recording is live. The rows are replaced
   * synchronously right after it resolves.
   */
  quiesce?: () => Promise<void>;
  /** After the library was replaced: the app queues what the new rows need and tells the window. */
  afterReplace?: (reason: 'restored' | 'erased') => void;
  now?: () => Date;
}

/** Checked backups not restored within this time are removed the next time the service starts. */
const STALE_PENDING_MS = 24 * 60 * 60 * 1000;
/** Safety copies made before giving up on a library that keeps changing under the restore. */
const MAX_COPY_TRIES = 3;

export function backupFileName(now: Date): string {
  return `voicedrill-backup-${now.toISOString().slice(0, 10)}.sqlite`;
}

export class BackupService {
  private readonly pending = new Map<string, { file: string; source: string }>();
  private running = false;
  private readonly now: () => Date;

  constructor(private readonly options: BackupServiceOptions) {
    this.now = options.now ?? (() => new Date());
    this.removeStalePending();
  }

  /** Where checked copies of backups wait for the user's confirmation. */
  get pendingDir(): string {
    return path.join(this.options.paths.home, 'restore-pending');
  }

  get safetyFolder(): string {
    return defaultBackupsDir(this.options.paths.database);
  }

  counts(): LibraryCounts {
    return this.options.store.counts();
  }

  /** Writes the library to `target`, or where the user chooses; `path` is null when they cancel. */
  async backup(target?: string): Promise<{ path: string | null; bytes: number }> {
    const file = target ?? (await this.options.pickSaveFile?.(backupFileName(this.now()))) ?? null;
    if (file === null) return { path: null, bytes: 0 };
    return this.exclusive(async () => {
      const { bytes } = await this.options.store.backupTo(path.resolve(file), {
        ...this.binding(),
        onProgress: (done, total) => this.options.emit?.('backupProgress', { done, total }),
      });
      return { path: path.resolve(file), bytes };
    });
  }

  /** Checks the backup at `file` (or one the user picks) and holds an up-to-date copy until restore or cancel. */
  async inspect(file?: string): Promise<RestorePreview | null> {
    const source = file ?? (await this.options.pickBackupFile?.()) ?? null;
    if (source === null) return null;
    return this.exclusive(async () => {
      const token = randomUUID();
      mkdirSync(this.pendingDir, { recursive: true });
      const prepared = prepareRestore(path.resolve(source), path.join(this.pendingDir, `${token}.sqlite`), this.binding());
      this.pending.set(token, { file: prepared.file, source: path.resolve(source) });
      return {
        token,
        file: path.resolve(source),
        backup: prepared.counts,
        current: this.counts(),
        safetyFolder: this.safetyFolder,
      };
    });
  }

  /**
   * Replaces the library with a checked backup. A copy of the current library is written to the backups
   * folder first (and kept: it is not one of the rotating daily copies); if that fails, nothing is replaced.
   */
  async restore(token: string): Promise<{ safetyCopy: string; counts: LibraryCounts }> {
    const pending = this.pending.get(token);
    if (pending === undefined) {
      throw new AppError('not-found', 'That backup is no longer waiting to be restored. Choose it again.');
    }
    return this.exclusive(async () => {
      const { store } = this.options;
      mkdirSync(this.safetyFolder, { recursive: true });
      const safetyCopy = path.join(this.safetyFolder, `voicedrill-before-restore-${fileStamp(this.now())}.sqlite`);
      await this.copyWhileQuiet(safetyCopy);
      // Nothing was written since the copy, and nothing can be before this synchronous swap.
      store.replaceWith(pending.file, pending.source);
      this.dropPending(token);
      this.options.afterReplace?.('restored');
      return { safetyCopy, counts: this.counts() };
    });
  }

  cancelRestore(token: string): void {
    this.dropPending(token);
  }

  /**
   * Deletes everything the user made and starts the library afresh, with the starter deck as on first
   * launch. Settings return to their defaults; only the chosen model is kept (models are not deleted). The
   * automatic backups, the safety copies of earlier restores, unsaved recordings and the log go too: no
   * copy is kept.
   */
  async erase(): Promise<void> {
    await this.exclusive(async () => {
      const { store, paths } = this.options;
      const { modelPath } = loadSettings(store);
      mkdirSync(this.pendingDir, { recursive: true });
      const fresh = path.join(this.pendingDir, `fresh-${randomUUID()}.sqlite`);
      try {
        const empty = openStore(fresh, { ...this.binding(), backupsDir: this.pendingDir });
        try {
          empty.practice().seedDeck(shippedDeck());
          if (modelPath !== null) saveSettings(empty, { modelPath });
        } finally {
          empty.close();
        }
        await this.quiesce();
        store.replaceWith(fresh, 'a new library');
      } finally {
        rmSync(fresh, { force: true });
      }
      // Deleted rows leave their pages (audio included) in the file until it is compacted.
      store.compact();
      this.pending.clear();
      for (const dir of [paths.journal, this.safetyFolder, this.pendingDir]) removeContents(dir);
      for (const name of listNames(paths.home)) {
        const damagedCopy = name.startsWith(`${path.basename(paths.database)}.damaged-`);
        if (damagedCopy || name.startsWith(LOG_FILE_NAME)) rmSync(path.join(paths.home, name), { force: true });
      }
      this.options.afterReplace?.('erased');
    });
  }

  private async exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.running) throw new AppError('busy', 'A backup, restore or deletion is already under way. Wait for it to finish.');
    this.running = true;
    try {
      return await work();
    } finally {
      this.running = false;
    }
  }

  /**
   * The safety copy takes a while (the online backup yields between steps): work that finished meanwhile is
   * noticed by the change count, and the copy is made again, so it holds the library exactly as replaced.
   */
  private async copyWhileQuiet(file: string): Promise<void> {
    const { store } = this.options;
    for (let tries = 1; ; tries++) {
      await this.quiesce();
      const mark = store.changeCount();
      await store.backupTo(file, this.binding());
      await this.quiesce();
      if (store.changeCount() === mark) return;
      if (tries === MAX_COPY_TRIES) {
        throw new AppError(
          'busy',
          'The library kept changing while its copy was made. Try again once nothing is being transcribed.',
        );
      }
    }
  }

  private quiesce(): Promise<void> {
    return this.options.quiesce?.() ?? Promise.resolve();
  }

  private binding(): { nativeBinding?: string } {
    return this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {};
  }

  private dropPending(token: string): void {
    const pending = this.pending.get(token);
    this.pending.delete(token);
    if (pending) rmSync(pending.file, { force: true });
  }

  private removeStalePending(): void {
    const cutoff = this.now().getTime() - STALE_PENDING_MS;
    for (const name of listNames(this.pendingDir)) {
      const file = path.join(this.pendingDir, name);
      try {
        if (statSync(file).mtimeMs < cutoff) rmSync(file, { force: true });
      } catch {
        // Gone already (another process cleaned up): nothing to do.
      }
    }
  }
}

function listNames(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function removeContents(dir: string): void {
  for (const name of listNames(dir)) rmSync(path.join(dir, name), { recursive: true, force: true });
}
