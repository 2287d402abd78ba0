// Regroups the worklet's small blocks into fixed-size chunks for appendRecording. Every sample is kept,
// in order; the last partial chunk comes out of flush().

export class Chunker {
  private readonly ready: Float32Array[] = [];
  private current: Float32Array;
  private filled = 0;

  constructor(private readonly chunkSize: number) {
    this.current = new Float32Array(chunkSize);
  }

  push(block: Float32Array): void {
    let offset = 0;
    while (offset < block.length) {
      const take = Math.min(this.chunkSize - this.filled, block.length - offset);
      this.current.set(block.subarray(offset, offset + take), this.filled);
      this.filled += take;
      offset += take;
      if (this.filled === this.chunkSize) {
        this.ready.push(this.current);
        this.current = new Float32Array(this.chunkSize);
        this.filled = 0;
      }
    }
  }

  /** The complete chunks gathered since the last call. */
  take(): Float32Array[] {
    return this.ready.splice(0, this.ready.length);
  }

  /** The samples of the unfinished chunk (a copy), or null when there are none. */
  flush(): Float32Array | null {
    if (this.filled === 0) return null;
    const tail = this.current.slice(0, this.filled);
    this.filled = 0;
    return tail;
  }
}
