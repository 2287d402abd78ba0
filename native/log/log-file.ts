// The developer detail behind errors the user sees as a code and a sentence: time, code, message, the
// stack and every cause, appended to `<data>/voicedrill.log`. Rotated at about 1 MB, keeping one older
// file. Logging never throws: a read-only or full data folder must not turn one error into two.

import { appendFileSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../common/errors';

export const LOG_FILE_NAME = 'voicedrill.log';
export const DEFAULT_MAX_BYTES = 1_000_000;

export function logFilePath(dataHome: string): string {
  return path.join(dataHome, LOG_FILE_NAME);
}

/** An error and its causes, one block: message, extra codes (errno, SQLite), stack. */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  const seen = new Set<unknown>();
  for (let current: unknown = error, depth = 0; current !== undefined && !seen.has(current) && depth < 8; depth++) {
    seen.add(current);
    const prefix = depth === 0 ? '' : 'caused by: ';
    if (current instanceof Error) {
      const code = (current as { code?: unknown }).code;
      const codeText = code === undefined || current instanceof AppError ? '' : ` [${String(code)}]`;
      parts.push(`${prefix}${current.stack ?? `${current.name}: ${current.message}`}${codeText}`);
      current = current.cause;
    } else {
      parts.push(`${prefix}${typeof current === 'string' ? current : JSON.stringify(current)}`);
      current = undefined;
    }
  }
  return parts.join('\n');
}

export interface LogOptions {
  maxBytes?: number;
  now?: () => Date;
}

export class LogFile {
  private readonly maxBytes: number;
  private readonly now: () => Date;

  constructor(
    readonly file: string,
    options: LogOptions = {},
  ) {
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.now = options.now ?? (() => new Date());
  }

  /** Logs an error with its code (AppError) or 'internal'. Returns false when the log could not be written. */
  error(error: unknown, context?: string): boolean {
    const code = error instanceof AppError ? error.code : 'internal';
    const where = context === undefined ? '' : ` (${context})`;
    return this.append(`${this.now().toISOString()} ERROR ${code}${where}\n${indent(describeError(error))}\n`);
  }

  info(message: string): boolean {
    return this.append(`${this.now().toISOString()} INFO ${message}\n`);
  }

  private append(entry: string): boolean {
    try {
      this.rotateFor(Buffer.byteLength(entry));
      appendFileSync(this.file, entry);
      return true;
    } catch {
      return false;
    }
  }

  private rotateFor(bytes: number): void {
    let size: number;
    try {
      size = statSync(this.file).size;
    } catch {
      return;
    }
    if (size > 0 && size + bytes > this.maxBytes) renameSync(this.file, `${this.file}.1`);
  }
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
