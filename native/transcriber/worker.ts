// Child process that owns the native whisper.cpp model, so encoding and decoding never block the
// main process and an abort inside whisper.cpp ends only this process. Requests run one at a time:
// whisper.cpp must not free a model a transcription is using.

import { basename } from 'node:path';
import { binding, WhisperModel, type TranscribeDetailedResult } from 'smart-whisper';
import { inspectModel, type ModelInfo } from './model-file';
import type { NativeParams } from './params';
import { parentLink } from './parent-link';
import type { FromWorker, Request, Results, ToWorker } from './protocol';
import type { TranscriptResult } from './types';
import { eotFor, tokensToWords, type NativeToken } from './words';

type Segment = TranscribeDetailedResult<true>;

const link = parentLink();

let loaded: { model: WhisperModel; info: ModelInfo } | null = null;

async function load(path: string): Promise<ModelInfo> {
  // Validated before the native loader sees it: on a bad file that loader takes the process down.
  const info = await inspectModel(path);
  if (loaded) {
    const previous = loaded.model;
    loaded = null;
    await previous.free();
  }
  loaded = { model: await WhisperModel.load(path), info };
  return info;
}

/** smart-whisper hands errors to the completion callback as an Error instead of the segments. */
function runWhisper(
  model: WhisperModel,
  pcm: Float32Array,
  params: NativeParams,
  onSegment: (segment: Segment) => void,
): Promise<Segment[]> {
  return new Promise((resolve, reject) => {
    const handle = model.handle;
    if (!handle) {
      reject(new Error('the whisper model was freed'));
      return;
    }
    const finish = (results: Segment[] | Error): void => {
      if (results instanceof Error) reject(new Error(`whisper.cpp could not transcribe the audio: ${results.message}`));
      else resolve(results);
    };
    binding.transcribe<'detail', true>(handle, pcm, params, finish, onSegment);
  });
}

async function transcribe(id: number, pcm: Float32Array, params: NativeParams, durationSec: number): Promise<TranscriptResult> {
  if (!loaded) throw new Error('no whisper model is loaded: load a model before transcribing');
  const { model, info } = loaded;
  let reported = 0;
  const onSegment = (segment: Segment): void => {
    // Segment ends (ms) only grow, except where a random or confused decoder overshoots the clip.
    const fraction = Math.min(1, segment.to / 1000 / durationSec);
    if (fraction > reported) {
      reported = fraction;
      post({ type: 'progress', id, fraction });
    }
  };
  post({ type: 'progress', id, fraction: 0 });
  const started = performance.now();
  const segments = await runWhisper(model, pcm, params, onSegment);
  const elapsedMs = performance.now() - started;
  const tokens: NativeToken[] = segments.flatMap((segment) => segment.tokens);
  const words = tokensToWords(tokens, { eot: eotFor(info.english), durationSec });
  if (reported < 1) post({ type: 'progress', id, fraction: 1 });
  return { words, text: words.map((word) => word.text).join(' '), model: basename(info.path), elapsedMs };
}

function run(request: Request, id: number): Promise<Results[Request['type']]> {
  switch (request.type) {
    case 'load':
      return load(request.path);
    case 'transcribe':
      return transcribe(id, request.pcm, request.params, request.durationSec);
  }
}

function post(message: FromWorker): void {
  link.post(message);
}

let queue: Promise<void> = Promise.resolve();
let closing = false;

function enqueue(job: () => Promise<void>): void {
  queue = queue.then(job);
}

// Closing waits for the running request (native work cannot be interrupted) and lets the queued ones fail.
link.onMessage((message: ToWorker) => {
  if (message.type === 'close') {
    closing = true;
    enqueue(async () => {
      await loaded?.model.free();
      loaded = null;
      post({ type: 'closed', peakRssBytes: process.resourceUsage().maxRSS * 1024 });
    });
    return;
  }
  enqueue(async () => {
    try {
      if (closing) throw new Error('the transcriber was closed');
      post({ type: 'done', id: message.id, value: await run(message, message.id) });
    } catch (error) {
      post({ type: 'error', id: message.id, message: error instanceof Error ? error.message : String(error) });
    }
  });
});

post({ type: 'ready' });
