// Whole recordings decoded on a worker thread: a 10-minute answer takes seconds to decode, which on the
// main thread would freeze every call and event meanwhile. Correct, revert, re-score and requeue use it.

import { Worker } from 'node:worker_threads';
import type { DecodeReply } from './decode-worker';

function workerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./decode-worker.ts', import.meta.url) : new URL('./opus-decode-worker.js', import.meta.url);
}

/**
 * Node 20 does not apply tsx's module hooks (inherited through `--import tsx`) to worker threads, so a
 * worker run from TypeScript source registers tsx itself before importing its entry.
 */
function startWorker(url: URL, bytes: Uint8Array): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData: bytes });
  const tsx = import.meta.resolve('tsx/esm/api');
  const source = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(source, { eval: true, workerData: bytes });
}

/** decodeOggOpus on a worker thread: the same samples, or the same error, without blocking the caller. */
export function decodeOggOpusAsync(bytes: Uint8Array): Promise<Float32Array> {
  if (!(bytes instanceof Uint8Array)) return Promise.reject(new Error('audio must be given as bytes (a Uint8Array)'));
  return new Promise((resolve, reject) => {
    // workerData is a copy: the caller's bytes stay usable.
    const worker = startWorker(workerUrl(), bytes);
    let settled = false;
    worker.once('message', (reply: DecodeReply) => {
      settled = true;
      if (reply.ok) resolve(reply.samples);
      else reject(new Error(reply.message));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(new Error(`the Opus decoder failed: ${error.message}`, { cause: error }));
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the Opus decoder stopped without an answer (exit code ${code})`));
    });
  });
}
