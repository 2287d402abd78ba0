// Crash-safe journal of a live recording: chunks go to disk as they arrive, so a crash loses at most ~1 s.
// Layout: <dir>/<recordingId>/meta.json (written atomically) and audio.pcm (little-endian Int16, mono).

import {
  closeSync,
  existsSync,
  fdatasync,
  fdatasyncSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../common/errors';
import { assertSampleRate, int16ToFloat, readInt16, writeInt16 } from './format';

export interface JournalMeta {
  recordingId: string;
  questionId: number;
  /** ISO 8601 time the recording started. */
  startedAt: string;
  targetMinSec: number;
  targetMaxSec: number;
  sampleRate: number;
}

export interface Journal {
  /** The journal's folder. */
  readonly path: string;
  readonly meta: JournalMeta;
  readonly durationSec: number;
  /**
   * Appends chunk `seq` (numbered from 0) and returns true; a repeated chunk is ignored (false), a skipped
   * one is an error.
   */
  append(seq: number, samples: Float32Array): boolean;
  samples(): Float32Array;
  close(): void;
  /** Closes the journal and deletes its folder. */
  remove(): void;
}

export interface InterruptedRecording {
  meta: JournalMeta;
  samples: Float32Array;
  path: string;
}

export interface UnreadableJournal {
  path: string;
  reason: string;
}

const META_FILE = 'meta.json';
const META_TEMP_FILE = 'meta.json.tmp';
const AUDIO_FILE = 'audio.pcm';
const JOURNAL_FILES = new Set([META_FILE, META_TEMP_FILE, AUDIO_FILE]);
// The id names a folder, so it must not be able to point anywhere else.
const RECORDING_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

export function openJournal(dir: string, meta: JournalMeta): Journal {
  return new FileJournal(dir, checkMeta(meta));
}

/**
 * Journals left by a process that died while recording. Call it before recording starts: a journal that
 * is still being written looks the same. Folders that cannot be read are reported with the reason.
 */
export function listInterrupted(dir: string): { recovered: InterruptedRecording[]; unreadable: UnreadableJournal[] } {
  const recovered: InterruptedRecording[] = [];
  const unreadable: UnreadableJournal[] = [];
  if (!existsSync(dir)) return { recovered, unreadable };
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const name of folders) {
    const path = join(dir, name);
    try {
      const meta = readMeta(path);
      if (meta.recordingId !== name) throw new Error(`meta.json belongs to recording ${meta.recordingId}`);
      recovered.push({ meta, samples: readAudio(path), path });
    } catch (error) {
      unreadable.push({ path, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { recovered, unreadable };
}

/** Deletes a journal folder; refuses folders holding anything a journal does not write. */
export function removeJournal(path: string): void {
  if (!existsSync(path)) return;
  const strangers = readdirSync(path).filter((name) => !JOURNAL_FILES.has(name));
  if (strangers.length > 0) throw new Error(`not a recording journal (it contains ${strangers.join(', ')}): ${path}`);
  rmSync(path, { recursive: true, force: true });
}

class FileJournal implements Journal {
  readonly path: string;
  private fd: number | null;
  private removed = false;
  private lastSeq = -1;
  private sampleCount = 0;
  /**
   * The samples written so far, as the file holds them: Stop takes them from here instead of reading and
   * converting the whole file while the last stretch waits to be transcribed.
   */
  private written = new Int16Array(0);
  private unsyncedSamples = 0;
  /** A flush runs on libuv's thread pool; close() leaves the descriptor to it when one is in flight. */
  private syncing = false;
  private syncError: Error | null = null;

  constructor(
    dir: string,
    readonly meta: JournalMeta,
  ) {
    this.path = join(dir, meta.recordingId);
    mkdirSync(dir, { recursive: true });
    try {
      mkdirSync(this.path);
    } catch (error) {
      if (isCode(error, 'EEXIST'))
        throw new Error(`a recording journal for ${meta.recordingId} already exists`, { cause: error });
      throw error;
    }
    // The audio file comes first so that a folder with meta.json always has audio.pcm as well.
    this.fd = openSync(join(this.path, AUDIO_FILE), 'wx');
    try {
      writeMeta(this.path, meta);
      syncDirectory(dir);
    } catch (error) {
      this.remove();
      throw error;
    }
  }

  get durationSec(): number {
    return this.sampleCount / this.meta.sampleRate;
  }

  append(seq: number, samples: Float32Array): boolean {
    if (this.fd === null) throw new AppError('not-found', 'the recording journal is closed');
    if (!Number.isSafeInteger(seq) || seq < 0) throw new AppError('invalid-argument', `invalid recording chunk number ${seq}`);
    if (seq <= this.lastSeq) return false;
    if (seq > this.lastSeq + 1) throw new AppError('invalid-argument', `recording chunk ${this.lastSeq + 1} is missing`);
    if (this.syncError) {
      // Reported once, before this chunk is written, so that it can be sent again; the next flush retries.
      const error = this.syncError;
      this.syncError = null;
      const code = (error as NodeJS.ErrnoException).code === 'ENOSPC' ? 'disk-full' : 'cannot-open';
      throw new AppError(code, `the recording could not be flushed to disk: ${error.message}`, { cause: error });
    }
    const bytes = new Uint8Array(samples.length * 2);
    writeInt16(new DataView(bytes.buffer), 0, samples, `recording chunk ${seq}`);
    this.keep(bytes);
    const end = this.sampleCount * 2;
    try {
      writeAll(this.fd, bytes, end);
    } catch (error) {
      // Drop a partly written chunk (disk full, say) so that resending it cannot corrupt the audio.
      ftruncateSync(this.fd, end);
      if ((error as NodeJS.ErrnoException).code === 'ENOSPC') {
        throw new AppError('disk-full', 'the disk is full: free some space; the recording so far is kept', { cause: error });
      }
      throw error;
    }
    this.lastSeq = seq;
    this.sampleCount += samples.length;
    this.unsyncedSamples += samples.length;
    // A killed process loses nothing already written (the OS holds it); flushing bounds the loss on power
    // failure to about a second (plus one flush) while costing one flush per second, off the main thread.
    if (this.unsyncedSamples >= this.meta.sampleRate) this.flushInBackground();
    return true;
  }

  private flushInBackground(): void {
    if (this.syncing || this.fd === null) return;
    const fd = this.fd;
    this.syncing = true;
    this.unsyncedSamples = 0;
    fdatasync(fd, (error) => {
      this.syncing = false;
      // close() flushed synchronously and left the descriptor open for this flush to finish with.
      if (this.fd === null) {
        closeSync(fd);
        return;
      }
      if (error) this.syncError = error;
      // Chunks that arrived during a slow flush are not left waiting for the next second's.
      else if (this.unsyncedSamples >= this.meta.sampleRate) this.flushInBackground();
    });
  }

  /** Copies a chunk's PCM after the samples kept so far; they count once the chunk is written to the file. */
  private keep(bytes: Uint8Array): void {
    const count = bytes.length / 2;
    if (this.sampleCount + count > this.written.length) {
      const grown = new Int16Array(Math.max(2 * this.written.length, this.sampleCount + count, this.meta.sampleRate * 60));
      grown.set(this.written.subarray(0, this.sampleCount));
      this.written = grown;
    }
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i < count; i++) this.written[this.sampleCount + i] = view.getInt16(i * 2, true);
  }

  samples(): Float32Array {
    if (this.removed) throw new Error('the recording journal was removed');
    return int16ToFloat(this.written.subarray(0, this.sampleCount));
  }

  close(): void {
    if (this.fd === null) return;
    const fd = this.fd;
    this.fd = null;
    try {
      fdatasyncSync(fd);
    } finally {
      // Closing under a running flush could let it reach another file that reuses the number.
      if (!this.syncing) closeSync(fd);
    }
  }

  remove(): void {
    this.close();
    removeJournal(this.path);
    this.removed = true;
  }
}

function checkMeta(value: unknown): JournalMeta {
  if (typeof value !== 'object' || value === null) throw new Error('recording metadata must be an object');
  const meta = value as Record<string, unknown>;
  const { recordingId, questionId, startedAt, targetMinSec, targetMaxSec, sampleRate } = meta;
  if (typeof recordingId !== 'string' || !RECORDING_ID.test(recordingId)) {
    throw new Error(`invalid recording id ${JSON.stringify(recordingId)} (use letters, digits, - and _)`);
  }
  if (typeof questionId !== 'number' || !Number.isSafeInteger(questionId) || questionId < 0) {
    throw new Error(`invalid question id ${JSON.stringify(questionId)}`);
  }
  if (typeof startedAt !== 'string' || Number.isNaN(Date.parse(startedAt))) {
    throw new Error(`invalid recording start time ${JSON.stringify(startedAt)}`);
  }
  if (
    typeof targetMinSec !== 'number' ||
    typeof targetMaxSec !== 'number' ||
    !(targetMinSec >= 0 && targetMinSec <= targetMaxSec && Number.isFinite(targetMaxSec))
  ) {
    throw new Error(`invalid target length ${JSON.stringify(targetMinSec)}–${JSON.stringify(targetMaxSec)} s`);
  }
  if (typeof sampleRate !== 'number') throw new Error(`invalid sample rate ${JSON.stringify(sampleRate)}`);
  assertSampleRate(sampleRate);
  return { recordingId, questionId, startedAt, targetMinSec, targetMaxSec, sampleRate };
}

function readMeta(path: string): JournalMeta {
  let text: string;
  try {
    text = readFileSync(join(path, META_FILE), 'utf8');
  } catch (error) {
    if (isCode(error, 'ENOENT')) throw new Error('meta.json is missing', { cause: error });
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('meta.json is not valid JSON');
  }
  try {
    return checkMeta(value);
  } catch (error) {
    throw new Error(`meta.json is invalid: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** The journal's audio; a half-written final sample from a crash is dropped. */
function readAudio(path: string): Float32Array {
  try {
    return readInt16(readFileSync(join(path, AUDIO_FILE)));
  } catch (error) {
    if (isCode(error, 'ENOENT')) throw new Error('audio.pcm is missing', { cause: error });
    throw error;
  }
}

function writeAll(fd: number, bytes: Uint8Array, position: number): void {
  for (let written = 0; written < bytes.length;) {
    written += writeSync(fd, bytes, written, bytes.length - written, position + written);
  }
}

/** Writes meta.json through a synced temporary file, so a crash never leaves a partial one. */
function writeMeta(folder: string, meta: JournalMeta): void {
  const temp = join(folder, META_TEMP_FILE);
  const fd = openSync(temp, 'w');
  try {
    writeAll(fd, new TextEncoder().encode(`${JSON.stringify(meta, null, 2)}\n`), 0);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, join(folder, META_FILE));
  syncDirectory(folder);
}

/** Makes new and renamed entries in a folder durable. Windows cannot open folders, and NTFS logs them anyway. */
function syncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}
