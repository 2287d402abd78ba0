import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TimedWord } from '../../../common/report';
import { cutRepetitionLoops, dropUnvoicedWords, loopRepeats, MAX_LOOP_WORDS } from '../../../native/transcriber/guards';

/** Words 0.3 s long every 0.4 s, with a probability that differs per word so it can be traced. */
function words(sentence: string, startSec = 0): TimedWord[] {
  return sentence.split(' ').map((text, i) => ({
    text,
    start: startSec + 0.4 * i,
    end: startSec + 0.4 * i + 0.3,
    probability: 0.5 + ((i * 7) % 10) / 20,
  }));
}

const texts = (list: readonly TimedWord[]): string => list.map((word) => word.text).join(' ');

test('a word lying entirely in silence is dropped and reported; words touching voice are kept whole', () => {
  const voiced = [
    { start: 0, end: 2 },
    { start: 5, end: 7 },
  ];
  const input: TimedWord[] = [
    { text: 'We', start: 0.1, end: 0.3, probability: 0.9 },
    { text: 'shipped', start: 1.8, end: 2.1, probability: 0.8 },
    // Within the tolerance after the region: Whisper's ends drift past a trailing fricative.
    { text: 'it.', start: 2.1, end: 2.12, probability: 0.7 },
    // In the middle of the 3 s pause: text Whisper wrote for silence.
    { text: 'Thank', start: 3.2, end: 3.4, probability: 0.3 },
    { text: 'you.', start: 3.4, end: 3.6, probability: 0.2 },
    { text: 'Then', start: 4.9, end: 5.2, probability: 0.05 },
  ];
  const { words: kept, dropped } = dropUnvoicedWords(input, voiced);
  assert.deepEqual(kept, [input[0], input[1], input[2], input[5]], 'kept words are the very same objects, probability included');
  assert.deepEqual(
    dropped.map((d) => [d.word.text, d.reason]),
    [
      ['Thank', 'unvoiced'],
      ['you.', 'unvoiced'],
    ],
  );
});

test('a low-confidence word in voiced audio is kept with its probability', () => {
  const input: TimedWord[] = [{ text: 'um', start: 1, end: 1.3, probability: 0.02 }];
  assert.deepEqual(dropUnvoicedWords(input, [{ start: 0.9, end: 1.4 }]).words, input);
});

test('without any voice every word is unvoiced', () => {
  const { words: kept, dropped } = dropUnvoicedWords(words('thank you for watching'), []);
  assert.deepEqual([kept.length, dropped.length], [0, 4]);
});

test('the tolerance is a parameter: zero tolerance drops a word that only touches voice', () => {
  const input: TimedWord[] = [{ text: 'so', start: 2.05, end: 2.2 }];
  assert.equal(dropUnvoicedWords(input, [{ start: 0, end: 2 }]).words.length, 1);
  assert.equal(dropUnvoicedWords(input, [{ start: 0, end: 2 }], 0).words.length, 0);
});

test('the classic end-of-clip loop is cut to one occurrence, case and punctuation aside', () => {
  const input = words('I learned a lot. Thank you. Thank you. thank you, Thank you. Thank you.');
  const { words: kept, dropped } = cutRepetitionLoops(input);
  assert.equal(texts(kept), 'I learned a lot. Thank you.');
  assert.equal(dropped.length, 8);
  assert.ok(dropped.every((d) => d.reason === 'repeated'));
  assert.deepEqual(kept, input.slice(0, 6), 'the first occurrence keeps its own times and probability');
});

test('a looping clause of several words is cut, and the words after the loop are kept', () => {
  const loop = 'and then we rolled it back';
  const input = words(`so ${loop} ${loop} ${loop} ${loop} and it worked`);
  const { words: kept, dropped } = cutRepetitionLoops(input);
  assert.equal(texts(kept), `so ${loop} and it worked`);
  assert.equal(dropped.length, 3 * 6);
});

test('a single word looping four or more times is cut; up to three repeats are human and kept', () => {
  assert.equal(texts(cutRepetitionLoops(words('the the the the the the the the cache')).words), 'the cache');
  assert.equal(texts(cutRepetitionLoops(words('no, no, no, that was my call')).words), 'no, no, no, that was my call');
  assert.equal(texts(cutRepetitionLoops(words('I I I think we should')).words), 'I I I think we should');
});

test('a phrase said twice is kept; three times is a loop', () => {
  assert.equal(texts(cutRepetitionLoops(words('I think, I think it was Tuesday')).words), 'I think, I think it was Tuesday');
  assert.equal(texts(cutRepetitionLoops(words('you know you know you know it was')).words), 'you know it was');
});

test('phrases longer than the limit are not treated as loops', () => {
  const seven = 'one two three four five six seven';
  const input = words(`${seven} ${seven} ${seven}`);
  assert.equal(MAX_LOOP_WORDS, 6);
  assert.equal(cutRepetitionLoops(input).words.length, 21);
});

test('the shortest repeating unit wins, so an alternating loop keeps one pair', () => {
  assert.equal(texts(cutRepetitionLoops(words('yes no yes no yes no yes no done')).words), 'yes no done');
});

test('loop thresholds', () => {
  assert.deepEqual([1, 2, 3, 6].map(loopRepeats), [4, 3, 3, 3]);
  assert.deepEqual(cutRepetitionLoops([]), { words: [], dropped: [] });
});
