// Turns a stream of byte counts into progress reports with speed and time left, at most a few per
// second, so a fast local copy does not flood the renderer with IPC events.

export interface TransferProgress {
  receivedBytes: number;
  /** 0 when the server did not say how big the file is. */
  totalBytes: number;
  bytesPerSec: number;
  /** Seconds left at the current speed; null until the speed (and the size) is known. */
  etaSec: number | null;
}

export interface MeterOptions {
  totalBytes: number;
  onProgress: (progress: TransferProgress) => void;
  /** Milliseconds; injectable so tests need not wait. */
  now?: () => number;
  intervalMs?: number;
}

/** The speed is measured over the last few seconds, so it follows a connection that speeds up or stalls. */
const WINDOW_MS = 3000;
/** Below this much measured time a speed estimate is noise. */
const MIN_SPAN_MS = 200;

export class ProgressMeter {
  private readonly samples: { at: number; bytes: number }[] = [];
  private lastReport = -Infinity;
  private readonly now: () => number;
  private readonly intervalMs: number;

  constructor(private readonly options: MeterOptions) {
    this.now = options.now ?? (() => performance.now());
    this.intervalMs = options.intervalMs ?? 250;
  }

  /** Records the bytes received so far; reports when the last report is at least the interval old. */
  update(receivedBytes: number): void {
    const at = this.now();
    this.samples.push({ at, bytes: receivedBytes });
    while (this.samples.length > 2 && (this.samples[1]?.at ?? at) <= at - WINDOW_MS) this.samples.shift();
    if (at - this.lastReport >= this.intervalMs) this.report(receivedBytes, at);
  }

  /** Reports the final count whatever the interval, so the last event always shows where it ended. */
  finish(receivedBytes: number): void {
    const at = this.now();
    this.samples.push({ at, bytes: receivedBytes });
    this.report(receivedBytes, at);
  }

  private report(receivedBytes: number, at: number): void {
    this.lastReport = at;
    const first = this.samples[0];
    const span = first ? at - first.at : 0;
    const bytesPerSec = first && span >= MIN_SPAN_MS ? Math.round(((receivedBytes - first.bytes) * 1000) / span) : 0;
    const { totalBytes } = this.options;
    const etaSec = bytesPerSec > 0 && totalBytes > 0 ? Math.max(0, Math.ceil((totalBytes - receivedBytes) / bytesPerSec)) : null;
    this.options.onProgress({ receivedBytes, totalBytes, bytesPerSec, etaSec });
  }
}
