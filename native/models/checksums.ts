// Incremental SHA-1 / SHA-256 over a download, so a 488 MB file is verified as it arrives instead of
// being read again; a resumed download feeds the prefix already on disk first.
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export interface Checksums {
  sha1?: string | null;
  sha256?: string | null;
}

type Algorithm = 'sha1' | 'sha256';

const HEX_DIGITS: Record<Algorithm, number> = { sha1: 40, sha256: 64 };
const LABEL: Record<Algorithm, string> = { sha1: 'SHA-1', sha256: 'SHA-256' };

/** A user-given checksum in canonical form (lowercase hex), or an error naming the flag. */
export function parseChecksum(algorithm: Algorithm, value: string): string {
  const hex = value.trim().toLowerCase();
  if (!new RegExp(`^[0-9a-f]{${HEX_DIGITS[algorithm]}}$`).test(hex)) {
    throw new Error(`${LABEL[algorithm]} must be ${HEX_DIGITS[algorithm]} hex digits, got '${value}'`);
  }
  return hex;
}

export class ChecksumVerifier {
  private readonly hashes: [Algorithm, string, Hash][];

  constructor(checksums: Checksums) {
    const expected: [Algorithm, string | null | undefined][] = [
      ['sha1', checksums.sha1],
      ['sha256', checksums.sha256],
    ];
    this.hashes = expected.flatMap(([algorithm, hex]) =>
      hex ? [[algorithm, parseChecksum(algorithm, hex), createHash(algorithm)] as [Algorithm, string, Hash]] : [],
    );
  }

  get checks(): boolean {
    return this.hashes.length > 0;
  }

  update(chunk: Uint8Array): void {
    for (const [, , hash] of this.hashes) hash.update(chunk);
  }

  /** Feeds the first `bytes` of a file, for a download that resumes after them. */
  async updateFromFile(file: string, bytes: number): Promise<void> {
    if (!this.checks || bytes === 0) return;
    for await (const chunk of createReadStream(file, { start: 0, end: bytes - 1 })) this.update(chunk as Buffer);
  }

  /** Throws "checksum mismatch for <file>: expected …, got …" on the first hash that differs. */
  verify(fileName: string): void {
    for (const [algorithm, expected, hash] of this.hashes) {
      const actual = hash.digest('hex');
      if (actual !== expected) {
        throw new Error(`checksum mismatch for ${fileName}: expected ${LABEL[algorithm]} ${expected}, got ${actual}`);
      }
    }
  }
}
