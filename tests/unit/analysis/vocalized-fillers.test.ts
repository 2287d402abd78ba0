import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../native/analysis/normalize';
import { detectVocalizedFillers } from '../../../native/analysis/vocalized-fillers';
import type { TimeSpan } from '../../../common/report';
import { at } from './words';

const WORDS = tokenize(at(['We', 0, 0.5], ['shipped', 0.6, 1.2], ['it', 3, 3.3], ['fast', 3.4, 3.9]));

function fillersWith(voiced: TimeSpan[]): TimeSpan[] {
  return detectVocalizedFillers(WORDS, voiced);
}

test('a voiced stretch of 0.2–1.5 s between words is a vocalized filler', () => {
  assert.deepEqual(
    fillersWith([
      { start: 0, end: 1.2 },
      { start: 1.8, end: 2.3 },
      { start: 3, end: 3.9 },
    ]),
    [{ start: 1.8, end: 2.3 }],
  );
});

test('shorter stretches are clicks and longer ones are missed speech', () => {
  assert.deepEqual(fillersWith([{ start: 1.5, end: 1.65 }]), []);
  assert.deepEqual(fillersWith([{ start: 1.3, end: 2.9 }]), []);
  assert.deepEqual(
    fillersWith([
      { start: 1.5, end: 1.7 },
      { start: 2, end: 3 },
    ]),
    [
      { start: 1.5, end: 1.7 },
      { start: 2, end: 3 },
    ],
  );
});

test('a stretch that overlaps a word belongs to the word', () => {
  assert.deepEqual(fillersWith([{ start: 1, end: 1.6 }]), []);
  assert.deepEqual(fillersWith([{ start: 2.6, end: 3.2 }]), []);
  // Within 50 ms of a word's edge is timestamp jitter, not overlap.
  assert.deepEqual(fillersWith([{ start: 1.17, end: 1.6 }]), [{ start: 1.17, end: 1.6 }]);
});

test('sounds before the first word or after the last are not between words', () => {
  assert.deepEqual(
    detectVocalizedFillers(tokenize(at(['Hi', 2, 2.3])), [
      { start: 0.5, end: 1 },
      { start: 3, end: 3.5 },
    ]),
    [],
  );
});

test('several fillers in one gap are each reported', () => {
  assert.deepEqual(
    fillersWith([
      { start: 1.4, end: 1.8 },
      { start: 2.2, end: 2.6 },
    ]),
    [
      { start: 1.4, end: 1.8 },
      { start: 2.2, end: 2.6 },
    ],
  );
});
