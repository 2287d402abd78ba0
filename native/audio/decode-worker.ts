// Worker thread for decode-off-thread.ts: decodes one Ogg Opus file and hands the samples back.

import { parentPort, workerData } from 'node:worker_threads';
import { decodeOggOpus } from './ogg-opus';

export type DecodeReply = { ok: true; samples: Float32Array } | { ok: false; message: string };

if (!parentPort) throw new Error('the Opus decoder must run in a worker thread');
let reply: DecodeReply;
try {
  reply = { ok: true, samples: decodeOggOpus(workerData as Uint8Array) };
} catch (error) {
  reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
}
parentPort.postMessage(reply, reply.ok ? [reply.samples.buffer as ArrayBuffer] : []);
