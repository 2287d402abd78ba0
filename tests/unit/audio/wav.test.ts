import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeWav, encodeWav } from '../../../native/audio/wav';

type Chunk = [id: string, body: Uint8Array];

function riff(chunks: Chunk[]): Uint8Array {
  const parts = chunks.map(([id, body]) => {
    const padded = new Uint8Array(8 + body.length + (body.length % 2));
    const view = new DataView(padded.buffer);
    padded.set(ascii(id), 0);
    view.setUint32(4, body.length, true);
    padded.set(body, 8);
    return padded;
  });
  const size = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(12 + size);
  out.set(ascii('RIFF'), 0);
  new DataView(out.buffer).setUint32(4, 4 + size, true);
  out.set(ascii('WAVE'), 8);
  let offset = 12;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function fmt(tag: number, channels: number, rate: number, bits: number): Uint8Array {
  const body = new Uint8Array(16);
  const view = new DataView(body.buffer);
  const blockAlign = (channels * bits) / 8;
  view.setUint16(0, tag, true);
  view.setUint16(2, channels, true);
  view.setUint32(4, rate, true);
  view.setUint32(8, rate * blockAlign, true);
  view.setUint16(12, blockAlign, true);
  view.setUint16(14, bits, true);
  return body;
}

function extensibleFmt(subFormat: number, channels: number, rate: number, bits: number, validBits: number): Uint8Array {
  const body = new Uint8Array(40);
  body.set(fmt(0xfffe, channels, rate, bits), 0);
  const view = new DataView(body.buffer);
  view.setUint16(16, 22, true);
  view.setUint16(18, validBits, true);
  view.setUint32(20, 0, true);
  view.setUint16(24, subFormat, true);
  body.set([0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71], 26);
  return body;
}

function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

function bytesOf(write: (view: DataView) => void, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  write(new DataView(bytes.buffer));
  return bytes;
}

test('encodeWav output decodes to the same samples within 16-bit precision', () => {
  const samples = Float32Array.from([0, 0.5, -0.5, 0.999, -1, 0.25]);
  const wav = encodeWav(samples, 16000);
  assert.equal(wav.length, 44 + samples.length * 2);
  const decoded = decodeWav(wav);
  assert.equal(decoded.sampleRate, 16000);
  assert.equal(decoded.channels, 1);
  assert.equal(decoded.samples.length, samples.length);
  decoded.samples.forEach((value, i) => assert.ok(Math.abs(value - samples[i]!) <= 0.5 / 32768, `sample ${i}`));
});

test('encodeWav clamps out-of-range samples and rejects invalid input', () => {
  const decoded = decodeWav(encodeWav(Float32Array.from([2, -3]), 8000));
  assert.deepEqual(Array.from(decoded.samples), [32767 / 32768, -1]);
  assert.throws(() => encodeWav(Float32Array.from([0, Number.NaN]), 16000), {
    message: 'the audio to encode contains an invalid sample (NaN)',
  });
  assert.throws(() => encodeWav(new Float32Array(4), 0), /unsupported sample rate 0 Hz/);
});

test('decodes 8, 16, 24 and 32-bit integer PCM to the same values', () => {
  const cases: [bits: number, data: Uint8Array][] = [
    [8, Uint8Array.from([128, 192, 64, 0])],
    [16, bytesOf((v) => [0, 16384, -16384, -32768].forEach((x, i) => v.setInt16(i * 2, x, true)), 8)],
    [24, Uint8Array.from([0, 0, 0, 0, 0, 0x40, 0, 0, 0xc0, 0, 0, 0x80])],
    [32, bytesOf((v) => [0, 2 ** 30, -(2 ** 30), -(2 ** 31)].forEach((x, i) => v.setInt32(i * 4, x, true)), 16)],
  ];
  for (const [bits, data] of cases) {
    const decoded = decodeWav(
      riff([
        ['fmt ', fmt(1, 1, 44100, bits)],
        ['data', data],
      ]),
    );
    assert.equal(decoded.sampleRate, 44100);
    assert.deepEqual(Array.from(decoded.samples), [0, 0.5, -0.5, -1], `${bits}-bit`);
  }
});

test('decodes 32 and 64-bit float', () => {
  const f32 = bytesOf((v) => [0.25, -0.75].forEach((x, i) => v.setFloat32(i * 4, x, true)), 8);
  const f64 = bytesOf((v) => [0.25, -0.75].forEach((x, i) => v.setFloat64(i * 8, x, true)), 16);
  assert.deepEqual(
    Array.from(
      decodeWav(
        riff([
          ['fmt ', fmt(3, 1, 16000, 32)],
          ['data', f32],
        ]),
      ).samples,
    ),
    [0.25, -0.75],
  );
  assert.deepEqual(
    Array.from(
      decodeWav(
        riff([
          ['fmt ', fmt(3, 1, 16000, 64)],
          ['data', f64],
        ]),
      ).samples,
    ),
    [0.25, -0.75],
  );
});

test('mixes any number of channels down to mono', () => {
  const stereo = bytesOf((v) => [16384, -16384, 16384, 16384].forEach((x, i) => v.setInt16(i * 2, x, true)), 8);
  const decoded = decodeWav(
    riff([
      ['fmt ', fmt(1, 2, 48000, 16)],
      ['data', stereo],
    ]),
  );
  assert.equal(decoded.channels, 2);
  assert.deepEqual(Array.from(decoded.samples), [0, 0.5]);

  // 3 channels of 24-bit audio in 32-bit containers, the WAVE_FORMAT_EXTENSIBLE way.
  const frame = [0.75, 0.5, 0.25].map((x) => x * 2 ** 31);
  const data = bytesOf((v) => frame.forEach((x, i) => v.setInt32(i * 4, x, true)), 12);
  const surround = decodeWav(
    riff([
      ['fmt ', extensibleFmt(1, 3, 96000, 32, 24)],
      ['data', data],
    ]),
  );
  assert.equal(surround.channels, 3);
  assert.equal(surround.sampleRate, 96000);
  assert.deepEqual(Array.from(surround.samples), [0.5]);
});

test('decodes extensible float', () => {
  const data = bytesOf((v) => v.setFloat32(0, -0.5, true), 4);
  const wav = riff([
    ['fmt ', extensibleFmt(3, 1, 16000, 32, 32)],
    ['data', data],
  ]);
  assert.deepEqual(Array.from(decodeWav(wav).samples), [-0.5]);
});

test('skips other chunks, including odd-sized ones with their pad byte, before and after fmt', () => {
  const data = bytesOf((v) => v.setInt16(0, 8192, true), 2);
  const wav = riff([
    ['LIST', ascii('INFOISFT\x03\x00\x00\x00ab\x00')],
    ['fmt ', fmt(1, 1, 22050, 16)],
    ['junk', Uint8Array.from([1, 2, 3])],
    ['data', data],
    ['id3 ', Uint8Array.from([9])],
  ]);
  assert.deepEqual(Array.from(decodeWav(wav).samples), [0.25]);
});

test('finds fmt after a data chunk of known size', () => {
  const data = bytesOf((v) => v.setInt16(0, -8192, true), 2);
  assert.deepEqual(
    Array.from(
      decodeWav(
        riff([
          ['data', data],
          ['fmt ', fmt(1, 1, 16000, 16)],
        ]),
      ).samples,
    ),
    [-0.25],
  );
});

test('uses the bytes present when the data size is 0, unknown or past the end of the file', () => {
  const samples = Float32Array.from([0.5, -0.5, 0.25]);
  for (const declared of [0, 0xffffffff, 1000]) {
    const wav = encodeWav(samples, 16000);
    new DataView(wav.buffer).setUint32(40, declared, true);
    assert.deepEqual(Array.from(decodeWav(wav).samples), [0.5, -0.5, 0.25], `declared size ${declared}`);
  }
  // A streaming writer cut off mid-sample: the partial sample is dropped.
  const cut = encodeWav(samples, 16000).subarray(0, 44 + 5);
  assert.deepEqual(Array.from(decodeWav(cut).samples), [0.5, -0.5]);
});

test('rejects files that are not WAV', () => {
  const notWav = [new Uint8Array(0), ascii('RIFF'), ascii('RIFF\x04\x00\x00\x00AVI '), ascii('OggS\x00\x02......')];
  for (const bytes of notWav) {
    assert.throws(() => decodeWav(bytes), { message: 'not a WAV file (no RIFF/WAVE header)' });
  }
});

test('reports truncated files', () => {
  const wav = encodeWav(Float32Array.from([0.5]), 16000);
  assert.throws(() => decodeWav(wav.subarray(0, 12)), { message: 'WAV file is truncated' });
  assert.throws(() => decodeWav(wav.subarray(0, 30)), { message: 'WAV file is truncated' });
});

test('names unsupported encodings', () => {
  const mp3 = riff([
    ['fmt ', fmt(0x55, 1, 44100, 16)],
    ['data', new Uint8Array(4)],
  ]);
  assert.throws(() => decodeWav(mp3), { message: 'unsupported WAV encoding (format 0x0055)' });
  const extensibleAlaw = riff([
    ['fmt ', extensibleFmt(6, 1, 8000, 8, 8)],
    ['data', new Uint8Array(4)],
  ]);
  assert.throws(() => decodeWav(extensibleAlaw), { message: 'unsupported WAV encoding (format 0x0006)' });
  const float16 = riff([
    ['fmt ', fmt(3, 1, 16000, 16)],
    ['data', new Uint8Array(4)],
  ]);
  assert.throws(() => decodeWav(float16), { message: 'unsupported WAV encoding (float with 16-bit samples)' });
  const badRate = riff([
    ['fmt ', fmt(1, 1, 0, 16)],
    ['data', new Uint8Array(4)],
  ]);
  assert.throws(() => decodeWav(badRate), /unsupported sample rate 0 Hz/);
  const noChannels = riff([
    ['fmt ', fmt(1, 0, 16000, 16)],
    ['data', new Uint8Array(4)],
  ]);
  assert.throws(() => decodeWav(noChannels), { message: 'WAV file declares 0 channels' });
});

test('reports files without audio', () => {
  assert.throws(() => decodeWav(riff([['fmt ', fmt(1, 1, 16000, 16)]])), { message: 'WAV file has no audio data' });
  assert.throws(
    () =>
      decodeWav(
        riff([
          ['fmt ', fmt(1, 1, 16000, 16)],
          ['data', new Uint8Array(0)],
        ]),
      ),
    {
      message: 'WAV file has no audio data',
    },
  );
  assert.throws(() => decodeWav(riff([['data', new Uint8Array(4)]])), { message: 'WAV file has no fmt chunk' });
});

test('rejects non-finite float samples instead of passing them on', () => {
  const data = bytesOf((v) => v.setFloat32(0, Number.NaN, true), 4);
  assert.throws(
    () =>
      decodeWav(
        riff([
          ['fmt ', fmt(3, 1, 16000, 32)],
          ['data', data],
        ]),
      ),
    {
      message: 'WAV file contains an invalid sample at frame 0',
    },
  );
});
