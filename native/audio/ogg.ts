// The Ogg container (RFC 3533): page writing, page reading with CRC checks, and packet reassembly.

export const FLAG_CONTINUED = 0x01;
export const FLAG_FIRST = 0x02;
export const FLAG_LAST = 0x04;
/** Granule position of a page on which no packet ends. */
export const NO_GRANULE = -1;
/** A page holds at most 255 lacing values. */
export const MAX_SEGMENTS = 255;

const HEADER_SIZE = 27;
const CAPTURE = [0x4f, 0x67, 0x67, 0x53]; // "OggS"

export interface PageFields {
  flags: number;
  granule: number;
  serial: number;
  sequence: number;
  /** Lacing values: segment lengths 0–255; a value below 255 ends a packet. */
  lacing: number[];
  body: Uint8Array;
}

export interface Page extends PageFields {
  /** Byte offset of the page in the file, for error messages. */
  offset: number;
}

export interface Packet {
  data: Uint8Array;
  /** Index, among the stream's pages, of the page on which the packet ends. */
  page: number;
}

const CRC_TABLE = crcTable();

function crcTable(): Uint32Array {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let r = i << 24;
    for (let bit = 0; bit < 8; bit++) r = r & 0x80000000 ? (r << 1) ^ 0x04c11db7 : r << 1;
    table[i] = r >>> 0;
  }
  return table;
}

/** Ogg's CRC-32: polynomial 0x04c11db7, no reflection, initial value and final XOR 0. */
export function oggCrc(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ byte) & 0xff]!) >>> 0;
  return crc;
}

/** Lacing values for one whole packet; a multiple of 255 bytes needs a final 0 to mark its end. */
export function lacingFor(packetLength: number): number[] {
  const lacing = new Array<number>(Math.floor(packetLength / 255)).fill(255);
  lacing.push(packetLength % 255);
  return lacing;
}

export function writePage(page: PageFields): Uint8Array {
  if (page.lacing.length > MAX_SEGMENTS) throw new Error(`an Ogg page cannot hold ${page.lacing.length} segments`);
  const bytes = new Uint8Array(HEADER_SIZE + page.lacing.length + page.body.length);
  const view = new DataView(bytes.buffer);
  bytes.set(CAPTURE, 0);
  view.setUint8(4, 0);
  view.setUint8(5, page.flags);
  view.setBigInt64(6, BigInt(page.granule), true);
  view.setUint32(14, page.serial, true);
  view.setUint32(18, page.sequence, true);
  view.setUint8(26, page.lacing.length);
  bytes.set(page.lacing, HEADER_SIZE);
  bytes.set(page.body, HEADER_SIZE + page.lacing.length);
  view.setUint32(22, oggCrc(bytes), true);
  return bytes;
}

export function startsWithCapture(bytes: Uint8Array, offset = 0): boolean {
  return CAPTURE.every((byte, i) => bytes[offset + i] === byte);
}

/** Splits a file into pages, checking each one's structure and checksum. */
export function readPages(bytes: Uint8Array): Page[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const pages: Page[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    if (offset + HEADER_SIZE > bytes.length) throw new Error('Ogg file is truncated');
    if (!startsWithCapture(bytes, offset)) throw new Error(`Ogg file is corrupt (no page at byte ${offset})`);
    if (view.getUint8(offset + 4) !== 0) throw new Error(`unsupported Ogg version at byte ${offset}`);
    const segmentCount = view.getUint8(offset + 26);
    const lacing = Array.from(bytes.subarray(offset + HEADER_SIZE, offset + HEADER_SIZE + segmentCount));
    const bodyStart = offset + HEADER_SIZE + segmentCount;
    const end = bodyStart + lacing.reduce((sum, value) => sum + value, 0);
    if (end > bytes.length) throw new Error('Ogg file is truncated');
    const stored = view.getUint32(offset + 22, true);
    const copy = bytes.slice(offset, end);
    copy.fill(0, 22, 26);
    if (oggCrc(copy) !== stored) throw new Error(`Ogg page checksum mismatch (page at byte ${offset})`);
    pages.push({
      offset,
      flags: view.getUint8(offset + 5),
      granule: Number(view.getBigInt64(offset + 6, true)),
      serial: view.getUint32(offset + 14, true),
      sequence: view.getUint32(offset + 18, true),
      lacing,
      body: bytes.subarray(bodyStart, end),
    });
    offset = end;
  }
  return pages;
}

/** Reassembles the packets of one logical stream, given its pages in order. */
export function readPackets(pages: Page[]): Packet[] {
  const packets: Packet[] = [];
  let pending: Uint8Array[] = [];
  pages.forEach((page, index) => {
    if (index > 0 && page.sequence !== pages[index - 1]!.sequence + 1) {
      throw new Error(`Ogg file is corrupt (page missing before byte ${page.offset})`);
    }
    const continued = (page.flags & FLAG_CONTINUED) !== 0;
    if (continued !== pending.length > 0) {
      throw new Error(`Ogg file is corrupt (broken packet at byte ${page.offset})`);
    }
    let start = 0;
    for (const value of page.lacing) {
      pending.push(page.body.subarray(start, start + value));
      start += value;
      if (value < 255) {
        packets.push({ data: concatBytes(pending), page: index });
        pending = [];
      }
    }
  });
  if (pending.length > 0) throw new Error('Ogg file is truncated (the last packet is incomplete)');
  return packets;
}

export function concatBytes(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
