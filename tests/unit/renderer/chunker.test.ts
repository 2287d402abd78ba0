import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Chunker } from '../../../renderer/src/recorder/chunker';

const ramp = (from: number, length: number): Float32Array => Float32Array.from({ length }, (_, i) => from + i);

test('blocks are regrouped into full chunks in order, the remainder waits', () => {
  const chunker = new Chunker(4);
  chunker.push(ramp(0, 3));
  assert.deepEqual(chunker.take(), []);
  chunker.push(ramp(3, 6));
  const chunks = chunker.take();
  assert.deepEqual(
    chunks.map((c) => [...c]),
    [
      [0, 1, 2, 3],
      [4, 5, 6, 7],
    ],
  );
  assert.deepEqual(chunker.take(), [], 'take() hands each chunk out once');
  assert.deepEqual([...(chunker.flush() ?? [])], [8]);
});

test('flush returns null when nothing is pending, and a copy otherwise', () => {
  const chunker = new Chunker(4);
  assert.equal(chunker.flush(), null);
  chunker.push(ramp(0, 4));
  assert.equal(chunker.flush(), null);
  chunker.push(ramp(10, 2));
  const tail = chunker.flush();
  assert.deepEqual([...(tail ?? [])], [10, 11]);
  chunker.push(ramp(20, 1));
  assert.deepEqual([...(tail ?? [])], [10, 11], 'later samples do not overwrite a flushed tail');
});

test('a block larger than several chunks is split across them', () => {
  const chunker = new Chunker(4000);
  chunker.push(new Float32Array(10_000));
  assert.equal(chunker.take().length, 2);
  assert.equal(chunker.flush()?.length, 2000);
});
