// The models folder and what is in it: catalogue models (available, partly downloaded, downloading or
// installed) and files the user added. All file access goes through names checked to stay in the folder.
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { DownloadProgress, ModelEntry } from '../../common/contract';
import { AppError } from '../../common/errors';
import { catalogueChecksums, findModel, type Catalogue, type CatalogueModel } from './catalogue';
import { parseChecksum, type Checksums } from './checksums';
import { copyModelInto } from './copy-model';
import { DownloadCancelledError, downloadModel } from './download';
import { PART_SUFFIX, pathInside, requireFileName } from './file-names';
import { parseHttpUrl } from './http-get';
import { partMetaPath, readPartMeta, removePartMeta } from './part-meta';
import type { TransferProgress } from './progress-meter';

export interface DownloadCallbacks {
  onProgress?: (progress: DownloadProgress) => void;
  signal?: AbortSignal;
  /** The user confirmed downloading a model no checksum is known for (checked by size and structure only). */
  allowUnverified?: boolean;
}

export interface UrlDownload extends DownloadCallbacks {
  sha256?: string | null;
  sha1?: string | null;
}

export interface LibraryOptions {
  /** Stall timeout for downloads, in milliseconds (tests use a short one). */
  stallTimeoutMs?: number;
  /** Plain http:// downloads (default: VOICEDRILL_ALLOW_HTTP=1). */
  allowHttp?: boolean;
}

function hasChecksum(checksums: Checksums): boolean {
  return Boolean(checksums.sha1 || checksums.sha256);
}

function unverifiedError(label: string): AppError {
  return new AppError(
    'model-unverified',
    `No checksum is known for ${label}, so Voicedrill can check only its size and structure, not that it is the genuine file.`,
  );
}

interface Running {
  controller: AbortController;
  receivedBytes: number;
  totalBytes: number;
}

interface Target {
  name: string;
  file: string;
  url: string;
  checksums: Checksums;
  expectedBytes: number | null;
}

const USER_MODEL_DESCRIPTION = 'Added by you';

function fileSize(file: string): number | null {
  try {
    const stats = statSync(file);
    return stats.isFile() ? stats.size : null;
  } catch {
    return null;
  }
}

export class ModelLibrary {
  private readonly running = new Map<string, Running>();

  constructor(
    readonly dir: string,
    readonly catalogue: Catalogue,
    private readonly options: LibraryOptions = {},
  ) {}

  /** The catalogue, then every other model file in the folder; `activePath` marks the model in use. */
  list(activePath: string | null): ModelEntry[] {
    const active = activePath === null ? null : path.resolve(activePath);
    const catalogueFiles = new Set(this.catalogue.models.map((model) => model.file));
    const entries = this.catalogue.models.map((model) => this.entry(model.name, model.file, model, active));
    const others = new Set<string>();
    for (const name of this.folderFiles()) {
      const file = name.endsWith(PART_SUFFIX) ? name.slice(0, -PART_SUFFIX.length) : name;
      if (!catalogueFiles.has(file)) others.add(file);
    }
    for (const file of [...others].sort()) entries.push(this.entry(file, file, null, active));
    return entries;
  }

  /** The path of an installed model, by catalogue name or file name. */
  pathOf(name: string): string {
    const { file, label } = this.resolve(name);
    const target = pathInside(this.dir, file, 'model');
    if (fileSize(target) === null) throw new Error(`model '${label}' is not installed`);
    return target;
  }

  /**
   * Downloads (or resumes) a catalogue model, or resumes a download started by URL; resolves to its
   * path once verified. A model without a known checksum needs `allowUnverified`.
   */
  async download(name: string, callbacks: DownloadCallbacks = {}): Promise<string> {
    const model = findModel(this.catalogue, name);
    if (!model) return this.resumeUrl(name, callbacks);
    if (model.unverified && !callbacks.allowUnverified) throw this.refuse(model.name, unverifiedError(model.name), callbacks);
    return this.fetch(
      {
        name: model.name,
        file: model.file,
        url: model.url,
        checksums: catalogueChecksums(model),
        expectedBytes: model.sizeExact ? model.sizeBytes : null,
      },
      callbacks,
    );
  }

  /** Downloads any model file by URL; its name in the folder is the URL's last path segment. */
  async addUrl(url: string, options: UrlDownload = {}): Promise<string> {
    const parsed = parseHttpUrl(url);
    const last = decodeURIComponent(parsed.pathname.split('/').pop() ?? '');
    const file = requireFileName(last, `the file name in ${url}`);
    const known = findModel(this.catalogue, file);
    const given: Checksums = {
      sha1: options.sha1 ? parseChecksum('sha1', options.sha1) : null,
      sha256: options.sha256 ? parseChecksum('sha256', options.sha256) : null,
    };
    // A file named like a catalogue model is listed as that model, so it must match the catalogue.
    const checksums = given.sha1 || given.sha256 || !known ? given : catalogueChecksums(known);
    if (!hasChecksum(checksums) && !options.allowUnverified)
      throw this.refuse(known?.name ?? file, unverifiedError(file), options);
    const expectedBytes = known?.sizeExact ? known.sizeBytes : null;
    return this.fetch({ name: known?.name ?? file, file, url: parsed.href, checksums, expectedBytes }, options);
  }

  /**
   * Whether `download(name)` can continue a partial download: a catalogue model always can; a URL
   * download only when its .part remembers the URL it came from.
   */
  async canResume(name: string): Promise<boolean> {
    if (findModel(this.catalogue, name)) return true;
    const file = requireFileName(name, 'model name');
    return (await readPartMeta(pathInside(this.dir, file, 'model'))) !== null;
  }

  /** Stops a running download, keeping its .part; false when nothing by that name is downloading. */
  cancel(name: string): boolean {
    const running = this.running.get(this.resolve(name).file);
    running?.controller.abort();
    return running !== undefined;
  }

  /** Deletes an installed model and any partial download of it. */
  async remove(name: string): Promise<void> {
    const { file, label } = this.resolve(name);
    const target = pathInside(this.dir, file, 'model');
    if (this.running.has(file)) throw new Error(`model '${label}' is downloading; cancel the download before removing it`);
    const part = `${target}${PART_SUFFIX}`;
    if (fileSize(target) === null && fileSize(part) === null) throw new Error(`model '${label}' is not installed`);
    await rm(target, { force: true });
    await rm(part, { force: true });
    await removePartMeta(target);
  }

  /** Partial downloads in the folder and their sizes: what a full disk can get back. */
  partialDownloads(): { file: string; bytes: number }[] {
    return this.folderFiles()
      .filter((name) => name.endsWith(PART_SUFFIX))
      .map((name) => ({ file: name.slice(0, -PART_SUFFIX.length), bytes: fileSize(path.join(this.dir, name)) ?? 0 }));
  }

  /** Deletes every partial download not running now (the answer to a full disk); returns the bytes freed. */
  async removePartialDownloads(): Promise<number> {
    let freed = 0;
    for (const { file, bytes } of this.partialDownloads()) {
      if (this.running.has(file)) continue;
      const target = path.join(this.dir, file);
      await rm(`${target}${PART_SUFFIX}`, { force: true });
      await removePartMeta(target);
      freed += bytes;
    }
    return freed;
  }

  /** Checks a model file and copies it into the folder under its own name; resolves to the new path. */
  async addFile(source: string): Promise<string> {
    const file = requireFileName(path.basename(source), 'model file name');
    const target = pathInside(this.dir, file, 'model');
    if (path.resolve(source) === target) return target;
    if (this.running.has(file)) throw new Error(`${file} is downloading; wait for it or cancel it first`);
    if (fileSize(target) !== null) throw new Error(`a model named ${file} is already installed; remove it first`);
    const known = findModel(this.catalogue, file);
    mkdirSync(this.dir, { recursive: true });
    await copyModelInto(source, target, known ? catalogueChecksums(known) : {});
    return target;
  }

  /** Continues a URL download from the URL and checksums its .part remembers (the user confirmed it when it started). */
  private async resumeUrl(name: string, callbacks: DownloadCallbacks): Promise<string> {
    const file = requireFileName(name, 'model name');
    const meta = await readPartMeta(pathInside(this.dir, file, 'model'));
    if (meta === null) {
      throw new AppError(
        'not-found',
        `'${name}' is not in the catalogue (${this.catalogue.models.map((m) => m.name).join(', ')}), and no download of it can be resumed; add it again by its URL`,
      );
    }
    return this.fetch(
      { name: file, file, url: meta.url, checksums: meta.checksums, expectedBytes: meta.expectedBytes },
      callbacks,
    );
  }

  /** A download refused before it started is reported like any failure, so a listener waiting for events hears of it. */
  private refuse(name: string, error: AppError, callbacks: DownloadCallbacks): AppError {
    callbacks.onProgress?.({
      name,
      state: 'failed',
      receivedBytes: 0,
      totalBytes: 0,
      bytesPerSec: 0,
      etaSec: null,
      error: error.message,
    });
    return error;
  }

  private resolve(name: string): { file: string; label: string } {
    const model = findModel(this.catalogue, name);
    return model ? { file: model.file, label: model.name } : { file: requireFileName(name, 'model name'), label: name };
  }

  private folderFiles(): string[] {
    try {
      return readdirSync(this.dir, { withFileTypes: true })
        .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
        .map((entry) => entry.name);
    } catch {
      return [];
    }
  }

  private entry(name: string, file: string, model: CatalogueModel | null, active: string | null): ModelEntry {
    const target = path.join(this.dir, file);
    const installed = fileSize(target);
    const partial = fileSize(`${target}${PART_SUFFIX}`);
    const running = this.running.get(file);
    const state = running ? 'downloading' : installed !== null ? 'installed' : partial !== null ? 'partial' : 'available';
    return {
      name,
      description: model?.description ?? USER_MODEL_DESCRIPTION,
      sizeBytes: installed ?? model?.sizeBytes ?? running?.totalBytes ?? 0,
      recommended: model?.recommended ?? false,
      state,
      receivedBytes: running ? running.receivedBytes : (partial ?? 0),
      active: installed !== null && active === path.resolve(target),
      unverified: model?.unverified ?? false,
      // As canResume: a catalogue model always; a URL download only when its .part remembers the URL.
      resumable: state === 'partial' && (model !== null || existsSync(partMetaPath(target))),
    };
  }

  private async fetch(target: Target, callbacks: DownloadCallbacks): Promise<string> {
    const destination = pathInside(this.dir, target.file, 'model');
    if (this.running.has(target.file)) throw new Error(`model '${target.name}' is already downloading`);
    const controller = new AbortController();
    const signal = callbacks.signal ? AbortSignal.any([controller.signal, callbacks.signal]) : controller.signal;
    const running: Running = { controller, receivedBytes: 0, totalBytes: 0 };
    this.running.set(target.file, running);
    let last: TransferProgress = { receivedBytes: 0, totalBytes: target.expectedBytes ?? 0, bytesPerSec: 0, etaSec: null };
    const emit = (state: DownloadProgress['state'], error?: string): void => {
      callbacks.onProgress?.({ name: target.name, state, ...last, ...(error === undefined ? {} : { error }) });
    };
    try {
      const existing = fileSize(destination);
      if (existing !== null) {
        last = { receivedBytes: existing, totalBytes: existing, bytesPerSec: 0, etaSec: 0 };
        emit('done');
        return destination;
      }
      mkdirSync(this.dir, { recursive: true });
      await downloadModel({
        url: target.url,
        destination,
        checksums: target.checksums,
        expectedBytes: target.expectedBytes,
        signal,
        stallTimeoutMs: this.options.stallTimeoutMs,
        ...(this.options.allowHttp === undefined ? {} : { allowHttp: this.options.allowHttp }),
        onProgress: (progress) => {
          last = progress;
          running.receivedBytes = progress.receivedBytes;
          running.totalBytes = progress.totalBytes;
          emit('downloading');
        },
        onVerifying: () => emit('verifying'),
      });
      last = { ...last, totalBytes: last.totalBytes || last.receivedBytes, etaSec: 0 };
      emit('done');
      return destination;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      emit(error instanceof DownloadCancelledError ? 'cancelled' : 'failed', message);
      throw error;
    } finally {
      this.running.delete(target.file);
    }
  }
}
