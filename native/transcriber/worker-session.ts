// One worker thread and the calls in flight on it. When the thread dies, only its own calls are
// rejected, so a replacement session can start at once.

import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { FromWorker, Request, Results, ToWorker } from './protocol';

interface Pending {
  resolve: (value: Results[Request['type']]) => void;
  reject: (error: Error) => void;
  onProgress: ((fraction: number) => void) | undefined;
}

export interface SessionOptions {
  /** Keep whisper.cpp's own logging on stderr (smart-whisper silences it when NODE_ENV is production). */
  nativeLogs: boolean;
  /** Called once when the thread stops for any reason. */
  onStop: () => void;
}

/**
 * Node 20 does not apply tsx's module hooks (inherited through `--import tsx`) to worker threads, so a
 * worker run from TypeScript source registers tsx itself before importing its entry.
 */
function spawn(url: URL, options: WorkerOptions): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const source = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(source, { ...options, eval: true });
}

export class WorkerSession {
  readonly ready: Promise<void>;
  private readonly worker: Worker;
  private readonly exited: Promise<void>;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private stopped: Error | null = null;
  private onClosed: (() => void) | null = null;

  constructor(url: URL, private readonly options: SessionOptions) {
    const env = options.nativeLogs ? process.env : { ...process.env, NODE_ENV: 'production' };
    this.worker = spawn(url, { env });
    this.exited = new Promise((resolve) => this.worker.once('exit', () => resolve()));
    this.ready = new Promise<void>((resolve, reject) => {
      this.worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') resolve();
        else if (message.type === 'closed') this.onClosed?.();
        else this.receive(message);
      });
      this.worker.on('error', (error) => {
        reject(this.stop(new Error(`transcription worker failed: ${error.message}`)));
      });
      this.worker.on('exit', (code) => {
        reject(this.stop(new Error(`transcription worker stopped unexpectedly (exit code ${code})`)));
      });
    });
    // Callers that never await `ready` still learn of a failed start through their own calls.
    this.ready.catch(() => undefined);
  }

  call<K extends Request['type']>(
    request: Extract<Request, { type: K }>,
    transfer: ArrayBuffer[] = [],
    onProgress?: (fraction: number) => void,
  ): Promise<Results[K]> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise<Results[K]>((resolve, reject) => {
      // The worker answers a request of type K with a Results[K]; the protocol pairs them by id.
      this.pending.set(id, { resolve: resolve as (value: Results[Request['type']]) => void, reject, onProgress });
      const message: ToWorker = { ...request, id };
      this.worker.postMessage(message, transfer);
    });
  }

  /**
   * Fails the calls in flight with `reason` at once, then stops the thread once its running native
   * call has returned: terminating a thread under whisper.cpp aborts the whole process.
   */
  async close(reason: Error): Promise<void> {
    const alive = this.stopped === null;
    this.stop(reason);
    if (alive) {
      const closed = new Promise<void>((resolve) => (this.onClosed = resolve));
      const message: ToWorker = { type: 'close' };
      this.worker.postMessage(message);
      await Promise.race([closed, this.exited]);
    }
    await this.worker.terminate();
  }

  private receive(message: Exclude<FromWorker, { type: 'ready' | 'closed' }>): void {
    const call = this.pending.get(message.id);
    // Calls failed by close() may still be answered by the worker.
    if (!call) return;
    if (message.type === 'progress') {
      call.onProgress?.(message.fraction);
      return;
    }
    this.pending.delete(message.id);
    if (message.type === 'done') call.resolve(message.value);
    else call.reject(new Error(message.message));
  }

  private stop(reason: Error): Error {
    if (this.stopped) return this.stopped;
    this.stopped = reason;
    for (const call of this.pending.values()) call.reject(reason);
    this.pending.clear();
    this.options.onStop();
    return reason;
  }
}
