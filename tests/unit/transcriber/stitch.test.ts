import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TimedWord } from '../../../common/report';
import { placeWords } from '../../../native/transcriber/stitch';

const word = (text: string, start: number, end: number, probability = 0.8): TimedWord => ({ text, start, end, probability });

test('words are shifted by the clip offset and keep their probability', () => {
  const placed = placeWords([word('we', 0.2, 0.4, 0.91), word('shipped', 0.5, 0.9, 0.33)], 10, {
    start: 9.5,
    end: 14,
    last: false,
  });
  assert.deepEqual(placed.words, [word('we', 10.2, 10.4, 0.91), word('shipped', 10.5, 10.9, 0.33)]);
  assert.deepEqual(placed.dropped, []);
});

test("a word whose middle lies outside the stretch is the neighbour's and is dropped as such", () => {
  const range = { start: 10, end: 14, last: false };
  const input = [
    word('before', -0.6, 0.2),
    word('straddling-in', -0.2, 0.5),
    word('inside', 1, 1.5),
    word('straddling-out', 3.8, 4.4),
    word('after', 4.1, 4.3),
  ];
  const placed = placeWords(input, 10, range);
  assert.deepEqual(
    placed.words.map((w) => w.text),
    ['straddling-in', 'inside'],
  );
  assert.deepEqual(placed.words[0], word('straddling-in', 10, 10.5), 'clamped into the stretch');
  assert.deepEqual(
    placed.dropped.map((d) => [d.word.text, d.reason]),
    [
      ['before', 'outside'],
      ['straddling-out', 'outside'],
      ['after', 'outside'],
    ],
  );
});

test('a word centred exactly on a cut belongs to the later stretch, except at the end of the recording', () => {
  const atCut = [word('edge', 3.9, 4.1)];
  assert.equal(placeWords(atCut, 0, { start: 0, end: 4, last: false }).words.length, 0, 'not the earlier stretch');
  assert.deepEqual(placeWords(atCut, 0, { start: 4, end: 8, last: false }).words, [word('edge', 4, 4.1)], 'the later one');
  assert.equal(placeWords(atCut, 0, { start: 0, end: 4, last: true }).words.length, 1, 'the last stretch has no later one');
});

test('words come out in order and never overlap, even when the transcriber reports them overlapping', () => {
  const placed = placeWords([word('a', 1, 2), word('b', 1.5, 1.7), word('c', 1.9, 2.5)], 0, { start: 0, end: 10, last: true });
  assert.deepEqual(
    placed.words.map((w) => [w.start, w.end]),
    [
      [1, 2],
      [2, 2],
      [2, 2.5],
    ],
  );
});
