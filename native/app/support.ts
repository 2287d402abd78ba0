// What the user needs when something went wrong: the log file in the data folder, shown in the file
// manager, and the partial model downloads a full disk can get back.
import type { LogFile } from '../log/log-file';
import type { ModelLibrary } from '../models/library';

export interface PartialDownloads {
  files: number;
  bytes: number;
}

export class SupportService {
  constructor(
    private readonly log: LogFile,
    private readonly models: ModelLibrary,
    private readonly revealFile: (file: string) => void,
  ) {}

  /** Shows the log file in the system's file manager (created first, so there is a file to select). */
  revealLog(): void {
    this.log.info('log shown to the user');
    this.revealFile(this.log.file);
  }

  partialDownloads(): PartialDownloads {
    const partial = this.models.partialDownloads();
    return { files: partial.length, bytes: partial.reduce((sum, entry) => sum + entry.bytes, 0) };
  }

  /** Deletes every partial download not running now; returns what was freed. */
  async removePartialDownloads(): Promise<{ freedBytes: number }> {
    return { freedBytes: await this.models.removePartialDownloads() };
  }
}
