import assert from 'node:assert/strict';
import { test } from 'node:test';
import OpusScript from 'opusscript';
import { FLAG_CONTINUED, FLAG_FIRST, FLAG_LAST, NO_GRANULE, readPackets, readPages, writePage } from '../../../native/audio/ogg';
import { decodeOggOpus, encodeOggOpus } from '../../../native/audio/ogg-opus';
import { encodeWav } from '../../../native/audio/wav';
import { correlation, rmsOf, speechLike, tone } from '../../utils/audio-signals';

const PRE_SKIP = 312;

test('round trip keeps the exact length and the waveform, aligned to the sample', () => {
  // Harmonics from the second up: the VOIP encoder's high-pass filter shifts the phase of the fundamental.
  const input = speechLike(1.5, { f0: 200, lowestHarmonic: 2, noise: 0 });
  const output = decodeOggOpus(encodeOggOpus(input));
  assert.equal(output.length, input.length);
  const atZero = correlation(input, output, 0);
  assert.ok(atZero > 0.95, `correlation ${atZero.toFixed(3)}`);
  for (const lag of [-2, -1, 1, 2]) {
    assert.ok(correlation(input, output, lag) < atZero, `lag ${lag} correlates better than lag 0`);
  }
});

test('decoded length equals input length at frame boundaries and for tiny inputs', () => {
  for (const length of [0, 1, 215, 216, 319, 320, 321, 16007]) {
    const input = tone(440, length / 16000, 0.3);
    assert.equal(decodeOggOpus(encodeOggOpus(input)).length, length, `length ${length}`);
  }
});

test('writes a standard Ogg Opus stream: headers, sequence numbers, granules, EOS', () => {
  const input = speechLike(2.5);
  const pages = readPages(encodeOggOpus(input));
  const [head, tags, ...audio] = pages;
  assert.ok(head !== undefined && tags !== undefined);

  assert.equal(head.flags, FLAG_FIRST);
  assert.equal(head.granule, 0);
  const headView = new DataView(head.body.buffer, head.body.byteOffset, head.body.byteLength);
  assert.equal(new TextDecoder().decode(head.body.subarray(0, 8)), 'OpusHead');
  assert.equal(head.body.length, 19);
  assert.equal(headView.getUint8(8), 1);
  assert.equal(headView.getUint8(9), 1);
  assert.equal(headView.getUint16(10, true), PRE_SKIP);
  assert.equal(headView.getUint32(12, true), 16000);
  assert.equal(headView.getInt16(16, true), 0);
  assert.equal(headView.getUint8(18), 0);

  assert.equal(tags.granule, 0);
  assert.equal(new TextDecoder().decode(tags.body.subarray(0, 8)), 'OpusTags');
  assert.equal(new TextDecoder().decode(tags.body.subarray(12, 22)), 'voicedrill');

  pages.forEach((page, i) => {
    assert.equal(page.sequence, i);
    assert.equal(page.serial, head.serial);
    assert.equal((page.flags & FLAG_LAST) !== 0, i === pages.length - 1, `EOS flag on page ${i}`);
  });
  // 20 ms packets, at most 1 s per page; a page's granule counts every 48 kHz sample decoded so far.
  const frames = Math.ceil((input.length + PRE_SKIP / 3) / 320);
  assert.equal(audio.length, Math.ceil(frames / 50));
  audio.slice(0, -1).forEach((page, i) => {
    assert.equal(page.lacing.filter((value) => value < 255).length, 50);
    assert.equal(page.granule, (i + 1) * 50 * 960);
  });
  assert.equal(audio.at(-1)?.granule, PRE_SKIP + input.length * 3);
  assert.ok((audio.at(-1)?.granule ?? 0) < frames * 960);
});

test('the same audio always encodes to the same bytes', () => {
  const input = speechLike(0.5);
  assert.deepEqual(encodeOggOpus(input), encodeOggOpus(input));
});

test('90 s of speech stays well under 600 KB at the default bitrate', () => {
  const input = speechLike(90);
  const encoded = encodeOggOpus(input);
  assert.ok(encoded.length < 600_000, `${encoded.length} bytes`);
  // 24 kbps for 90 s is 270 KB; allow for variable bitrate and container overhead.
  assert.ok(encoded.length > 150_000 && encoded.length < 320_000, `${encoded.length} bytes`);
  assert.equal(decodeOggOpus(encoded).length, input.length);
});

test('the bitrate option changes the size and is validated', () => {
  const input = speechLike(3);
  assert.ok(encodeOggOpus(input, { bitrate: 12000 }).length < encodeOggOpus(input).length);
  for (const bitrate of [0, 5999, 128001, 24000.5, Number.NaN]) {
    assert.throws(() => encodeOggOpus(input, { bitrate }), /^Error: Opus bitrate must be a whole number from 6000/);
  }
  assert.throws(() => encodeOggOpus(Float32Array.from([0, Number.POSITIVE_INFINITY])), {
    message: 'the audio to encode contains an invalid sample (Infinity)',
  });
});

interface StreamOptions {
  channels: number;
  packets: Uint8Array[];
  gainQ8?: number;
  /** Granule position the stream starts at (non-zero for a stream cut from a longer one). */
  startGranule?: number;
  /** 48 kHz samples to trim from the end. */
  trim?: number;
  /** Lacing values per page, small to force packets across pages. */
  segmentsPerPage?: number;
}

/** Builds an Ogg Opus stream the way other muxers may: any channel count, gain, start offset and page split. */
function oggOpusStream(opts: StreamOptions): Uint8Array {
  const { channels, packets, gainQ8 = 0, startGranule = 0, trim = 0, segmentsPerPage = 7 } = opts;
  const serial = 0x1234;
  const text = (value: string): number[] => Array.from(new TextEncoder().encode(value));
  const head = new Uint8Array(19);
  const view = new DataView(head.buffer);
  head.set(text('OpusHead'));
  view.setUint8(8, 1);
  view.setUint8(9, channels);
  view.setUint16(10, PRE_SKIP, true);
  view.setUint32(12, 48000, true);
  view.setInt16(16, gainQ8, true);
  const tags = new Uint8Array([...text('OpusTags'), 4, 0, 0, 0, ...text('test'), 0, 0, 0, 0]);
  const pages = [
    writePage({ flags: FLAG_FIRST, granule: 0, serial, sequence: 0, lacing: [19], body: head }),
    writePage({ flags: 0, granule: 0, serial, sequence: 1, lacing: [tags.length], body: tags }),
  ];
  const segments = packets.flatMap((packet) => {
    const lacing = [...new Array<number>(Math.floor(packet.length / 255)).fill(255), packet.length % 255];
    let offset = 0;
    return lacing.map((value) => {
      const segment = { value, bytes: packet.subarray(offset, offset + value) };
      offset += value;
      return segment;
    });
  });
  let completed = 0;
  for (let start = 0; start < segments.length; start += segmentsPerPage) {
    const group = segments.slice(start, start + segmentsPerPage);
    const last = start + segmentsPerPage >= segments.length;
    const ends = group.filter((segment) => segment.value < 255).length;
    completed += ends;
    const continued = start > 0 && segments[start - 1]!.value === 255;
    pages.push(
      writePage({
        flags: (continued ? FLAG_CONTINUED : 0) | (last ? FLAG_LAST : 0),
        granule: ends === 0 ? NO_GRANULE : startGranule + completed * 960 - (last ? trim : 0),
        serial,
        sequence: pages.length,
        lacing: group.map((segment) => segment.value),
        body: new Uint8Array(group.flatMap((segment) => Array.from(segment.bytes))),
      }),
    );
  }
  return new Uint8Array(pages.flatMap((page) => Array.from(page)));
}

function opusPackets(channels: number, interleaved: Float32Array, bitrate: number): Uint8Array[] {
  const encoder = new OpusScript(16000, channels, OpusScript.Application.AUDIO);
  try {
    encoder.setBitrate(bitrate);
    const frame = 320 * channels;
    // Encoding the encoder's delay in silence as well lets the whole input be decoded.
    const end = interleaved.length + (PRE_SKIP / 3) * channels;
    const packets: Uint8Array[] = [];
    for (let start = 0; start < end; start += frame) {
      const pcm = Buffer.alloc(frame * 2);
      for (let i = 0; i < frame; i++) pcm.writeInt16LE(Math.round((interleaved[start + i] ?? 0) * 32767), i * 2);
      packets.push(encoder.encode(pcm, 320));
    }
    return packets;
  } finally {
    encoder.delete();
  }
}

test('decodes stereo streams with packets split across pages to mono', () => {
  const left = tone(500, 1, 0.4);
  const interleaved = new Float32Array(left.length * 2);
  left.forEach((value, i) => (interleaved[i * 2] = value));
  const packets = opusPackets(2, interleaved, 128000);
  assert.ok(
    packets.some((packet) => packet.length > 255),
    'some packet spans several segments',
  );
  const bytes = oggOpusStream({ channels: 2, packets, trim: packets.length * 960 - PRE_SKIP - left.length * 3 });
  const continued = readPages(bytes).some((page) => (page.flags & FLAG_CONTINUED) !== 0);
  assert.ok(continued, 'some packet continues on the next page');

  const mono = decodeOggOpus(bytes);
  assert.equal(mono.length, left.length);
  // The right channel is silent, so the mix is the left channel at half level.
  const ratio = rmsOf(mono, 1000, 15000) / rmsOf(left, 1000, 15000);
  assert.ok(Math.abs(ratio - 0.5) < 0.03, `level ratio ${ratio.toFixed(3)}`);
  assert.ok(correlation(left, mono, 0, 1000) > 0.99);
});

test('honours the output gain and a stream that starts at a non-zero granule', () => {
  const input = tone(700, 1, 0.4);
  const packets = opusPackets(1, input, 64000);
  const trim = packets.length * 960 - PRE_SKIP - input.length * 3;
  const plain = decodeOggOpus(oggOpusStream({ channels: 1, packets, trim }));
  const shifted = decodeOggOpus(oggOpusStream({ channels: 1, packets, trim, startGranule: 48000 * 60 }));
  assert.deepEqual(shifted, plain);
  const quieter = decodeOggOpus(oggOpusStream({ channels: 1, packets, trim, gainQ8: -6 * 256 }));
  const ratio = rmsOf(quieter) / rmsOf(plain);
  assert.ok(Math.abs(ratio - 10 ** (-6 / 20)) < 1e-3, `gain ratio ${ratio}`);
});

test('rejects input that is not Ogg Opus', () => {
  assert.throws(() => decodeOggOpus(new Uint8Array(0)), { message: 'not an Ogg Opus file' });
  assert.throws(() => decodeOggOpus(encodeWav(tone(440, 0.1, 0.5), 16000)), { message: 'not an Ogg Opus file' });
  const vorbis = new Uint8Array([1, ...new TextEncoder().encode('vorbis'), ...new Uint8Array(23)]);
  const flags = FLAG_FIRST | FLAG_LAST;
  const vorbisPage = writePage({ flags, granule: 0, serial: 1, sequence: 0, lacing: [30], body: vorbis });
  assert.throws(() => decodeOggOpus(vorbisPage), { message: 'not an Ogg Opus file' });
});

test('reports checksum errors, truncation and corrupt audio', () => {
  const bytes = encodeOggOpus(speechLike(2));
  const pages = readPages(bytes);
  const audioPage = pages[2]!;

  const flipped = bytes.slice();
  flipped[audioPage.offset + 100]! ^= 0x40;
  assert.throws(() => decodeOggOpus(flipped), {
    message: `Ogg page checksum mismatch (page at byte ${audioPage.offset})`,
  });

  assert.throws(() => decodeOggOpus(bytes.subarray(0, bytes.length - 10)), { message: 'Ogg file is truncated' });
  const lastPage = pages.at(-1)!;
  assert.throws(() => decodeOggOpus(bytes.subarray(0, lastPage.offset)), {
    message: 'Ogg Opus file is truncated (no end-of-stream page)',
  });

  // A structurally valid page whose packet is not Opus audio (an Opus TOC byte with an impossible length).
  const packets = readPackets(pages).slice(2);
  const damaged = oggOpusStream({ channels: 1, packets: [packets[0]!.data, Uint8Array.from([0xff, 0xff])] });
  assert.throws(() => decodeOggOpus(damaged), /^Error: Ogg Opus file has a corrupt audio packet \(page at byte \d+\)$/);
});
