// Sends chunks to main strictly in order, one call in flight at a time, numbering them from 0.
// Nothing is dropped: chunks wait in the queue until the previous call settles. The first failure stops
// the upload for good (main keeps what it received) and is reported once.
import { errorMessage } from '../format/errors';

export type SendChunk = (seq: number, samples: Float32Array) => Promise<void>;

export class ChunkUploader {
  private queue: Float32Array[] = [];
  private nextSeq = 0;
  private sending = false;
  private cancelled = false;
  private failure: string | null = null;
  private waiters: (() => void)[] = [];
  private sent = 0;

  constructor(
    private readonly send: SendChunk,
    private readonly onFailure: (message: string) => void,
  ) {}

  /** Samples main has confirmed. */
  get sentSamples(): number {
    return this.sent;
  }

  get error(): string | null {
    return this.failure;
  }

  enqueue(samples: Float32Array): void {
    if (this.cancelled || this.failure !== null) return;
    this.queue.push(samples);
    void this.pump();
  }

  /** Resolves once every queued chunk has been sent, or the upload has failed or been cancelled. */
  drain(): Promise<void> {
    if (!this.sending && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** For a discarded recording: stop sending, and ignore the outcome of the call still in flight. */
  cancel(): void {
    this.cancelled = true;
    this.queue = [];
    if (!this.sending) this.settle();
  }

  private async pump(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    for (let chunk = this.queue.shift(); chunk; chunk = this.queue.shift()) {
      try {
        await this.send(this.nextSeq, chunk);
      } catch (error) {
        if (this.cancelled) break;
        this.failure = errorMessage(error);
        this.queue = [];
        this.onFailure(this.failure);
        break;
      }
      if (this.cancelled) break;
      this.nextSeq += 1;
      this.sent += chunk.length;
    }
    this.sending = false;
    this.settle();
  }

  private settle(): void {
    for (const resolve of this.waiters.splice(0, this.waiters.length)) resolve();
  }
}
