// The model manager as the app sees it: the library's downloads reported as events, the model in use
// (kept in the settings) and its status. Nothing downloads until the user asks.
import path from 'node:path';
import type { ModelEntry, ModelStatus } from '../../common/contract';
import { AppError } from '../../common/errors';
import type { ModelLibrary } from '../models/library';
import { inspectModel } from '../transcriber/model-file';
import type { Emit } from './events';
import type { SettingsService } from './settings';

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Whether a model file can be used: missing (none chosen), ready, or invalid with the reason. */
export async function modelStatusOf(modelPath: string | null): Promise<ModelStatus> {
  if (modelPath === null) return { state: 'missing' };
  try {
    const info = await inspectModel(modelPath);
    return { state: 'ready', path: modelPath, name: path.basename(modelPath), sizeBytes: info.sizeBytes };
  } catch (error) {
    return { state: 'invalid', path: modelPath, error: message(error) };
  }
}

export interface ModelsOptions {
  library: ModelLibrary;
  settings: SettingsService;
  emit: Emit;
  /** Asks the user for a model file; null when they cancel. */
  pickModelFile(): Promise<string | null>;
}

export class ModelsService {
  private readonly activated = new Set<() => void>();

  constructor(private readonly options: ModelsOptions) {}

  /** Calls `listener` whenever a model is put to use (so saved attempts can be transcribed). */
  onActivated(listener: () => void): void {
    this.activated.add(listener);
  }

  list(): ModelEntry[] {
    return this.options.library.list(this.activePath());
  }

  activePath(): string | null {
    return this.options.settings.get().modelPath;
  }

  status(): Promise<ModelStatus> {
    return modelStatusOf(this.activePath());
  }

  async chooseFile(): Promise<ModelStatus> {
    const picked = await this.options.pickModelFile();
    if (picked === null) return this.status();
    const status = await modelStatusOf(picked);
    if (status.state === 'ready') this.activate(picked);
    return status;
  }

  async use(name: string): Promise<ModelStatus> {
    const modelPath = this.options.library.pathOf(this.entry(name).name);
    const status = await modelStatusOf(modelPath);
    if (status.state !== 'ready') {
      throw status.state === 'invalid'
        ? new AppError('model-invalid', status.error)
        : new AppError('model-missing', `model '${name}' is missing`);
    }
    this.activate(modelPath);
    return status;
  }

  /** Starts or resumes a download in the background; the first model downloaded becomes the one in use. */
  download(name: string): void {
    const entry = this.entry(name);
    if (entry.state === 'downloading') throw new AppError('busy', `${entry.name} is already downloading`);
    if (entry.state === 'installed') throw new AppError('invalid-argument', `${entry.name} is already installed`);
    this.options.library
      .download(entry.name, { onProgress: (progress) => this.options.emit('modelDownload', progress) })
      .then((modelPath) => {
        if (this.activePath() === null) this.activate(modelPath);
      })
      // The library has already reported the failure as a 'failed' or 'cancelled' progress event.
      .catch(() => undefined);
  }

  cancel(name: string): void {
    if (!this.options.library.cancel(this.entry(name).name)) throw new AppError('invalid-argument', `${name} is not downloading`);
  }

  async remove(name: string): Promise<void> {
    const entry = this.entry(name);
    await this.options.library.remove(entry.name);
    if (entry.active) this.activate(null);
  }

  private activate(modelPath: string | null): void {
    this.options.settings.setModelPath(modelPath);
    if (modelPath !== null) for (const listener of this.activated) listener();
  }

  private entry(name: string): ModelEntry {
    const entry = this.list().find((candidate) => candidate.name === name);
    if (!entry) throw new AppError('not-found', `unknown model '${name}'`);
    return entry;
  }
}
