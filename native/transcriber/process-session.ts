// One transcriber process and the calls in flight on it. When the process dies (a whisper.cpp abort,
// a kill), only its own calls are rejected, so a replacement session can start at once.

import { AppError } from '../../common/errors';
import type { SpawnTranscriber, TranscriberProcess } from './process';
import type { FromWorker, Request, Results, ToWorker } from './protocol';

interface Pending {
  resolve: (value: Results[Request['type']]) => void;
  reject: (error: Error) => void;
  onProgress: ((fraction: number) => void) | undefined;
}

export interface SessionOptions {
  spawn: SpawnTranscriber;
  /** Keep whisper.cpp's own logging on stderr (smart-whisper silences it when NODE_ENV is production). */
  nativeLogs: boolean;
  /** Called once when the process stops for any reason. */
  onStop: () => void;
}

/**
 * smart-whisper allocates and frees a whisper.cpp state (~150 MB for base.en) on every call. glibc keeps
 * freed blocks in per-thread arenas, and after the first free it serves blocks up to 32 MB from them
 * instead of mmap, so fragments of old states stay resident. Two arenas and a fixed mmap threshold hand
 * those buffers back on free (12 stretches: 405 → 369 MB peak).
 */
function childEnv(nativeLogs: boolean): NodeJS.ProcessEnv {
  return {
    ...process.env,
    MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
    MALLOC_MMAP_THRESHOLD_: process.env.MALLOC_MMAP_THRESHOLD_ ?? '131072',
    ...(nativeLogs ? {} : { NODE_ENV: 'production' }),
  };
}

export class ProcessSession {
  readonly ready: Promise<void>;
  private readonly child: TranscriberProcess;
  private readonly exited: Promise<void>;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private started = false;
  private stopped: Error | null = null;
  private onClosed: (() => void) | null = null;

  constructor(
    entry: string,
    private readonly options: SessionOptions,
  ) {
    this.child = options.spawn({ entry, env: childEnv(options.nativeLogs) });
    this.exited = new Promise((resolve) => this.child.onExit(() => resolve()));
    this.ready = new Promise<void>((resolve, reject) => {
      this.child.onMessage((message: FromWorker) => {
        if (message.type === 'ready') {
          this.started = true;
          resolve();
        } else if (message.type === 'closed') this.onClosed?.();
        else this.receive(message);
      });
      this.child.onExit((how) => {
        const cause = new Error(`the transcriber process ended (${how})`);
        reject(
          this.stop(
            this.started
              ? new AppError('transcriber-crashed', 'The transcriber stopped unexpectedly. Try again: it restarts on its own.', {
                  cause,
                })
              : new AppError('transcriber-crashed', 'The transcriber could not start.', { cause }),
          ),
        );
      });
    });
    // Callers that never await `ready` still learn of a failed start through their own calls.
    this.ready.catch(() => undefined);
  }

  /** The process id while it runs (tests kill it to check recovery). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  call<K extends Request['type']>(
    request: Extract<Request, { type: K }>,
    onProgress?: (fraction: number) => void,
  ): Promise<Results[K]> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise<Results[K]>((resolve, reject) => {
      // The process answers a request of type K with a Results[K]; the protocol pairs them by id.
      this.pending.set(id, { resolve: resolve as (value: Results[Request['type']]) => void, reject, onProgress });
      const message: ToWorker = { ...request, id };
      this.child.send(message);
    });
  }

  /**
   * Fails the calls in flight with `reason` at once, then ends the process once its running native
   * call has returned and the model is freed.
   */
  async close(reason: Error): Promise<void> {
    const alive = this.stopped === null;
    this.stop(reason);
    if (alive) {
      const closed = new Promise<void>((resolve) => (this.onClosed = resolve));
      const message: ToWorker = { type: 'close' };
      this.child.send(message);
      await Promise.race([closed, this.exited]);
    }
    this.child.kill();
    await this.exited;
  }

  private receive(message: Exclude<FromWorker, { type: 'ready' | 'closed' }>): void {
    const call = this.pending.get(message.id);
    // Calls failed by close() may still be answered by the process.
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
