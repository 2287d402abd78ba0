// Errors that reach the UI or the CLI: a stable code the code can branch on, and a sentence for people.
// The developer detail (stack, errno, SQLite code) goes to the log file in the data folder, never on screen.

export const ERROR_CODES = [
  'invalid-argument',
  'not-found',
  'busy',
  'recording-active',
  'recording-too-short',
  'nothing-recorded',
  'model-missing',
  'model-invalid',
  'model-unverified',
  'transcriber-crashed',
  'transcription-failed',
  'disk-full',
  'read-only',
  'cannot-open',
  'database-damaged',
  'database-foreign',
  'database-newer',
  'download-failed',
  'checksum-mismatch',
  'insecure-url',
  'audio-unreadable',
  'transcript-invalid',
  'import-invalid',
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What crosses the IPC boundary (and what the CLI prints) when a call fails. */
export interface WireError {
  code: ErrorCode;
  message: string;
}

/** An error with a code and a message written for the user. `cause` keeps the developer detail for the log. */
export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** Any thrown value as a wire error: AppErrors keep their code; anything else is 'internal' with its message. */
export function toWireError(error: unknown): WireError {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
