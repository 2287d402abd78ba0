// The Opus decoder on a worker thread, used for correct, revert, re-score and requeue.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeOggOpusAsync } from '../../../native/audio/decode-off-thread';
import { decodeOggOpus, encodeOggOpus } from '../../../native/audio/ogg-opus';

/** Two seconds of a 440 Hz tone rising in loudness. */
function tone(): Float32Array {
  const out = new Float32Array(32000);
  for (let i = 0; i < out.length; i++) out[i] = (0.5 * i * Math.sin((2 * Math.PI * 440 * i) / 16000)) / out.length;
  return out;
}

test('decodes on a worker thread to exactly what the synchronous decoder gives', async () => {
  const bytes = encodeOggOpus(tone());
  const before = Uint8Array.from(bytes);
  const samples = await decodeOggOpusAsync(bytes);
  assert.ok(samples instanceof Float32Array);
  assert.equal(samples.length, 32000);
  assert.deepEqual(samples, decodeOggOpus(bytes));
  assert.deepEqual(bytes, before, "the caller's bytes are left intact");
});

test('keeps the main thread free while it decodes', async () => {
  const bytes = encodeOggOpus(new Float32Array(16000 * 60).map((_, i) => 0.3 * Math.sin(i / 7)));
  let turns = 0;
  let decoding = true;
  const spin = (): void => {
    turns++;
    if (decoding) setImmediate(spin);
  };
  setImmediate(spin);
  const samples = await decodeOggOpusAsync(bytes);
  decoding = false;
  assert.equal(samples.length, 16000 * 60);
  assert.ok(turns > 1, `the event loop turned ${turns} times during the decode`);
});

test('bad input is refused with the decoder’s own message', async () => {
  await assert.rejects(decodeOggOpusAsync(new Uint8Array([1, 2, 3, 4])), { message: 'not an Ogg Opus file' });
  const bytes = encodeOggOpus(tone());
  await assert.rejects(decodeOggOpusAsync(bytes.subarray(0, bytes.length - 200)), { message: 'Ogg file is truncated' });
  await assert.rejects(decodeOggOpusAsync('OggS' as unknown as Uint8Array), {
    message: 'audio must be given as bytes (a Uint8Array)',
  });
});

test('a burst of requests is served by one worker, each answer going to its own caller', async () => {
  const lengths = [8000, 16000, 24000, 32000, 4000];
  const files = lengths.map((length) => encodeOggOpus(tone().subarray(0, length)));
  const decoded = await Promise.all(
    [...files.map((bytes) => decodeOggOpusAsync(bytes)), decodeOggOpusAsync(new Uint8Array([9]))].map((p) =>
      p.catch((error: Error) => error),
    ),
  );
  assert.deepEqual(
    decoded.slice(0, lengths.length).map((samples) => (samples instanceof Float32Array ? samples.length : samples.message)),
    lengths,
  );
  assert.ok(decoded[lengths.length] instanceof Error, 'a bad file fails only its own request');
});
