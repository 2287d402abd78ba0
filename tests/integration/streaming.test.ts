// Streaming transcription through the real whisper.cpp binding in its worker thread, on a random-weight
// model of tiny.en's size and espeak-ng speech. The words are meaningless; what is checked is how the
// stream uses the binding: each voiced stretch once, with its own encoder context and the prompt, and
// words that come back ordered, inside the recording and inside the clips that were sent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { TimedWord } from '../../common/report';
import { FILLER_PROMPT } from '../../native/transcriber/decoding';
import type { DecodeOptions } from '../../native/transcriber/params';
import {
  StreamingTranscription,
  transcribeBatch,
  type StretchReport,
  type StretchTranscriber,
} from '../../native/transcriber/streaming';
import { audioCtxFor, Transcriber, type TranscriptResult } from '../../native/transcriber/transcriber';
import { ensureSyntheticModel, TINY_EN } from '../utils/synthetic-model';
import { speechToolsMissing } from '../utils/speech';
import { spokenAnswer } from '../unit/transcriber/spoken-answer';

const RATE = 16000;
const missing = speechToolsMissing();

/** Forwards every call to the real transcriber and notes what was sent: a recorder, not a double. */
class Recorded implements StretchTranscriber {
  readonly sent: { samples: number; options: DecodeOptions }[] = [];

  constructor(private readonly transcriber: Transcriber) {}

  transcribe(pcm: Float32Array, options: DecodeOptions): Promise<TranscriptResult> {
    this.sent.push({ samples: pcm.length, options });
    return this.transcriber.transcribe(pcm, options);
  }
}

function assertWellPlaced(words: readonly TimedWord[], reports: readonly StretchReport[], durationSec: number): void {
  words.forEach((word, i) => {
    assert.ok(word.text.length > 0, 'no empty word');
    assert.ok(
      word.start >= 0 && word.start <= word.end && word.end <= durationSec,
      `${word.start}–${word.end} lies in the recording`,
    );
    if (i > 0) assert.ok(word.start >= words[i - 1]!.end, `word ${i} starts after word ${i - 1} ends`);
    assert.ok(word.probability !== undefined && word.probability >= 0 && word.probability <= 1, 'probability in 0..1');
    const clip = reports.find((r) => r.clip && r.clip.start <= word.start && word.end <= r.clip.end);
    assert.ok(clip, `"${word.text}" at ${word.start.toFixed(2)} s lies inside a clip that was sent`);
  });
}

let transcriber: Transcriber;

before(async () => {
  transcriber = await Transcriber.start({ threads: 2 });
  await transcriber.load(await ensureSyntheticModel(TINY_EN));
});

after(async () => {
  await transcriber.close();
});

test(
  'a spoken answer streamed in 250 ms chunks: each voiced stretch transcribed once, words ordered and in range',
  { skip: missing ?? false, timeout: 300_000 },
  async () => {
    const { samples } = spokenAnswer();
    const recorded = new Recorded(transcriber);
    const reports: StretchReport[] = [];
    const live = new StreamingTranscription(recorded, { onStretch: (report) => reports.push(report) });
    for (let at = 0; at < samples.length; at += 4000) live.push(samples.subarray(at, at + 4000));
    const words = await live.finish();

    const voiced = reports.filter((r) => r.clip !== null);
    assert.ok(voiced.length >= 5 && voiced.length < reports.length, `${voiced.length} of ${reports.length} stretches sent`);
    assert.deepEqual(
      reports.map((r) => r.index),
      reports.map((_, i) => i),
      'every stretch reported once, in order',
    );
    assert.equal(recorded.sent.length, voiced.length, 'one native call per voiced stretch');
    recorded.sent.forEach((call, i) => {
      const clip = voiced[i]!.clip!;
      assert.equal(call.samples, clip.pcm.length, `call ${i} carried stretch ${voiced[i]!.index}'s clip`);
      assert.equal(call.options.audioCtx, audioCtxFor(call.samples / RATE), 'encoder context shrunk to the clip');
      assert.ok(call.options.audioCtx !== undefined && call.options.audioCtx < 1500);
      assert.equal(call.options.initialPrompt, FILLER_PROMPT);
      assert.ok(voiced[i]!.elapsedMs > 0, 'whisper.cpp ran');
    });
    assert.deepEqual(
      words,
      reports.flatMap((r) => r.words),
      'the transcript is the stretches’ words, in order',
    );
    assertWellPlaced(words, reports, samples.length / RATE);
  },
);

test(
  'stored audio through the batch path is cut and sent the same way, and reads the same',
  { skip: missing ?? false, timeout: 300_000 },
  async () => {
    const { samples } = spokenAnswer();
    const live = new Recorded(transcriber);
    const stream = new StreamingTranscription(live);
    for (let at = 0; at < samples.length; at += 4000) stream.push(samples.subarray(at, at + 4000));
    const liveWords = await stream.finish();
    const batch = new Recorded(transcriber);
    const batchWords = await transcribeBatch(batch, samples);
    assert.deepEqual(batch.sent, live.sent);
    // Greedy decoding (and whisper.cpp's seeded fallback) is deterministic for the same clip.
    assert.deepEqual(batchWords, liveWords);
  },
);
