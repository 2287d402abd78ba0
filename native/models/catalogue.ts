// The model catalogue (resources/models.json), checked in full on load so a bad edit fails loudly
// instead of offering a download that can never verify.
import { readFileSync } from 'node:fs';
import { requireFileName } from './file-names';
import type { Checksums } from './checksums';

export interface CatalogueModel {
  name: string;
  file: string;
  description: string;
  sizeBytes: number;
  /** False when sizeBytes is known only roughly: the download then trusts Content-Length and the checksum. */
  sizeExact: boolean;
  /** Upstream's checksum (whisper.cpp's model table): authoritative. */
  sha1: string | null;
  /** From copies of the same files: likely, not authoritative. */
  sha256: string | null;
  url: string;
  recommended: boolean;
  /** No checksum is known: the download is checked by size and structure only, and needs the user's confirmation. */
  unverified: boolean;
}

export interface Catalogue {
  models: CatalogueModel[];
}

const NAME = /^[a-z0-9][a-z0-9._-]*$/;
const HEX = { sha1: /^[0-9a-f]{40}$/, sha256: /^[0-9a-f]{64}$/ };
const MODEL_KEYS = [
  'name',
  'file',
  'description',
  'sizeBytes',
  'sizeExact',
  'sha1',
  'sha256',
  'url',
  'recommended',
  'unverified',
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(item: Record<string, unknown>, key: string, what: string): string {
  const value = item[key];
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`${what} ${key} must be non-empty text`);
  return value;
}

function flag(item: Record<string, unknown>, key: string, what: string): boolean {
  const value = item[key];
  if (typeof value !== 'boolean') throw new Error(`${what} ${key} must be true or false`);
  return value;
}

function checksum(item: Record<string, unknown>, key: 'sha1' | 'sha256', what: string): string | null {
  const value = item[key];
  if (value === null) return null;
  if (typeof value !== 'string' || !HEX[key].test(value)) {
    throw new Error(`${what} ${key} must be null or ${key === 'sha1' ? 40 : 64} lowercase hex digits`);
  }
  return value;
}

function parseModel(value: unknown, index: number): CatalogueModel {
  if (!isRecord(value)) throw new Error(`catalogue model ${index + 1} must be an object`);
  const name = text(value, 'name', `catalogue model ${index + 1}`);
  if (!NAME.test(name)) throw new Error(`catalogue model name '${name}' must be lowercase letters, digits, '.', '_' or '-'`);
  const what = `catalogue model '${name}'`;
  const unknown = Object.keys(value).find((key) => !MODEL_KEYS.includes(key));
  if (unknown !== undefined) throw new Error(`${what} has an unknown field '${unknown}'`);
  const file = requireFileName(text(value, 'file', what), `${what} file`);
  const url = text(value, 'url', what);
  if (!/^https:\/\//.test(url) || !url.endsWith(`/${file}`)) throw new Error(`${what} url must be https and end with /${file}`);
  const sizeBytes = value.sizeBytes;
  if (typeof sizeBytes !== 'number' || !Number.isSafeInteger(sizeBytes) || sizeBytes <= 0) {
    throw new Error(`${what} sizeBytes must be a positive whole number`);
  }
  const sha1 = checksum(value, 'sha1', what);
  const sha256 = checksum(value, 'sha256', what);
  const unverified = value.unverified === undefined ? false : flag(value, 'unverified', what);
  // Saying so explicitly keeps a missing checksum from slipping in unnoticed with a new entry.
  if (sha1 === null && sha256 === null && !unverified)
    throw new Error(`${what} has no checksum: give sha256 (or sha1), or mark it "unverified": true`);
  if ((sha1 !== null || sha256 !== null) && unverified) throw new Error(`${what} has a checksum, so it cannot be unverified`);
  return {
    name,
    file,
    description: text(value, 'description', what),
    sizeBytes,
    sizeExact: flag(value, 'sizeExact', what),
    sha1,
    sha256,
    url,
    recommended: flag(value, 'recommended', what),
    unverified,
  };
}

export function parseCatalogue(value: unknown): Catalogue {
  if (!isRecord(value) || !Array.isArray(value.models)) throw new Error('catalogue must be an object with a "models" list');
  const models = value.models.map(parseModel);
  const seen = new Set<string>();
  for (const model of models) {
    for (const key of [model.name, model.file]) {
      if (seen.has(key)) throw new Error(`catalogue lists '${key}' twice`);
      seen.add(key);
    }
  }
  const recommended = models.filter((model) => model.recommended).length;
  if (recommended !== 1) throw new Error(`catalogue must recommend exactly one model, not ${recommended}`);
  return { models };
}

export function readCatalogue(file: string): Catalogue {
  try {
    return parseCatalogue(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new Error(`cannot read the model catalogue ${file}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

/** Points every download at a mirror with the same file names (VOICEDRILL_MODEL_MIRROR), e.g. on a closed network. */
export function withMirror(catalogue: Catalogue, mirror: string): Catalogue {
  let base: URL;
  try {
    base = new URL(mirror.endsWith('/') ? mirror : `${mirror}/`);
  } catch {
    throw new Error(`model mirror must be an http(s) URL, got '${mirror}'`);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:')
    throw new Error(`model mirror must be an http(s) URL, got '${mirror}'`);
  return { models: catalogue.models.map((model) => ({ ...model, url: new URL(encodeURIComponent(model.file), base).href })) };
}

/** The model a name refers to: its catalogue name or its file name. */
export function findModel(catalogue: Catalogue, name: string): CatalogueModel | undefined {
  return catalogue.models.find((model) => model.name === name || model.file === name);
}

/**
 * The checksums a download of this model must match. SHA-1 is upstream's and authoritative; the SHA-256
 * values are only likely, and a wrong one would fail every correct download, so it is used only alone.
 */
export function catalogueChecksums(model: CatalogueModel): Checksums {
  if (model.sha1 !== null) return { sha1: model.sha1 };
  if (model.sha256 !== null) return { sha256: model.sha256 };
  return {};
}
