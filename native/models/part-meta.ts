// What a download started from, kept beside its .part in a hidden file: the URL (so a URL download can
// be resumed later), the checksums it must match, and the validator (ETag or Last-Modified) the next
// run sends in If-Range, so a file changed on the server restarts instead of being spliced.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { IncomingMessage } from 'node:http';
import type { Checksums } from './checksums';

export interface PartMeta {
  url: string;
  checksums: Checksums;
  expectedBytes: number | null;
  /** A strong ETag, or failing that Last-Modified; null when the server sent neither. */
  validator: string | null;
}

export function partMetaPath(destination: string): string {
  return path.join(path.dirname(destination), `.${path.basename(destination)}.part.json`);
}

/** The validator If-Range can carry: a strong ETag (weak ones are not allowed there), else Last-Modified. */
export function validatorOf(response: IncomingMessage): string | null {
  const etag = response.headers.etag;
  if (typeof etag === 'string' && etag.startsWith('"')) return etag;
  const modified = response.headers['last-modified'];
  return typeof modified === 'string' && modified !== '' ? modified : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalHex(value: unknown): string | null {
  return typeof value === 'string' && /^[0-9a-f]+$/.test(value) ? value : null;
}

/** The sidecar, or null when it is missing or unreadable (the download then starts over). */
export async function readPartMeta(destination: string): Promise<PartMeta | null> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(partMetaPath(destination), 'utf8'));
  } catch {
    return null;
  }
  if (!isRecord(data) || typeof data.url !== 'string') return null;
  const checksums = isRecord(data.checksums) ? data.checksums : {};
  const expected = data.expectedBytes;
  return {
    url: data.url,
    checksums: { sha1: optionalHex(checksums.sha1), sha256: optionalHex(checksums.sha256) },
    expectedBytes: typeof expected === 'number' && Number.isSafeInteger(expected) && expected > 0 ? expected : null,
    validator: typeof data.validator === 'string' && data.validator !== '' ? data.validator : null,
  };
}

export async function writePartMeta(destination: string, meta: PartMeta): Promise<void> {
  await writeFile(partMetaPath(destination), `${JSON.stringify(meta)}\n`);
}

export async function removePartMeta(destination: string): Promise<void> {
  await rm(partMetaPath(destination), { force: true });
}
