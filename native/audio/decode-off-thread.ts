// Whole recordings decoded on a worker thread: a 10-minute answer takes seconds to decode, which on the
// main thread would freeze every call and event meanwhile. Correct, revert, re-score and requeue use it.
// One worker serves every request in turn and is started on first use, so a burst of calls costs no more
// threads or file descriptors than one; it does not keep the process alive while idle.

import { Worker } from 'node:worker_threads';
import type { DecodeReply, DecodeRequest } from './decode-worker';

function workerUrl(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('./decode-worker.ts', import.meta.url)
    : new URL('./opus-decode-worker.js', import.meta.url);
}

/**
 * Node 20 does not apply tsx's module hooks (inherited through `--import tsx`) to worker threads, so a
 * worker run from TypeScript source registers tsx itself before importing its entry.
 */
function startWorker(url: URL): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url);
  const tsx = import.meta.resolve('tsx/esm/api');
  const source = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(source, { eval: true });
}

interface Pending {
  resolve(samples: Float32Array): void;
  reject(error: Error): void;
}

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let nextId = 1;

/** Fails every request in flight and forgets the worker: the next request starts a new one. */
function failAll(error: Error): void {
  worker = null;
  for (const request of pending.values()) request.reject(error);
  pending.clear();
}

function decoder(): Worker {
  if (worker) return worker;
  const started = startWorker(workerUrl());
  started.on('message', (reply: DecodeReply) => {
    const request = pending.get(reply.id);
    pending.delete(reply.id);
    if (pending.size === 0) started.unref();
    if (!request) return;
    if (reply.ok) request.resolve(reply.samples);
    else request.reject(new Error(reply.message));
  });
  started.on('error', (error) => {
    if (worker === started) failAll(new Error(`the Opus decoder failed: ${error.message}`, { cause: error }));
  });
  started.on('exit', (code) => {
    if (worker === started) failAll(new Error(`the Opus decoder stopped without an answer (exit code ${code})`));
  });
  worker = started;
  return started;
}

/** decodeOggOpus on a worker thread: the same samples, or the same error, without blocking the caller. */
export function decodeOggOpusAsync(bytes: Uint8Array): Promise<Float32Array> {
  if (!(bytes instanceof Uint8Array)) return Promise.reject(new Error('audio must be given as bytes (a Uint8Array)'));
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    const target = decoder();
    target.ref();
    // Structured clone copies the bytes: the caller's array stays usable.
    target.postMessage({ id, bytes } satisfies DecodeRequest);
  });
}
