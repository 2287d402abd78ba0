// Worker thread for decode-off-thread.ts: decodes Ogg Opus files one request at a time and hands the
// samples back (transferred, not copied).

import { parentPort } from 'node:worker_threads';
import { decodeOggOpus } from './ogg-opus';

export interface DecodeRequest {
  id: number;
  bytes: Uint8Array;
}

export type DecodeReply = { id: number; ok: true; samples: Float32Array } | { id: number; ok: false; message: string };

const port = parentPort;
if (!port) throw new Error('the Opus decoder must run in a worker thread');
port.on('message', ({ id, bytes }: DecodeRequest) => {
  let reply: DecodeReply;
  try {
    reply = { id, ok: true, samples: decodeOggOpus(bytes) };
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply, reply.ok ? [reply.samples.buffer as ArrayBuffer] : []);
});
