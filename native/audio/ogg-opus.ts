// Recordings as Ogg Opus (RFC 7845): small enough to keep every attempt in SQLite, and playable by Chromium.

import OpusScript from 'opusscript';
import { concatSamples, SAMPLE_RATE, toInt16 } from './format';
import {
  concatBytes,
  FLAG_FIRST,
  FLAG_LAST,
  lacingFor,
  MAX_SEGMENTS,
  NO_GRANULE,
  type Packet,
  type Page,
  readPackets,
  readPages,
  startsWithCapture,
  writePage,
} from './ogg';

export interface OpusOptions {
  /** Target bitrate in bits per second; 24 000 keeps speech clear at about 3 KB per second. */
  bitrate?: number;
}

const DEFAULT_BITRATE = 24000;
const FRAME_SAMPLES = SAMPLE_RATE / 50;
/** Ogg Opus counts time at 48 kHz whatever the coded rate. */
const GRANULE_PER_SAMPLE = 48000 / SAMPLE_RATE;
// libopus's encoder delay at 48 kHz (Fs/400 + Fs/250) for every application but restricted low-delay.
// opusscript cannot read OPUS_GET_LOOKAHEAD because it passes CTL arguments by value; a test checks the alignment.
const PRE_SKIP = 312;
const PACKETS_PER_PAGE = 50;
// Fixed so the same audio always gives the same bytes; our files never hold more than one stream.
const SERIAL = 0x76647231;
const VENDOR = 'voicedrill';

interface OpusHead {
  channels: number;
  preSkip: number;
  gainDb: number;
}

/** Encodes 16 kHz mono samples; decoding the result gives back exactly `samples.length` samples. */
export function encodeOggOpus(samples: Float32Array, opts: OpusOptions = {}): Uint8Array {
  const encoder = new OggOpusEncoder(opts);
  encoder.push(samples);
  return encoder.finish();
}

/**
 * Encodes audio as it arrives, so a live recording is already compressed when it stops (a whole 90 s
 * answer at once would block the caller for over a second). `finish()` must be called to free libopus.
 */
export class OggOpusEncoder {
  private readonly encoder: OpusScript;
  private readonly frame = Buffer.alloc(FRAME_SAMPLES * 2);
  private framed = 0;
  private sampleCount = 0;
  private readonly packets: Uint8Array[] = [];

  constructor(opts: OpusOptions = {}) {
    const bitrate = opts.bitrate ?? DEFAULT_BITRATE;
    if (!Number.isInteger(bitrate) || bitrate < 6000 || bitrate > 128000) {
      throw new Error(`Opus bitrate must be a whole number from 6000 to 128000 bps (got ${bitrate})`);
    }
    this.encoder = new OpusScript(SAMPLE_RATE, 1, OpusScript.Application.VOIP);
    this.encoder.setBitrate(bitrate);
  }

  push(samples: Float32Array): void {
    for (let i = 0; i < samples.length; i++) this.write(toInt16(samples[i]!, 'the audio to encode'));
    this.sampleCount += samples.length;
  }

  /** The whole file; the encoder is freed and cannot be used again. */
  finish(): Uint8Array {
    try {
      // Feeding the encoder's delay in silence after the audio flushes the last real samples out of it.
      const total = Math.ceil((this.sampleCount + PRE_SKIP / GRANULE_PER_SAMPLE) / FRAME_SAMPLES) * FRAME_SAMPLES;
      for (let written = this.sampleCount; written < total; written++) this.write(0);
      return concatBytes(oggPages(this.packets, PRE_SKIP + this.sampleCount * GRANULE_PER_SAMPLE));
    } finally {
      this.encoder.delete();
    }
  }

  /** Frees libopus without producing a file. */
  discard(): void {
    this.encoder.delete();
  }

  private write(sample: number): void {
    this.frame.writeInt16LE(sample, this.framed * 2);
    if (++this.framed === FRAME_SAMPLES) {
      this.packets.push(this.encoder.encode(this.frame, FRAME_SAMPLES));
      this.framed = 0;
    }
  }
}

/** Decodes a mono or stereo Ogg Opus file to 16 kHz mono. */
export function decodeOggOpus(bytes: Uint8Array): Float32Array {
  if (!startsWithCapture(bytes)) throw new Error('not an Ogg Opus file');
  const pages = opusPages(readPages(bytes));
  const packets = readPackets(pages);
  const head = parseHead(packets[0]!.data);
  if (packets[1] === undefined || !startsWithAscii(packets[1].data, 'OpusTags')) {
    throw new Error('not an Ogg Opus file (the OpusTags header is missing)');
  }
  if ((pages[pages.length - 1]!.flags & FLAG_LAST) === 0) {
    throw new Error('Ogg Opus file is truncated (no end-of-stream page)');
  }
  const audio = packets.slice(2);
  if (audio.length === 0) return new Float32Array(0);

  const decoded = decodePackets(audio, pages, head.channels);
  const skip = Math.round(head.preSkip / GRANULE_PER_SAMPLE);
  const wanted = Math.round((playedGranules(audio, decoded.lengths, pages) - head.preSkip) / GRANULE_PER_SAMPLE);
  const samples = decoded.samples.slice(skip, skip + Math.max(0, wanted));
  if (head.gainDb !== 0) {
    const gain = 10 ** (head.gainDb / 20);
    for (let i = 0; i < samples.length; i++) samples[i]! *= gain;
  }
  return samples;
}

function oggPages(packets: Uint8Array[], finalGranule: number): Uint8Array[] {
  const pages = [
    writePage({ flags: FLAG_FIRST, granule: 0, serial: SERIAL, sequence: 0, ...laced([opusHead()]) }),
    writePage({ flags: 0, granule: 0, serial: SERIAL, sequence: 1, ...laced([opusTags()]) }),
  ];
  let start = 0;
  while (start < packets.length) {
    let end = start;
    let segments = 0;
    while (end < packets.length && end - start < PACKETS_PER_PAGE) {
      const needed = lacingFor(packets[end]!.length).length;
      if (segments + needed > MAX_SEGMENTS) break;
      segments += needed;
      end++;
    }
    const last = end === packets.length;
    pages.push(
      writePage({
        flags: last ? FLAG_LAST : 0,
        // The last page's granule is short of its packets' length: players drop the encoder's padding.
        granule: last ? finalGranule : end * FRAME_SAMPLES * GRANULE_PER_SAMPLE,
        serial: SERIAL,
        sequence: pages.length,
        ...laced(packets.slice(start, end)),
      }),
    );
    start = end;
  }
  return pages;
}

function laced(packets: Uint8Array[]): { lacing: number[]; body: Uint8Array } {
  return { lacing: packets.flatMap((packet) => lacingFor(packet.length)), body: concatBytes(packets) };
}

function opusHead(): Uint8Array {
  const head = new Uint8Array(19);
  const view = new DataView(head.buffer);
  head.set(ascii('OpusHead'), 0);
  view.setUint8(8, 1);
  view.setUint8(9, 1);
  view.setUint16(10, PRE_SKIP, true);
  view.setUint32(12, SAMPLE_RATE, true);
  view.setInt16(16, 0, true);
  view.setUint8(18, 0);
  return head;
}

function opusTags(): Uint8Array {
  const vendor = ascii(VENDOR);
  const tags = new Uint8Array(8 + 4 + vendor.length + 4);
  const view = new DataView(tags.buffer);
  tags.set(ascii('OpusTags'), 0);
  view.setUint32(8, vendor.length, true);
  tags.set(vendor, 12);
  view.setUint32(12 + vendor.length, 0, true);
  return tags;
}

/** The pages of the file's Opus stream; other multiplexed streams are ignored. */
function opusPages(pages: Page[]): Page[] {
  const head = pages.find((page) => (page.flags & FLAG_FIRST) !== 0 && startsWithAscii(page.body, 'OpusHead'));
  if (head === undefined) throw new Error('not an Ogg Opus file');
  const firstData = pages.findIndex((page) => (page.flags & FLAG_FIRST) === 0);
  if (firstData >= 0 && pages.slice(firstData).some((page) => (page.flags & FLAG_FIRST) !== 0)) {
    throw new Error('chained Ogg files are not supported');
  }
  return pages.filter((page) => page.serial === head.serial);
}

function parseHead(packet: Uint8Array): OpusHead {
  if (packet.length < 19 || !startsWithAscii(packet, 'OpusHead')) throw new Error('not an Ogg Opus file');
  const view = new DataView(packet.buffer, packet.byteOffset, packet.byteLength);
  const version = view.getUint8(8);
  if (version >> 4 !== 0) throw new Error(`unsupported Ogg Opus version ${version}`);
  const channels = view.getUint8(9);
  const family = view.getUint8(18);
  if (family !== 0 || channels < 1 || channels > 2) {
    throw new Error(`unsupported Ogg Opus channel layout (${channels} channels, mapping family ${family})`);
  }
  return { channels, preSkip: view.getUint16(10, true), gainDb: view.getInt16(16, true) / 256 };
}

function decodePackets(packets: Packet[], pages: Page[], channels: number): { samples: Float32Array; lengths: number[] } {
  const decoder = new OpusScript(SAMPLE_RATE, channels);
  try {
    const parts: Float32Array[] = [];
    for (const packet of packets) {
      const where = `page at byte ${pages[packet.page]!.offset}`;
      if (packet.data.length > OpusScript.MAX_PACKET_SIZE) {
        throw new Error(`Ogg Opus file has an audio packet too large to decode (${where})`);
      }
      let pcm: Buffer;
      try {
        pcm = decoder.decode(Buffer.from(packet.data.buffer, packet.data.byteOffset, packet.data.byteLength));
      } catch {
        throw new Error(`Ogg Opus file has a corrupt audio packet (${where})`);
      }
      const frames = pcm.length / (2 * channels);
      const mono = new Float32Array(frames);
      for (let i = 0; i < frames; i++) {
        let sum = 0;
        for (let c = 0; c < channels; c++) sum += pcm.readInt16LE((i * channels + c) * 2);
        mono[i] = sum / channels / 32768;
      }
      parts.push(mono);
    }
    return { samples: concatSamples(parts), lengths: parts.map((part) => part.length) };
  } finally {
    decoder.delete();
  }
}

/**
 * How many 48 kHz samples, pre-skip included, the stream says to play: its last granule position minus
 * where it starts (a stream cut from a longer one starts above zero, RFC 7845 section 4.5).
 */
function playedGranules(packets: Packet[], lengths: number[], pages: Page[]): number {
  const firstPage = packets[0]!.page;
  const lastGranule = pages.findLast((page) => page.granule !== NO_GRANULE)?.granule ?? 0;
  if (firstPage === pages.length - 1) return lastGranule;
  const endingOnFirst = lengths
    .filter((_, i) => packets[i]!.page === firstPage)
    .reduce((sum, length) => sum + length * GRANULE_PER_SAMPLE, 0);
  const start = pages[firstPage]!.granule - endingOnFirst;
  if (start < 0) throw new Error('Ogg Opus file has an invalid granule position');
  return lastGranule - start;
}

function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

function startsWithAscii(bytes: Uint8Array, text: string): boolean {
  return bytes.length >= text.length && Array.from(text).every((char, i) => bytes[i] === char.charCodeAt(0));
}
