import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../native/analysis/normalize';
import { detectPauses } from '../../../native/analysis/pauses';
import { at } from './words';

const WORDS = tokenize(at(['We', 0, 0.5], ['shipped', 0.6, 1.5], ['it', 3, 3.3], ['fast', 3.4, 3.9], ['today', 4.9, 5.4]));

test('without audio, every gap of a second or more between words is a pause', () => {
  assert.deepEqual(detectPauses(WORDS), [
    { start: 1.5, end: 3, durationSec: 1.5, afterWord: 1 },
    { start: 3.9, end: 4.9, durationSec: 1, afterWord: 3 },
  ]);
});

test('a pause runs from where the sound of the word before stops to where the next one starts', () => {
  // "shipped" sounds until 1.2 s although its timestamp says 1.5 s; "today" starts sounding at 5 s.
  const voiced = [
    { start: 0, end: 1.2 },
    { start: 3, end: 3.9 },
    { start: 5, end: 5.4 },
  ];
  assert.deepEqual(detectPauses(WORDS, voiced), [
    { start: 1.2, end: 3, durationSec: 1.8, afterWord: 1 },
    { start: 3.9, end: 5, durationSec: 1.1, afterWord: 3 },
  ]);
});

test('a gap under a second can hold a pause of a second once the word ends are corrected', () => {
  const words = tokenize(at(['one', 0, 1], ['two', 1.8, 2.2]));
  assert.deepEqual(detectPauses(words), []);
  assert.deepEqual(
    detectPauses(words, [
      { start: 0, end: 0.5 },
      { start: 1.8, end: 2.2 },
    ]).map((pause) => pause.durationSec),
    [1.3],
  );
});

test('a sound inside the silence splits it; a click does not', () => {
  const base = [
    { start: 0, end: 1.5 },
    { start: 5, end: 5.4 },
  ];
  const words = tokenize(at(['We', 0, 0.5], ['shipped', 0.6, 1.5], ['today', 5, 5.4]));
  assert.deepEqual(
    detectPauses(
      words,
      [...base, { start: 2.8, end: 3.2 }].sort((a, b) => a.start - b.start),
    ).map((pause) => [pause.start, pause.end]),
    [
      [1.5, 2.8],
      [3.2, 5],
    ],
  );
  assert.deepEqual(
    detectPauses(
      words,
      [...base, { start: 2.8, end: 2.85 }].sort((a, b) => a.start - b.start),
    ).map((pause) => [pause.start, pause.end]),
    [[1.5, 5]],
  );
});

test('a word with no sound under it keeps its own time', () => {
  // "it" was placed where the audio is silent: the pauses stop at it and start after it.
  const words = tokenize(at(['We', 0, 0.4], ['it', 2, 2.3], ['go', 4, 4.3]));
  assert.deepEqual(
    detectPauses(words, [
      { start: 0, end: 0.4 },
      { start: 4, end: 4.3 },
    ]).map((pause) => [pause.start, pause.end, pause.afterWord]),
    [
      [0.4, 2, 0],
      [2.3, 4, 1],
    ],
  );
});

test('no voicing at all falls back to the word gaps', () => {
  assert.deepEqual(detectPauses(WORDS, []), detectPauses(WORDS));
});

test('no words, no pauses', () => {
  assert.deepEqual(detectPauses(tokenize([])), []);
  assert.deepEqual(detectPauses(tokenize([]), [{ start: 0, end: 1 }]), []);
});
