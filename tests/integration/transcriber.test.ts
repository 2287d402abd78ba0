// The real whisper.cpp binding in its worker thread, run on a random-weight model of tiny.en's size.
// Its words are meaningless; what is checked is that every call completes with well-formed results,
// and that bad input fails cleanly without taking the process down.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, rm, stat, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TimedWord } from '../../common/report';
import { audioCtxFor, Transcriber, type TranscriptResult } from '../../native/transcriber/transcriber';
import { FILLER_PROMPT } from '../../native/transcriber/decoding';
import { ensureSyntheticModel, TINY_EN } from '../utils/synthetic-model';

const RATE = 16000;
// A random decoder may babble until its token limit: keep it short.
const MAX_TOKENS = 16;

/** Open-vowel formants (Hz) of a few English vowels. */
const VOWELS = [
  [730, 1090, 2440],
  [270, 2290, 3010],
  [300, 870, 2240],
  [530, 1840, 2480],
  [570, 840, 2410],
] as const;

/**
 * Deterministic voice-like audio: a pulse train at a drifting pitch through three formant resonators,
 * in syllables of 150–250 ms grouped into words with pauses. Not speech, but speech's spectrum and rhythm.
 */
function speechLike(seconds: number, seed: number): Float32Array {
  const out = new Float32Array(Math.round(seconds * RATE));
  let state = seed >>> 0;
  const random = (): number => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  let t = 0.3 + random() * 0.2;
  while (t < seconds - 0.5) {
    const syllables = 1 + Math.floor(random() * 3);
    for (let s = 0; s < syllables && t < seconds - 0.3; s++) {
      const length = Math.round((0.15 + random() * 0.1) * RATE);
      const start = Math.round(t * RATE);
      const formants = VOWELS[Math.floor(random() * VOWELS.length)] ?? VOWELS[0];
      const resonators = formants.map((hz, i) => {
        const r = Math.exp((-Math.PI * (60 + 40 * i)) / RATE);
        return { a1: 2 * r * Math.cos((2 * Math.PI * hz) / RATE), a2: -r * r, gain: 1 / (i + 1), y1: 0, y2: 0 };
      });
      let phase = 0;
      for (let n = 0; n < length && start + n < out.length; n++) {
        const pitch = 110 + 25 * Math.sin((2 * Math.PI * (start + n)) / RATE / 1.7);
        phase += pitch / RATE;
        const pulse = phase >= 1 ? 1 : 0;
        phase %= 1;
        let sample = 0;
        for (const f of resonators) {
          const y = pulse + f.a1 * f.y1 + f.a2 * f.y2;
          f.y2 = f.y1;
          f.y1 = y;
          sample += f.gain * y;
        }
        out[start + n] = sample * Math.sin((Math.PI * n) / length);
      }
      t += length / RATE;
    }
    t += 0.1 + random() * 0.3;
  }
  const peak = out.reduce((max, v) => Math.max(max, Math.abs(v)), 0);
  return out.map((v) => (0.3 * v) / peak);
}

function assertWellFormed(result: TranscriptResult, durationSec: number): void {
  assert.ok(result.elapsedMs > 0, 'elapsedMs is positive');
  assert.equal(result.model, 'synthetic-tiny.en.bin');
  assert.equal(result.text, result.words.map((w) => w.text).join(' '));
  let previous: TimedWord | null = null;
  for (const word of result.words) {
    assert.ok(word.text.length > 0 && word.text === word.text.trim(), `word "${word.text}" is trimmed and not empty`);
    assert.ok(Number.isFinite(word.start) && Number.isFinite(word.end), 'times are finite');
    assert.ok(word.start >= 0 && word.end <= durationSec && word.start <= word.end, `${word.start}–${word.end} lies in the clip`);
    if (previous) assert.ok(word.start >= previous.end, 'words are in order');
    assert.ok(word.probability !== undefined && word.probability >= 0 && word.probability <= 1, 'probability in 0..1');
    previous = word;
  }
}

let transcriber: Transcriber;
let modelPath = '';
let scratch = '';

before(async () => {
  modelPath = await ensureSyntheticModel(TINY_EN);
  scratch = await mkdtemp(join(tmpdir(), 'voicedrill-transcriber-'));
  transcriber = await Transcriber.start({ threads: 2 });
});

after(async () => {
  await transcriber.close();
  await rm(scratch, { recursive: true, force: true });
});

test('transcribing before a model is loaded fails clearly', async () => {
  await assert.rejects(transcriber.transcribe(speechLike(2, 1)), {
    message: 'no whisper model is loaded: load a model before transcribing',
  });
});

test('load checks the file and reports what it is', async () => {
  const info = await transcriber.load(modelPath);
  assert.equal(info.kind, 'tiny');
  assert.equal(info.english, true);
  assert.equal(info.nAudioState, 384);
  assert.equal(info.sizeBytes, (await stat(modelPath)).size);
});

test('a 5 s clip is transcribed with bounded decoding', async () => {
  const pcm = speechLike(5, 42);
  const progress: number[] = [];
  const result = await transcriber.transcribe(pcm, {
    audioCtx: audioCtxFor(5),
    maxTokens: MAX_TOKENS,
    onProgress: (fraction) => progress.push(fraction),
  });
  assertWellFormed(result, 5);
  assert.equal(pcm.length, 5 * RATE, "the caller's samples are left in place");
  assert.ok(progress.length > 0 && progress.at(-1) === 1, 'progress ends at 1');
  assert.deepEqual(
    progress,
    [...progress].sort((a, b) => a - b),
    'progress never goes back',
  );
});

test('the loaded model serves a second clip', async () => {
  const result = await transcriber.transcribe(speechLike(3, 7), { audioCtx: audioCtxFor(3), maxTokens: MAX_TOKENS });
  assertWellFormed(result, 3);
});

test('a clip gets the same words whichever clips came before it, as from a new transcriber', async () => {
  // One whisper.cpp state is kept between calls (patches/smart-whisper+*.patch). A random decoder fails
  // whisper.cpp's confidence checks, so every clip also runs the temperature fallback, whose sampler and
  // reused prompt must start afresh on each call for this to hold.
  const options = (seconds: number) => ({ audioCtx: audioCtxFor(seconds), maxTokens: MAX_TOKENS, initialPrompt: FILLER_PROMPT });
  const clip = speechLike(4, 5);
  const first = await transcriber.transcribe(clip, options(4));
  await transcriber.transcribe(speechLike(12, 9), options(12));
  const again = await transcriber.transcribe(clip, options(4));
  const fresh = await Transcriber.start({ threads: 2 });
  try {
    await fresh.load(modelPath);
    const fromNew = await fresh.transcribe(clip, options(4));
    assert.ok(first.words.length > 0, 'the clip has words to compare');
    assert.deepEqual(again.words, first.words);
    assert.deepEqual(fromNew.words, first.words);
  } finally {
    await fresh.close();
  }
});

test('a clip longer than 30 s is transcribed window by window', async () => {
  const result = await transcriber.transcribe(speechLike(35, 11), { audioCtx: audioCtxFor(35), maxTokens: 8 });
  assertWellFormed(result, 35);
});

test('a truncated model is refused without crashing, and the loaded model stays usable', async () => {
  const cut = join(scratch, 'cut.bin');
  const { size } = await stat(modelPath);
  await copyFile(modelPath, cut);
  await truncate(cut, size - 12345);
  await assert.rejects(transcriber.load(cut), {
    message: `model file is truncated (expected ${size} bytes, found ${size - 12345})`,
  });
  const result = await transcriber.transcribe(speechLike(2, 3), { audioCtx: audioCtxFor(2), maxTokens: MAX_TOKENS });
  assertWellFormed(result, 2);
});
