import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../native/analysis/normalize';
import { measurePace } from '../../../native/analysis/pace';
import type { TimedWord } from '../../../common/report';
import { at, timed } from './words';

function paceOf(words: TimedWord[]): ReturnType<typeof measurePace> {
  return measurePace(tokenize(words));
}

test('no words: no speaking time, no pace, no first word', () => {
  assert.deepEqual(paceOf([]), { speakingSec: 0, wordsPerMinute: 0, timeToFirstWordSec: null });
});

test('speaking time runs from the first word start to the last word end when gaps are short', () => {
  const pace = paceOf(at(['We', 2, 2.3], ['shipped', 2.4, 2.9], ['it', 3.1, 3.5]));
  assert.equal(pace.timeToFirstWordSec, 2);
  assert.equal(pace.speakingSec, 1.5);
  assert.equal(pace.wordsPerMinute, 120);
});

test('gaps of 0.3 s or more are pauses and do not count as speaking', () => {
  const words = at(['We', 0.5, 1], ['shipped', 1.3, 2], ['it', 4, 4.5], ['fast', 4.7, 5.5]);
  // 5.0 s from first start to last end, minus the 0.3 s and 2.0 s pauses; the 0.2 s gap is speaking.
  assert.equal(paceOf(words).speakingSec, 2.7);
  assert.equal(paceOf(words).wordsPerMinute, Math.round((4 / 2.7) * 60 * 10) / 10);
});

test('a 0.3 s gap is a pause even when subtracting the timestamps leaves 0.29999…', () => {
  assert.equal(paceOf(at(['a', 1, 2], ['b', 2.3, 3])).speakingSec, 1.7);
});

test('a gap just under 0.3 s is still speaking', () => {
  assert.equal(paceOf(at(['a', 0, 1], ['b', 1.29, 2])).speakingSec, 2);
});

test('hesitation sounds and punctuation-only tokens are not counted as words per minute', () => {
  const withHesitations = at(
    ['Um,', 0, 0.5],
    ['we', 0.5, 1],
    ['uhh', 1, 1.5],
    ['shipped.', 1.5, 2],
    [' -', 2, 2.5],
    ['hmm', 2.5, 3],
  );
  const pace = paceOf(withHesitations);
  assert.equal(pace.speakingSec, 3);
  assert.equal(pace.wordsPerMinute, 40);
});

test('lexical fillers such as "like" are real words and count toward pace', () => {
  assert.equal(paceOf(timed('it was like slow')).wordsPerMinute, Math.round((4 / 1.5) * 60 * 10) / 10);
});

test('only hesitations: speaking time but zero pace', () => {
  const pace = paceOf(at(['um', 1, 1.5], ['uh', 1.6, 2]));
  assert.equal(pace.speakingSec, 1);
  assert.equal(pace.wordsPerMinute, 0);
  assert.equal(pace.timeToFirstWordSec, 1);
});

test('a single zero-length word gives zero pace rather than dividing by zero', () => {
  assert.deepEqual(paceOf(at(['Hi', 3, 3])), { speakingSec: 0, wordsPerMinute: 0, timeToFirstWordSec: 3 });
});
