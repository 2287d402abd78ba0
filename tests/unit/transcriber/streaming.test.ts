// The stream's control flow — cutting, queueing, offsets, stitching, guards, cancel and failure — checked
// with TEST DOUBLES that return known words (spoken-answer.ts), never with a real transcription.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TimedWord } from '../../../common/report';
import { FILLER_PROMPT, maxTokensFor } from '../../../native/transcriber/decoding';
import { audioCtxFor, type DecodeOptions } from '../../../native/transcriber/params';
import {
  StreamingTranscription,
  transcribeBatch,
  type StretchReport,
  type StretchTranscriber,
} from '../../../native/transcriber/streaming';
import type { TranscriptResult } from '../../../native/transcriber/types';
import { speechToolsMissing } from '../../utils/speech';
import { knownWords, KnownWordsTranscriber, spokenAnswer } from './spoken-answer';

const RATE = 16000;
const CHUNK = 4000;
const missing = speechToolsMissing();

function assertSameWords(actual: readonly TimedWord[], expected: readonly TimedWord[]): void {
  assert.deepEqual(
    actual.map((w) => w.text),
    expected.map((w) => w.text),
    'every word exactly once, in order',
  );
  actual.forEach((word, i) => {
    const known = expected[i]!;
    assert.ok(
      Math.abs(word.start - known.start) < 1e-9 && Math.abs(word.end - known.end) < 1e-9,
      `"${word.text}" keeps its time`,
    );
    assert.equal(word.probability, known.probability, `"${word.text}" keeps its probability`);
  });
}

async function stream(
  samples: Float32Array,
  transcriber: StretchTranscriber,
  onStretch?: (r: StretchReport) => void,
): Promise<TimedWord[]> {
  const live = new StreamingTranscription(transcriber, onStretch ? { onStretch } : {});
  for (let at = 0; at < samples.length; at += CHUNK) live.push(samples.subarray(at, at + CHUNK));
  return live.finish();
}

/** A double whose calls wait until released, to see what happens while the transcriber is busy. */
class GatedDouble implements StretchTranscriber {
  calls = 0;
  private releases: (() => void)[] = [];

  async transcribe(pcm: Float32Array): Promise<TranscriptResult> {
    this.calls++;
    await new Promise<void>((resolve) => this.releases.push(resolve));
    return {
      words: [{ text: 'word', start: 0, end: pcm.length / RATE / 2, probability: 1 }],
      text: 'word',
      model: 'gated-double',
      elapsedMs: 1,
    };
  }

  release(): void {
    for (const release of this.releases.splice(0)) release();
  }
}

/** Loud noise: every 10 ms frame is voiced, and no two stretches of it are alike (a 32-bit LCG never repeats within). */
function continuousVoice(seconds: number): Float32Array {
  let state = 12345;
  return Float32Array.from({ length: seconds * RATE }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return 0.4 * (state / 2 ** 32 - 0.5);
  });
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

test(
  'spoken answer through the known-words double: no word lost or doubled, each stretch sent once',
  { skip: missing ?? false },
  async () => {
    const { samples, sentences } = spokenAnswer();
    const words = knownWords(sentences);
    const double = new KnownWordsTranscriber(samples, words);
    const reports: StretchReport[] = [];
    const stitched = await stream(samples, double, (report) => reports.push(report));
    assertSameWords(stitched, words);

    const sent = reports.filter((r) => r.clip !== null);
    assert.ok(
      reports.some((r) => r.clip === null),
      'the silent tail is not sent',
    );
    assert.equal(double.calls.length, sent.length, 'one call per voiced stretch');
    double.calls.forEach((call, i) => {
      const report = sent[i]!;
      assert.ok(Math.abs(call.start - report.clip!.start) < 1e-9, `call ${i} is stretch ${report.index}'s clip`);
      assert.ok(call.start >= report.start && call.end <= report.end + 1e-9, `call ${i} lies inside its stretch`);
      if (i > 0) assert.ok(call.start >= double.calls[i - 1]!.end, 'calls come in recording order, without overlap');
      const seconds = call.durationSec;
      assert.deepEqual(call.options, {
        audioCtx: audioCtxFor(seconds),
        maxTokens: maxTokensFor(seconds),
        initialPrompt: FILLER_PROMPT,
      });
    });
    assert.deepEqual(
      reports.map((r) => r.index),
      reports.map((_, i) => i),
    );
  },
);

test('the batch path cuts and sends exactly what the live path does', { skip: missing ?? false }, async () => {
  const { samples, sentences } = spokenAnswer();
  const words = knownWords(sentences);
  const live = new KnownWordsTranscriber(samples, words);
  const batch = new KnownWordsTranscriber(samples, words);
  const liveWords = await stream(samples, live);
  const batchWords = await transcribeBatch(batch, samples);
  assert.deepEqual(batchWords, liveWords);
  assert.deepEqual(batch.calls, live.calls);
});

test('forced cuts through continuous speech: a word cut in two is kept once, by the stretch holding its middle', async () => {
  const samples = continuousVoice(50);
  const words: TimedWord[] = Array.from({ length: 125 }, (_, i) => ({
    text: `w${i}`,
    start: 0.4 * i,
    end: 0.4 * i + 0.35,
    probability: 0.9,
  }));
  const double = new KnownWordsTranscriber(samples, words);
  const reports: StretchReport[] = [];
  const stitched = await stream(samples, double, (report) => reports.push(report));
  assert.ok(reports.length >= 3, `${reports.length} stretches, cut by length`);
  const straddled = words.filter((w) => reports.slice(1).some((r) => w.start < r.start && r.start < w.end));
  const outside = reports.flatMap((r) => r.dropped.filter((d) => d.reason === 'outside').map((d) => d.word.text));
  assert.equal(
    outside.length,
    straddled.length,
    'each cut-through word is dropped once, by the stretch that does not hold its middle',
  );
  assert.deepEqual(
    stitched.map((w) => w.text),
    words.map((w) => w.text),
    'every word exactly once, in order',
  );
  stitched.forEach((word, i) => {
    assert.ok(word.start <= word.end && (i === 0 || word.start >= stitched[i - 1]!.end), `"${word.text}" is in order`);
  });
});

test(
  'the guards run on every stretch: words in a pause are dropped, loops are cut, both reported',
  { skip: missing ?? false },
  async () => {
    const { samples, sentences } = spokenAnswer();
    const words = knownWords(sentences);
    const [, second, , , fourth, fifth] = sentences;
    assert.ok(second && fourth && fifth);
    // "Thank you" invented in the pause between two sentences that share a stretch (the pause is too early
    // in the stretch to cut), and the second sentence's last word looping.
    const reportsOf = (r: StretchReport): boolean => r.start <= fourth.start && fifth.end <= r.end;
    const pause = (fourth.end + fifth.start) / 2;
    const invented: TimedWord[] = [
      { text: 'Thank', start: pause - 0.1, end: pause, probability: 0.2 },
      { text: 'you.', start: pause, end: pause + 0.1, probability: 0.2 },
    ];
    const secondLast = words.filter((w) => w.end <= second.end).at(-1)!;
    const loop: TimedWord[] = [1, 2, 3, 4].map((k) => ({
      ...secondLast,
      start: secondLast.end + 0.01 * k,
      end: secondLast.end + 0.01 * k,
    }));
    const heard = [...words, ...invented, ...loop].sort((a, b) => a.start - b.start);
    const reports: StretchReport[] = [];
    const stitched = await stream(samples, new KnownWordsTranscriber(samples, heard), (r) => reports.push(r));
    assertSameWords(stitched, words);
    assert.equal(reports.filter(reportsOf).length, 1, 'the fourth and fifth sentences share a stretch');
    const dropped = reports.flatMap((r) => r.dropped.map((d) => `${d.word.text}:${d.reason}`));
    assert.deepEqual(dropped.sort(), [...Array(4).fill(`${secondLast.text}:repeated`), 'Thank:unvoiced', 'you.:unvoiced'].sort());
  },
);

test('silence is never sent to the transcriber', async () => {
  const double = new GatedDouble();
  assert.deepEqual(await stream(new Float32Array(40 * RATE), double), []);
  assert.equal(double.calls, 0);
});

test('feeding only queues: audio keeps coming while the transcriber is busy, and Stop waits for the rest', async () => {
  const double = new GatedDouble();
  const samples = continuousVoice(45);
  const live = new StreamingTranscription(double);
  for (let at = 0; at < samples.length; at += CHUNK) live.push(samples.subarray(at, at + CHUNK));
  await settle();
  assert.equal(double.calls, 1, 'one stretch at a time; the others wait their turn');
  const done = live.finish();
  for (let call = 1; call <= 3; call++) {
    double.release();
    await settle();
  }
  const words = await done;
  assert.equal(double.calls, 3, '45 s of speech without pauses: two cut stretches and the tail');
  assert.equal(words.length, 3);
});

test('cancel drops the stretches not yet started and makes finish fail', async () => {
  const double = new GatedDouble();
  const live = new StreamingTranscription(double);
  live.push(continuousVoice(45));
  await settle();
  live.cancel();
  live.push(continuousVoice(1));
  double.release();
  await assert.rejects(live.finish(), { message: 'the transcription was cancelled' });
  await settle();
  assert.equal(double.calls, 1, 'the running call was not followed by another');
});

test('a failing stretch fails the transcript, and the stretches after it are not sent', async () => {
  let calls = 0;
  const failing: StretchTranscriber = {
    async transcribe(_pcm: Float32Array, _options: DecodeOptions): Promise<TranscriptResult> {
      calls++;
      throw new Error('transcription worker stopped unexpectedly (exit code 1)');
    },
  };
  const live = new StreamingTranscription(failing);
  live.push(continuousVoice(45));
  await assert.rejects(live.finish(), { message: 'transcription worker stopped unexpectedly (exit code 1)' });
  assert.equal(calls, 1);
});

test('a transcriber that fails to start is reported by finish', async () => {
  const live = new StreamingTranscription(Promise.reject(new Error('model file not found: /nowhere.bin')));
  live.push(continuousVoice(25));
  await settle();
  await assert.rejects(live.finish(), { message: 'model file not found: /nowhere.bin' });
});

test('finish is idempotent and ends the recording', async () => {
  const live = new StreamingTranscription(new GatedDouble());
  const first = live.finish();
  assert.equal(live.finish(), first);
  assert.deepEqual(await first, []);
  assert.throws(() => live.push(new Float32Array(10)), {
    message: 'the recording was already finished: no more audio can be added',
  });
});
