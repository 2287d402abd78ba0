import { test } from 'node:test';
import assert from 'node:assert/strict';
import { audioCtxFor, checkThreads, MIN_SAMPLES, nativeParams, preparePcm } from '../../../native/transcriber/params';

test('audioCtxFor covers the clip plus a margin, in steps of 64, up to a full window', () => {
  assert.equal(audioCtxFor(0), 64);
  assert.equal(audioCtxFor(1), 128);
  assert.equal(audioCtxFor(5), 320);
  assert.equal(audioCtxFor(10), 576);
  assert.equal(audioCtxFor(28), 1472);
  assert.equal(audioCtxFor(29), 1500);
  assert.equal(audioCtxFor(30), 1500);
  assert.equal(audioCtxFor(600), 1500);
  for (let sec = 0; sec < 30; sec += 0.37) {
    const ctx = audioCtxFor(sec);
    assert.ok(ctx * 0.02 >= sec, `${ctx} positions cover ${sec} s`);
  }
});

test('audioCtxFor rejects durations that are not seconds', () => {
  assert.throws(() => audioCtxFor(-1), { message: 'clip duration must be a number of seconds ≥ 0 (got -1)' });
  assert.throws(() => audioCtxFor(Number.NaN), /clip duration must be a number of seconds/);
});

test('defaults: English, greedy, token timestamps, detail format, no context, unbounded tokens, full window', () => {
  const params = nativeParams({}, 3, 12);
  assert.deepEqual(params, {
    strategy: 0,
    n_threads: 3,
    language: 'en',
    translate: false,
    no_context: true,
    token_timestamps: true,
    suppress_blank: true,
    suppress_non_speech_tokens: true,
    format: 'detail',
  });
});

test('options map onto whisper.cpp parameters', () => {
  const params = nativeParams({ maxTokens: 32, audioCtx: 320, initialPrompt: 'Um, so, I led the team.' }, 2, 5);
  assert.equal(params.max_tokens, 32);
  assert.equal(params.audio_ctx, 320);
  assert.equal(params.initial_prompt, 'Um, so, I led the team.');
});

test('bad options are refused with a one-line reason', () => {
  assert.throws(() => nativeParams({ maxTokens: 0 }, 2, 5), { message: 'maxTokens must be a positive integer (got 0)' });
  assert.throws(() => nativeParams({ maxTokens: 2.5 }, 2, 5), { message: 'maxTokens must be a positive integer (got 2.5)' });
  assert.throws(() => nativeParams({ audioCtx: 2000 }, 2, 5), {
    message: 'audioCtx must be an integer from 1 to 1500 (got 2000)',
  });
  assert.throws(() => nativeParams({ audioCtx: 128 }, 2, 5), {
    message: 'audioCtx 128 covers only 2.56 s of a 5.00 s clip; use audioCtxFor(duration)',
  });
  // Long clips are transcribed in 30 s windows, so a full window is enough for any length.
  assert.equal(nativeParams({ audioCtx: 1500 }, 2, 95).audio_ctx, 1500);
});

test('a timing probe decodes one segment of a bounded length, without timestamps or fallback', () => {
  const params = nativeParams({ audioCtx: 320, maxTokens: 50, timingProbeTokens: 4 }, 2, 5);
  assert.deepEqual(
    [params.no_timestamps, params.single_segment, params.temperature_inc, params.max_tokens, params.audio_ctx],
    [true, true, 0, 4, 320],
  );
  assert.equal(nativeParams({}, 2, 5).temperature_inc, undefined, "whisper's temperature fallback stays on otherwise");
  assert.throws(() => nativeParams({ timingProbeTokens: 0 }, 2, 5), {
    message: 'timingProbeTokens must be a positive integer (got 0)',
  });
});

test('thread counts are checked', () => {
  assert.equal(checkThreads(2), 2);
  assert.throws(() => checkThreads(0), { message: 'threads must be an integer from 1 to 64 (got 0)' });
});

test('preparePcm copies the samples so the caller keeps them', () => {
  const pcm = new Float32Array(MIN_SAMPLES + 10).fill(0.25);
  const copy = preparePcm(pcm);
  assert.notEqual(copy.buffer, pcm.buffer);
  assert.deepEqual(copy, pcm);
});

test('preparePcm pads clips under whisper.cpp minimum with silence', () => {
  const copy = preparePcm(new Float32Array([0.5, -0.5]));
  assert.equal(copy.length, MIN_SAMPLES);
  assert.deepEqual([...copy.subarray(0, 3)], [0.5, -0.5, 0]);
});

test('preparePcm refuses empty, invalid and non-float audio', () => {
  assert.throws(() => preparePcm(new Float32Array(0)), { message: 'audio is empty' });
  assert.throws(() => preparePcm(new Float32Array([0, Number.NaN])), {
    message: 'audio contains invalid samples (NaN or infinity)',
  });
  const int16 = new Int16Array(4) as unknown as Float32Array;
  assert.throws(() => preparePcm(int16), { message: 'audio must be a Float32Array of 16 kHz mono samples' });
});
