// Sequential little-endian reads over a FileHandle with positioned reads, so a header walk can skip
// over hundreds of megabytes of tensor data without reading them.

import type { FileHandle } from 'node:fs/promises';

const CHUNK_BYTES = 16 * 1024;

/** Thrown when a read would run past the end of the file; callers turn it into a user-facing message. */
export class EndOfFileError extends Error {
  constructor(readonly needed: number) {
    super(`unexpected end of file (needed ${needed} bytes)`);
  }
}

export class FileReader {
  private buffer = Buffer.alloc(0);
  private bufferStart = 0;
  position = 0;

  constructor(
    private readonly file: FileHandle,
    readonly size: number,
  ) {}

  get remaining(): number {
    return this.size - this.position;
  }

  skip(bytes: number): void {
    if (bytes > this.remaining) throw new EndOfFileError(this.position + bytes);
    this.position += bytes;
  }

  async bytes(count: number): Promise<Buffer> {
    if (count > this.remaining) throw new EndOfFileError(this.position + count);
    const offset = this.position - this.bufferStart;
    if (offset < 0 || offset + count > this.buffer.length) {
      const length = Math.min(Math.max(count, CHUNK_BYTES), this.remaining);
      this.buffer = Buffer.alloc(length);
      const { bytesRead } = await this.file.read(this.buffer, 0, length, this.position);
      if (bytesRead < count) throw new EndOfFileError(this.position + count);
      this.bufferStart = this.position;
    }
    const start = this.position - this.bufferStart;
    this.position += count;
    return this.buffer.subarray(start, start + count);
  }

  async int32(): Promise<number> {
    return (await this.bytes(4)).readInt32LE(0);
  }

  async uint32(): Promise<number> {
    return (await this.bytes(4)).readUInt32LE(0);
  }
}
