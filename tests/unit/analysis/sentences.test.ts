import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../native/analysis/normalize';
import { sentenceOf, splitSentences } from '../../../native/analysis/sentences';
import { at, timed } from './words';

test('sentences end at the punctuation Whisper writes', () => {
  const sentences = splitSentences(tokenize(timed('We shipped. Did it work? Yes! "Really." Fine')));
  assert.deepEqual(
    sentences.map(({ firstWord, lastWord }) => [firstWord, lastWord]),
    [
      [0, 1],
      [2, 4],
      [5, 5],
      [6, 6],
      [7, 7],
    ],
  );
});

test('a silence of a second ends a sentence without punctuation', () => {
  const words = at(['we', 0, 0.2], ['shipped', 0.3, 0.6], ['so', 1.6, 1.8], ['then', 2, 2.2]);
  assert.deepEqual(
    splitSentences(tokenize(words)).map(({ firstWord }) => firstWord),
    [0, 2],
  );
});

test('the sentence holding a word', () => {
  const sentences = splitSentences(tokenize(timed('One two. Three four.')));
  assert.deepEqual(sentenceOf(sentences, 3), { firstWord: 2, lastWord: 3 });
  assert.equal(sentenceOf(sentences, 9), undefined);
});
