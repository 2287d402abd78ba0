import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../native/analysis/normalize';
import { paceSegments, paceVariation } from '../../../native/analysis/pace-segments';
import type { TimedWord } from '../../../common/report';

/** `count` words of 0.25 s, evenly spread from `start` over `seconds`. */
function words(start: number, seconds: number, count: number, text = 'word'): TimedWord[] {
  const step = seconds / count;
  return Array.from({ length: count }, (_, index) => ({ text, start: start + index * step, end: start + index * step + 0.25 }));
}

test('pace is measured in 15 s stretches from the first word to the last', () => {
  const segments = paceSegments(tokenize([...words(1, 15, 30), ...words(16, 15, 45)]));
  assert.deepEqual(
    segments.map((segment) => [segment.start, segment.end]),
    [
      [1, 16],
      [16, 30.917],
    ],
  );
  assert.deepEqual(
    segments.map((segment) => segment.wpm),
    [120, Math.round((45 / 14.917) * 600) / 10],
  );
});

test('a short last stretch joins the one before', () => {
  const segments = paceSegments(tokenize(words(0, 20, 40)));
  assert.equal(segments.length, 1);
  assert.equal(segments[0]?.end, 19.75);
});

test('hesitations do not count toward the pace of a stretch', () => {
  const segments = paceSegments(tokenize([...words(0, 10, 20), ...words(10, 5, 10, 'um')]));
  assert.equal(segments[0]?.wpm, Math.round((20 / 14.75) * 600) / 10);
});

test('variation is the coefficient of variation of the stretches, 0 with one stretch', () => {
  assert.equal(
    paceVariation([
      { start: 0, end: 15, wpm: 100 },
      { start: 15, end: 30, wpm: 200 },
    ]),
    0.33,
  );
  assert.equal(
    paceVariation([
      { start: 0, end: 15, wpm: 150 },
      { start: 15, end: 30, wpm: 150 },
    ]),
    0,
  );
  assert.equal(paceVariation([{ start: 0, end: 15, wpm: 150 }]), 0);
  assert.equal(
    paceVariation([
      { start: 0, end: 15, wpm: 0 },
      { start: 15, end: 30, wpm: 0 },
    ]),
    0,
  );
});

test('no words or no time, no stretches', () => {
  assert.deepEqual(paceSegments(tokenize([])), []);
  assert.deepEqual(paceSegments(tokenize([{ text: 'Hi', start: 2, end: 2 }])), []);
});
