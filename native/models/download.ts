// Downloads a model file to `<file>.part` beside its destination, resuming an earlier .part with a
// Range request guarded by If-Range, then verifies the checksum and the model structure before the
// final name appears: a file under the final name is always a complete, checked model.
import { open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { AppError } from '../../common/errors';
import { inspectModel, type ModelInfo } from '../transcriber/model-file';
import { ChecksumVerifier, type Checksums } from './checksums';
import { PART_SUFFIX } from './file-names';
import { describeNetworkError, httpAllowedByEnv, openUrl, parseHttpUrl, type OpenedResponse } from './http-get';
import { readPartMeta, removePartMeta, validatorOf, writePartMeta } from './part-meta';
import { ProgressMeter, type TransferProgress } from './progress-meter';

export interface DownloadOptions {
  url: string;
  /** Final path; the download is written to `<destination>.part` until it is verified. */
  destination: string;
  checksums?: Checksums;
  /** The exact size when known; null lets the server's Content-Length decide. */
  expectedBytes?: number | null;
  onProgress?: (progress: TransferProgress) => void;
  /** Called once the last byte is in, before the checksum and structure checks. */
  onVerifying?: () => void;
  signal?: AbortSignal;
  /** Milliseconds without a byte before the connection counts as stalled (default 30 s). */
  stallTimeoutMs?: number;
  maxRedirects?: number;
  /** Allow plain http:// (default: VOICEDRILL_ALLOW_HTTP=1). A redirect from https to http is never followed. */
  allowHttp?: boolean;
  /** Extra trusted certificates (a mirror with a private CA). */
  ca?: string | Buffer;
}

/** The user (or the app) cancelled; the .part stays for a later resume. */
export class DownloadCancelledError extends Error {}

const DEFAULT_STALL_MS = 30_000;
const DEFAULT_REDIRECTS = 5;

interface Transfer {
  fileName: string;
  part: string;
  options: DownloadOptions;
  verifier: ChecksumVerifier;
}

async function sizeOf(file: string): Promise<number> {
  return stat(file).then(
    (s) => s.size,
    () => 0,
  );
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

function statusError(response: IncomingMessage, url: URL, fileName: string): Error {
  const status = response.statusCode ?? 0;
  const detail = `HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`;
  if (status === 404 || status === 410) return new Error(`${fileName} was not found on the server (${detail} from ${url.host})`);
  if (status >= 500)
    return new Error(`the server failed while sending ${fileName} (${detail} from ${url.host}); try again later`);
  return new Error(`the server refused to send ${fileName} (${detail} from ${url.host})`);
}

/** The total size a 206 announces in `Content-Range: bytes start-end/total`, checked against where we resume. */
function rangeTotal(response: IncomingMessage, offset: number, fileName: string): number {
  const match = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(response.headers['content-range'] ?? '');
  if (!match || Number(match[1]) !== offset) {
    throw new Error(
      `the server resumed ${fileName} at the wrong place (Content-Range '${response.headers['content-range'] ?? ''}', wanted byte ${offset})`,
    );
  }
  return match[3] === '*' ? 0 : Number(match[3]);
}

function contentLength(response: IncomingMessage): number {
  const length = Number(response.headers['content-length']);
  return Number.isSafeInteger(length) && length >= 0 ? length : 0;
}

/** The download stopped because of this machine (disk), not the network. */
class WriteError extends Error {}

/** The server went quiet for longer than the stall timeout. */
class StallError extends Error {}

function writeError(error: unknown, transfer: Transfer, totalBytes: number): WriteError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    const need = totalBytes > 0 ? ` (${megabytes(totalBytes)} needed)` : '';
    return new WriteError(
      `not enough disk space to download ${transfer.fileName}${need}; free some space and run it again to resume`,
      { cause: error },
    );
  }
  return new WriteError(`cannot write ${transfer.part}: ${(error as Error).message}`);
}

/** Why the body stopped early, in the user's terms; the .part is kept in every case. */
function interruption(error: unknown, opened: OpenedResponse, transfer: Transfer, received: number, total: number): Error {
  if (transfer.options.signal?.aborted)
    return new DownloadCancelledError(
      `download of ${transfer.fileName} cancelled; it resumes from ${megabytes(received)} next time`,
    );
  const cause = opened.failure() ?? error;
  if (cause instanceof StallError) return cause;
  const reason = describeNetworkError(cause, opened.url) ?? (cause instanceof Error ? cause.message : 'connection closed');
  const of = total > 0 ? ` of ${megabytes(total)}` : '';
  return new Error(
    `download of ${transfer.fileName} was interrupted at ${megabytes(received)}${of} (${reason}); run it again to resume`,
  );
}

async function writeBody(opened: OpenedResponse, transfer: Transfer, offset: number, totalBytes: number): Promise<void> {
  let file: FileHandle;
  try {
    file = await open(transfer.part, offset > 0 ? 'a' : 'w');
  } catch (error) {
    opened.response.destroy();
    throw writeError(error, transfer, totalBytes);
  }
  const meter = new ProgressMeter({ totalBytes, onProgress: transfer.options.onProgress ?? (() => undefined) });
  let received = offset;
  meter.update(received);
  try {
    try {
      for await (const chunk of opened.response) {
        const bytes = chunk as Buffer;
        transfer.verifier.update(bytes);
        await file.write(bytes).catch((error: unknown) => {
          throw writeError(error, transfer, totalBytes);
        });
        received += bytes.length;
        meter.update(received);
      }
    } catch (error) {
      opened.response.destroy();
      if (error instanceof WriteError) throw error;
      throw interruption(error, opened, transfer, received, totalBytes);
    }
    if (totalBytes > 0 && received < totalBytes) throw interruption(undefined, opened, transfer, received, totalBytes);
    meter.finish(received);
  } finally {
    await file.close();
  }
}

/**
 * Where an existing .part may resume, with the validator to send in If-Range. A .part without the
 * validator it started from (or from another URL) cannot be checked against the server: start over.
 */
async function resumePoint(transfer: Transfer): Promise<{ offset: number; validator: string | null }> {
  const size = await sizeOf(transfer.part);
  if (size === 0) return { offset: 0, validator: null };
  const meta = await readPartMeta(transfer.options.destination);
  if (meta === null || meta.validator === null || meta.url !== transfer.options.url) return { offset: 0, validator: null };
  return { offset: size, validator: meta.validator };
}

/** Sends the request (with Range and If-Range when a .part can resume) and streams the body into the .part. */
async function fetchIntoPart(transfer: Transfer): Promise<void> {
  const { options, fileName } = transfer;
  const url = parseHttpUrl(options.url);
  const { offset, validator } = await resumePoint(transfer);
  if (options.signal?.aborted) throw new DownloadCancelledError(`download of ${fileName} cancelled`);
  const stallMs = options.stallTimeoutMs ?? DEFAULT_STALL_MS;
  let opened: OpenedResponse;
  try {
    opened = await openUrl(url, {
      headers: {
        'user-agent': 'voicedrill',
        ...(offset > 0 && validator !== null ? { range: `bytes=${offset}-`, 'if-range': validator } : {}),
      },
      signal: options.signal,
      timeoutMs: stallMs,
      maxRedirects: options.maxRedirects ?? DEFAULT_REDIRECTS,
      stallError: () =>
        new StallError(`download of ${fileName} stalled (no data for ${stallMs / 1000} s); run it again to resume`),
      allowHttp: options.allowHttp ?? httpAllowedByEnv(),
      ...(options.ca === undefined ? {} : { ca: options.ca }),
    });
  } catch (error) {
    if (options.signal?.aborted) throw new DownloadCancelledError(`download of ${fileName} cancelled`);
    if (error instanceof StallError || error instanceof AppError) throw error;
    const reason = describeNetworkError(error, url);
    throw reason ? new Error(`cannot download ${fileName}: ${reason}`) : error;
  }
  const { response } = opened;
  const status = response.statusCode ?? 0;
  if (status === 416 && offset > 0) {
    // The .part already holds the whole file: nothing left to fetch, only to verify.
    response.resume();
    await transfer.verifier.updateFromFile(transfer.part, offset);
    return;
  }
  if (status !== 200 && status !== 206) {
    response.resume();
    throw statusError(response, opened.url, fileName);
  }
  // A 200 to a Range request means the file changed (If-Range failed) or the server ignores Range:
  // the body is the whole file, so start over, remembering what this new start came from.
  const start = status === 206 ? offset : 0;
  if (start === 0) {
    await writePartMeta(options.destination, {
      url: options.url,
      checksums: options.checksums ?? {},
      expectedBytes: options.expectedBytes ?? null,
      validator: validatorOf(response),
    }).catch((error: unknown) => {
      response.destroy();
      throw writeError(error, transfer, contentLength(response));
    });
  }
  const total = status === 206 ? rangeTotal(response, offset, fileName) : contentLength(response);
  const expected = options.expectedBytes ?? null;
  if (expected !== null && total > 0 && total !== expected) {
    response.destroy();
    throw new Error(`the server offers ${total} bytes for ${fileName}, but ${expected} are expected`);
  }
  await transfer.verifier.updateFromFile(transfer.part, start);
  await writeBody(opened, transfer, start, total || (expected ?? 0));
}

/** Checks the finished .part (size, checksum, model structure); a bad one is deleted, since resuming cannot fix it. */
async function verifyPart(transfer: Transfer): Promise<ModelInfo> {
  const { fileName, part, options } = transfer;
  try {
    const size = await sizeOf(part);
    const expected = options.expectedBytes ?? null;
    if (expected !== null && size !== expected) throw new Error(`${fileName} is ${size} bytes, but ${expected} are expected`);
    transfer.verifier.verify(fileName);
    return await inspectModel(part).catch((error: unknown) => {
      throw new Error(`${fileName} is not a usable whisper.cpp model: ${error instanceof Error ? error.message : String(error)}`);
    });
  } catch (error) {
    await unlink(part).catch(() => undefined);
    await removePartMeta(options.destination);
    throw error;
  }
}

/** Downloads (or resumes) a model, verifies it and moves it to `destination`. */
export async function downloadModel(options: DownloadOptions): Promise<ModelInfo> {
  const fileName = path.basename(options.destination);
  const transfer: Transfer = {
    fileName,
    part: `${options.destination}${PART_SUFFIX}`,
    options,
    verifier: new ChecksumVerifier(options.checksums ?? {}),
  };
  await fetchIntoPart(transfer);
  options.onVerifying?.();
  const info = await verifyPart(transfer);
  await rename(transfer.part, options.destination);
  await removePartMeta(options.destination);
  return { ...info, path: options.destination };
}
