import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignCorrection } from '../../../native/analysis/align-correction';
import { checkWords } from '../../../native/analysis/input-checks';
import type { TimedWord } from '../../../common/report';
import { at } from './words';

const HEARD: TimedWord[] = [
  { text: ' We', start: 0.5, end: 0.7, probability: 0.9 },
  { text: ' had,', start: 0.8, end: 1.1, probability: 0.8 },
  { text: ' like,', start: 1.2, end: 1.5, probability: 0.6 },
  { text: ' forty', start: 1.6, end: 2, probability: 0.95 },
  { text: ' users.', start: 4, end: 4.5, probability: 0.7 },
];

function times(words: readonly TimedWord[]): [string, number, number][] {
  return words.map((word) => [word.text, word.start, word.end]);
}

test('the same text gives back the same words, times and probabilities', () => {
  assert.deepEqual(
    alignCorrection(HEARD, 'We had, like, forty users.'),
    HEARD.map((word) => ({ ...word, text: word.text.trim() })),
  );
});

test('punctuation and case edits keep every time', () => {
  const corrected = alignCorrection(HEARD, 'we HAD like forty users!');
  assert.deepEqual(times(corrected), [
    ['we', 0.5, 0.7],
    ['HAD', 0.8, 1.1],
    ['like', 1.2, 1.5],
    ['forty', 1.6, 2],
    ['users!', 4, 4.5],
  ]);
  assert.equal(corrected[1]?.probability, 0.8);
});

test('hesitation spellings count as the same word', () => {
  const heard = at(['umm,', 0, 0.4], ['yes', 0.5, 0.8]);
  assert.deepEqual(times(alignCorrection(heard, 'um, yes')), [
    ['um,', 0, 0.4],
    ['yes', 0.5, 0.8],
  ]);
});

test('a replaced word takes the time of the word it replaces', () => {
  const corrected = alignCorrection(HEARD, 'We had about forty users.');
  assert.deepEqual(times(corrected), [
    ['We', 0.5, 0.7],
    ['had', 0.8, 1.1],
    ['about', 1.2, 1.5],
    ['forty', 1.6, 2],
    ['users.', 4, 4.5],
  ]);
  assert.equal(corrected[2]?.probability, undefined);
});

test('one word replaced by two shares its time by length', () => {
  const heard = at(['the', 0, 0.2], ['database', 0.3, 1.1], ['failed', 1.2, 1.6]);
  assert.deepEqual(times(alignCorrection(heard, 'the data base failed')), [
    ['the', 0, 0.2],
    ['data', 0.3, 0.7],
    ['base', 0.7, 1.1],
    ['failed', 1.2, 1.6],
  ]);
});

test('deleted words are dropped and the others keep their times', () => {
  assert.deepEqual(times(alignCorrection(HEARD, 'We had forty users.')), [
    ['We', 0.5, 0.7],
    ['had', 0.8, 1.1],
    ['forty', 1.6, 2],
    ['users.', 4, 4.5],
  ]);
});

test('a word added in a short gap fills the gap between its neighbours', () => {
  const heard = at(['we', 0, 0.3], ['it', 0.5, 0.7]);
  assert.deepEqual(times(alignCorrection(heard, 'we shipped it')), [
    ['we', 0, 0.3],
    ['shipped', 0.3, 0.5],
    ['it', 0.5, 0.7],
  ]);
});

test('a word added in a long silence takes a natural length in its middle, so the pause stays', () => {
  const corrected = alignCorrection(HEARD, 'We had, like, forty active users.');
  assert.deepEqual(corrected[4], { text: 'active', start: 2.85, end: 3.15 });
});

test('words added where there was no gap at all get no time', () => {
  const heard = at(['we', 0, 0.3], ['it', 0.3, 0.6]);
  assert.deepEqual(times(alignCorrection(heard, 'we did ship it')), [
    ['we', 0, 0.3],
    ['did', 0.3, 0.3],
    ['ship', 0.3, 0.3],
    ['it', 0.3, 0.6],
  ]);
});

test('words added before the first word or after the last sit next to them', () => {
  const heard = at(['shipped', 2, 2.5]);
  assert.deepEqual(times(alignCorrection(heard, 'we shipped today')), [
    ['we', 1.7, 2],
    ['shipped', 2, 2.5],
    ['today', 2.5, 2.8],
  ]);
  assert.deepEqual(times(alignCorrection(at(['go', 0.1, 0.4]), 'so we go')), [
    ['so', 0, 0.05],
    ['we', 0.05, 0.1],
    ['go', 0.1, 0.4],
  ]);
});

test('repeated words are matched in order', () => {
  const heard = at(['the', 0, 0.1], ['the', 0.2, 0.3], ['cache', 0.4, 0.8]);
  assert.deepEqual(times(alignCorrection(heard, 'the cache')), [
    ['the', 0, 0.1],
    ['cache', 0.4, 0.8],
  ]);
  assert.deepEqual(
    times(alignCorrection(heard, 'the the the cache')).map(([text]) => text),
    ['the', 'the', 'the', 'cache'],
  );
});

test('a text replaced entirely spreads over the time of the old one', () => {
  const heard = at(['alpha', 1, 1.5], ['beta', 2, 2.5]);
  assert.deepEqual(times(alignCorrection(heard, 'one two')), [
    ['one', 1, 1.75],
    ['two', 1.75, 2.5],
  ]);
});

test('empty text drops every word; words for an empty transcript run from zero', () => {
  assert.deepEqual(alignCorrection(HEARD, '   '), []);
  assert.deepEqual(times(alignCorrection([], 'hello there')), [
    ['hello', 0, 0.3],
    ['there', 0.3, 0.6],
  ]);
});

test('whatever the edit, the result is in time order and passes the transcript checks', () => {
  const edits = [
    'We forty users had like.',
    'users users users',
    'Completely different words here, with more of them than before.',
    'had',
    'We had, like, like, forty, forty users users.',
  ];
  for (const edit of edits) {
    const corrected = alignCorrection(HEARD, edit);
    assert.equal(corrected.length, edit.split(/\s+/).filter((word) => word !== '').length, edit);
    assert.deepEqual(
      checkWords(corrected, 'test'),
      corrected.map(({ text, start, end, probability }) =>
        probability === undefined ? { text, start, end } : { text, start, end, probability },
      ),
      edit,
    );
    corrected.forEach((word, index) => assert.ok(index === 0 || word.start >= (corrected[index - 1]?.end ?? 0) - 1e-9, edit));
  }
});
