import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clipOf, FILLER_PROMPT, maxTokensFor, stretchOptions, VOICE_MARGIN_SEC } from '../../../native/transcriber/decoding';
import { audioCtxFor } from '../../../native/transcriber/params';

const RATE = 16000;
const ramp = (seconds: number): Float32Array => Float32Array.from({ length: seconds * RATE }, (_, i) => i / RATE);

test("the filler prompt is short, spells fillers as the analysis counts them, and does not open with I'm", () => {
  assert.ok(FILLER_PROMPT.length <= 32, `${FILLER_PROMPT.length} characters`);
  assert.ok(!/^i'm/i.test(FILLER_PROMPT));
  for (const filler of ['Um', 'uh', 'so', 'like', 'you know', 'hmm']) assert.ok(FILLER_PROMPT.includes(filler), filler);
});

test('every stretch is decoded with its own encoder context, a token bound and the prompt', () => {
  assert.deepEqual(stretchOptions(6.2), { audioCtx: audioCtxFor(6.2), maxTokens: 66, initialPrompt: FILLER_PROMPT });
  assert.equal(maxTokensFor(0.5), 20);
  assert.equal(maxTokensFor(20), 176);
  assert.equal(maxTokensFor(30), 220, "whisper.cpp's own cap");
});

test('a clip is the voiced part of a stretch with a margin, inside the stretch', () => {
  const stretch = {
    start: 10,
    samples: ramp(8),
    voiced: [
      { start: 11, end: 12.5 },
      { start: 14, end: 15 },
    ],
  };
  const clip = clipOf(stretch);
  assert.ok(clip);
  assert.equal(clip.start, 11 - VOICE_MARGIN_SEC);
  assert.equal(clip.end, 15 + VOICE_MARGIN_SEC);
  assert.equal(clip.pcm.length, (4 + 2 * VOICE_MARGIN_SEC) * RATE);
  assert.equal(clip.pcm[0], 1 - VOICE_MARGIN_SEC, "the clip's first sample is the stretch's sample at its start");
  assert.deepEqual(clip.options, stretchOptions(4 + 2 * VOICE_MARGIN_SEC));
});

test('the margin never reaches outside the stretch', () => {
  const clip = clipOf({ start: 3, samples: ramp(4), voiced: [{ start: 3.1, end: 6.95 }] });
  assert.deepEqual([clip?.start, clip?.end, clip?.pcm.length], [3, 7, 4 * RATE]);
});

test('a stretch without voice has no clip', () => {
  assert.equal(clipOf({ start: 0, samples: ramp(5), voiced: [] }), null);
});
