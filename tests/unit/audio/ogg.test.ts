import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  FLAG_CONTINUED,
  FLAG_FIRST,
  FLAG_LAST,
  lacingFor,
  NO_GRANULE,
  oggCrc,
  readPackets,
  readPages,
  writePage,
} from '../../../native/audio/ogg';

function filled(length: number, seed: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 31 + seed) & 0xff);
}

test('oggCrc matches the reference check value and Ogg polynomial', () => {
  // CRC-32 with polynomial 0x04c11db7, no reflection, init 0 and no final XOR ("123456789" check value).
  assert.equal(oggCrc(new TextEncoder().encode('123456789')), 0x89a1897f);
  assert.equal(oggCrc(new Uint8Array(0)), 0);
});

test('lacingFor splits packets into 255-byte segments and marks exact multiples with a 0', () => {
  assert.deepEqual(lacingFor(0), [0]);
  assert.deepEqual(lacingFor(254), [254]);
  assert.deepEqual(lacingFor(255), [255, 0]);
  assert.deepEqual(lacingFor(600), [255, 255, 90]);
});

test('writePage output reads back with every header field', () => {
  const body = filled(300, 1);
  const granule = 2 ** 40 + 3;
  const lacing = lacingFor(300);
  const bytes = writePage({ flags: FLAG_FIRST, granule, serial: 0xdeadbeef, sequence: 7, lacing, body });
  assert.equal(new TextDecoder().decode(bytes.subarray(0, 4)), 'OggS');
  const [page, ...rest] = readPages(bytes);
  assert.equal(rest.length, 0);
  assert.ok(page !== undefined);
  assert.equal(page.offset, 0);
  assert.equal(page.flags, FLAG_FIRST);
  assert.equal(page.granule, 2 ** 40 + 3);
  assert.equal(page.serial, 0xdeadbeef);
  assert.equal(page.sequence, 7);
  assert.deepEqual(page.lacing, [255, 45]);
  assert.deepEqual(page.body, body);
});

test('writePage stores -1 as the "no packet ends here" granule', () => {
  const body = filled(255, 0);
  const bytes = writePage({ flags: 0, granule: NO_GRANULE, serial: 1, sequence: 0, lacing: [255], body });
  assert.deepEqual(Array.from(bytes.subarray(6, 14)), new Array<number>(8).fill(0xff));
  assert.equal(readPages(bytes)[0]?.granule, NO_GRANULE);
});

test('readPackets joins a packet continued across pages', () => {
  const big = filled(600, 5);
  const small = filled(10, 9);
  const file = new Uint8Array([
    ...writePage({
      flags: FLAG_FIRST,
      granule: NO_GRANULE,
      serial: 4,
      sequence: 0,
      lacing: [255, 255],
      body: big.subarray(0, 510),
    }),
    ...writePage({
      flags: FLAG_CONTINUED | FLAG_LAST,
      granule: 100,
      serial: 4,
      sequence: 1,
      lacing: [90, 10],
      body: new Uint8Array([...big.subarray(510), ...small]),
    }),
  ]);
  const packets = readPackets(readPages(file));
  assert.equal(packets.length, 2);
  assert.deepEqual(packets[0], { data: big, page: 1 });
  assert.deepEqual(packets[1], { data: small, page: 1 });
});

test('readPages rejects damaged files with a clear reason', () => {
  const page = writePage({ flags: FLAG_FIRST, granule: 0, serial: 1, sequence: 0, lacing: [20], body: filled(20, 3) });
  const flipped = page.slice();
  flipped[40]! ^= 0x01;
  assert.throws(() => readPages(flipped), { message: 'Ogg page checksum mismatch (page at byte 0)' });
  assert.throws(() => readPages(page.subarray(0, page.length - 1)), { message: 'Ogg file is truncated' });
  assert.throws(() => readPages(page.subarray(0, 20)), { message: 'Ogg file is truncated' });
  assert.throws(() => readPages(new Uint8Array([...page, 1, 2, 3, 4, ...page])), {
    message: `Ogg file is corrupt (no page at byte ${page.length})`,
  });
});

test('readPackets rejects missing pages and broken continuations', () => {
  const page = (flags: number, sequence: number, body: Uint8Array): Uint8Array =>
    writePage({ flags, granule: 0, serial: 1, sequence, lacing: lacingFor(body.length).slice(0, 1), body });
  const first = page(FLAG_FIRST, 0, filled(255, 1));
  const third = page(FLAG_CONTINUED, 2, filled(1, 1));
  assert.throws(() => readPackets(readPages(new Uint8Array([...first, ...third]))), {
    message: `Ogg file is corrupt (page missing before byte ${first.length})`,
  });
  const notContinued = page(0, 1, filled(1, 1));
  assert.throws(() => readPackets(readPages(new Uint8Array([...first, ...notContinued]))), {
    message: `Ogg file is corrupt (broken packet at byte ${first.length})`,
  });
  assert.throws(() => readPackets(readPages(first)), {
    message: 'Ogg file is truncated (the last packet is incomplete)',
  });
});
