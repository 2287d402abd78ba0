// Checks on values coming into the store. Each returns the value (narrowed or normalised) or throws
// an Error naming the field, so callers get one readable line instead of a SQLite constraint code.

import type { TimedWord } from '../../common/report';

function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : String(value);
}

export function requireId(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new Error(`${what} must be a positive integer, got ${show(value)}`);
  }
  return value;
}

export function requireText(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`${what} must be non-empty text, got ${show(value)}`);
  }
  return value.trim();
}

export function requireNonNegative(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new Error(`${what} must be a finite number of at least 0, got ${show(value)}`);
  }
  return value;
}

export function requireCount(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new Error(`${what} must be a whole number of at least 0, got ${show(value)}`);
  }
  return value;
}

export function requireOneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  const match = allowed.find((option) => option === value);
  if (match === undefined) {
    throw new Error(`${what} must be one of ${allowed.join(', ')}, got ${show(value)}`);
  }
  return match;
}

/** Normalises to `Date.toISOString()` so that stored times sort correctly as text. */
export function requireIsoTime(value: unknown, what: string): string {
  const time = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(time.getTime())) {
    throw new Error(`${what} must be an ISO 8601 time, got ${show(value)}`);
  }
  return time.toISOString();
}

export function requireWord(word: TimedWord, index: number): TimedWord {
  const what = `transcript word ${index}`;
  requireText(word.text, `${what} text`);
  const start = requireNonNegative(word.start, `${what} start`);
  const end = requireNonNegative(word.end, `${what} end`);
  if (end < start) {
    throw new Error(`${what} ends (${end}s) before it starts (${start}s)`);
  }
  const { probability } = word;
  if (probability !== undefined && (!Number.isFinite(probability) || probability < 0 || probability > 1)) {
    throw new Error(`${what} probability must be between 0 and 1, got ${show(probability)}`);
  }
  return word;
}

export function requireJson(value: unknown, what: string): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  if (json === undefined) {
    throw new Error(`${what} must be a JSON value (no undefined, functions, bigints or cycles)`);
  }
  return json;
}
