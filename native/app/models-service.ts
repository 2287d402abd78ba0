// The app's side of the model manager: the library's downloads reported as events, and which installed
// model transcription uses. Nothing downloads until the user asks.
import type { ModelEntry } from '../../common/contract';
import type { ModelLibrary } from '../models/library';
import type { Emit } from './core';

export interface ActiveModel {
  get(): string | null;
  /** Makes `path` the model in use (null: none). */
  set(path: string | null): void;
}

export class ModelService {
  constructor(
    private readonly library: ModelLibrary,
    private readonly active: ActiveModel,
    private readonly emit: Emit,
  ) {}

  list(): ModelEntry[] {
    return this.library.list(this.active.get());
  }

  /** Starts or resumes a download in the background; the first model downloaded becomes the one in use. */
  download(name: string): void {
    const entry = this.entry(name);
    if (entry.state === 'downloading') throw new Error(`${entry.name} is already downloading`);
    if (entry.state === 'installed') throw new Error(`${entry.name} is already installed`);
    this.library
      .download(entry.name, { onProgress: (progress) => this.emit('modelDownload', progress) })
      .then((path) => {
        if (this.active.get() === null) this.active.set(path);
      })
      // The library has already reported the failure as a 'failed' or 'cancelled' progress event.
      .catch(() => undefined);
  }

  cancel(name: string): void {
    if (!this.library.cancel(this.entry(name).name)) throw new Error(`${name} is not downloading`);
  }

  async remove(name: string): Promise<void> {
    const entry = this.entry(name);
    await this.library.remove(entry.name);
    if (entry.active) this.active.set(null);
  }

  /** The path of an installed model, for making it the one in use. */
  pathOf(name: string): string {
    return this.library.pathOf(this.entry(name).name);
  }

  private entry(name: string): ModelEntry {
    const entry = this.list().find((candidate) => candidate.name === name);
    if (!entry) throw new Error(`unknown model '${name}'`);
    return entry;
  }
}
