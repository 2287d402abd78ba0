import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Span } from '../../../common/report';
import { currentWordIndex, displayText, wordKinds } from '../../../renderer/src/replay/transcript';

const span = (firstWord: number, lastWord: number): Span => ({ text: '', start: 0, end: 0, firstWord, lastWord });

test('each word takes the kind of the span covering it', () => {
  const kinds = wordKinds(
    {
      fillers: { count: 1, perMinute: 1, items: [span(0, 0)] },
      metrics: { present: true, items: [{ ...span(3, 4), value: 40, unit: '%' }] },
      reflection: { present: true, items: [span(6, 8)] },
    },
    9,
  );
  assert.deepEqual(kinds, ['filler', null, null, 'metric', 'metric', null, 'reflection', 'reflection', 'reflection']);
});

test('where spans overlap, filler beats metric beats reflection', () => {
  const kinds = wordKinds(
    {
      fillers: { count: 1, perMinute: 1, items: [span(2, 2)] },
      metrics: { present: true, items: [{ ...span(1, 3), value: 3, unit: null }] },
      reflection: { present: true, items: [span(0, 4)] },
    },
    5,
  );
  assert.deepEqual(kinds, ['reflection', 'metric', 'filler', 'metric', 'reflection']);
});

test('spans reaching past the words are clipped', () => {
  const kinds = wordKinds(
    {
      fillers: { count: 0, perMinute: 0, items: [span(-2, 0), span(1, 10)] },
      metrics: { present: false, items: [] },
      reflection: { present: false, items: [] },
    },
    2,
  );
  assert.deepEqual(kinds, ['filler', 'filler']);
});

const words = [
  { start: 0.5, end: 0.9 },
  { start: 1.0, end: 1.4 },
  { start: 3.0, end: 3.5 },
];

test('the current word is the one whose time span holds the playback time', () => {
  assert.equal(currentWordIndex(words, 0.6), 0);
  assert.equal(currentWordIndex(words, 1.0), 1);
  assert.equal(currentWordIndex(words, 3.2), 2);
});

test('before the first word, in long pauses and after the end there is none', () => {
  assert.equal(currentWordIndex(words, 0.2), null);
  assert.equal(currentWordIndex(words, 2.5), null);
  assert.equal(currentWordIndex(words, 10), null);
  assert.equal(currentWordIndex([], 1), null);
});

test('a word stays lit through a short gap, but not into the next word', () => {
  assert.equal(currentWordIndex(words, 0.95), 0, 'gap of 0.1 s to the next word');
  assert.equal(currentWordIndex(words, 1.6), 1, 'within 0.35 s after it ends');
  assert.equal(currentWordIndex(words, 1.8), null);
});

test('display text drops the leading space of Whisper tokens', () => {
  assert.equal(displayText({ text: ' shipped' }), 'shipped');
});
