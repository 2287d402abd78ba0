import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eotFor, tokensToWords, type NativeToken } from '../../../native/transcriber/words';

const EN = { eot: eotFor(true), durationSec: 10 };

function tok(text: string, id: number, p: number, from: number, to: number): NativeToken {
  return { text, id, p, from, to };
}

// Shaped like smart-whisper's detail output for "So I led the migration, um, and we cut latency by 40%."
// from tiny.en: timestamp tokens around the text, punctuation glued to the previous piece.
const SENTENCE: NativeToken[] = [
  tok('[_BEG_]', 50363, 0.91, 0, 0),
  tok(' So', 1406, 0.82, 0, 320),
  tok(' I', 314, 0.97, 320, 450),
  tok(' led', 2957, 0.88, 450, 760),
  tok(' the', 262, 0.99, 760, 900),
  tok(' migration', 13472, 0.93, 900, 1500),
  tok(',', 11, 0.71, 1500, 1520),
  tok(' um', 23781, 0.42, 1800, 2100),
  tok(',', 11, 0.64, 2100, 2120),
  tok(' and', 290, 0.95, 2300, 2450),
  tok(' we', 356, 0.97, 2450, 2600),
  tok(' cut', 2005, 0.9, 2600, 2850),
  tok(' latency', 24812, 0.86, 2850, 3400),
  tok(' by', 416, 0.98, 3400, 3550),
  tok(' 40', 2319, 0.8, 3550, 3900),
  tok('%', 4, 0.77, 3900, 4000),
  tok('.', 13, 0.9, 4000, 4020),
  tok('[_TT_210]', 50573, 0.5, 4200, 4200),
  tok('<|endoftext|>', 50256, 0.99, 4200, 4200),
];

test('tokens with a leading space start words; punctuation and pieces join the word before', () => {
  const words = tokensToWords(SENTENCE, EN);
  assert.deepEqual(
    words.map((w) => w.text),
    ['So', 'I', 'led', 'the', 'migration,', 'um,', 'and', 'we', 'cut', 'latency', 'by', '40%.'],
  );
  assert.deepEqual(words[4], { text: 'migration,', start: 0.9, end: 1.52, probability: (0.93 + 0.71) / 2 });
  assert.deepEqual(words[11], { text: '40%.', start: 3.55, end: 4.02, probability: (0.8 + 0.77 + 0.9) / 3 });
});

test('a word split into sub-word tokens takes the first start, last end and mean probability', () => {
  const words = tokensToWords(
    [tok(' Kub', 24203, 0.6, 1000, 1200), tok('ern', 1142, 0.9, 1200, 1350), tok('etes', 316, 0.99, 1350, 1600)],
    EN,
  );
  assert.equal(words.length, 1);
  assert.equal(words[0]?.text, 'Kubernetes');
  assert.equal(words[0]?.start, 1);
  assert.equal(words[0]?.end, 1.6);
  assert.ok(Math.abs((words[0]?.probability ?? 0) - (0.6 + 0.9 + 0.99) / 3) < 1e-12);
});

test('special tokens are skipped by id and by name', () => {
  const words = tokensToWords(
    [
      tok('[_SOT_]', 50257, 1, 0, 0),
      tok(' Hi', 15902, 0.9, 0, 300),
      tok('[_TT_15]', 50378, 0.9, 300, 300),
      tok(' there', 612, 0.9, 300, 600),
    ],
    EN,
  );
  assert.deepEqual(
    words.map((w) => w.text),
    ['Hi', 'there'],
  );
});

test('the multilingual end-of-text id is one higher', () => {
  assert.equal(eotFor(false), 50257);
  const words = tokensToWords([tok(' yes', 50256, 0.9, 0, 200)], { eot: eotFor(false), durationSec: 1 });
  assert.deepEqual(
    words.map((w) => w.text),
    ['yes'],
  );
});

test('a first token without a leading space still starts a word', () => {
  const words = tokensToWords([tok('Yes', 5297, 0.9, 100, 400), tok('.', 13, 0.9, 400, 420)], EN);
  assert.deepEqual(
    words.map((w) => w.text),
    ['Yes.'],
  );
});

test('words that are only whitespace are dropped', () => {
  const words = tokensToWords([tok(' ', 220, 0.3, 0, 100), tok(' okay', 8788, 0.9, 100, 400)], EN);
  assert.deepEqual(
    words.map((w) => w.text),
    ['okay'],
  );
});

test('times are clamped into the clip, never step backwards, and end no earlier than they start', () => {
  const words = tokensToWords(
    [
      tok(' one', 530, 0.9, -40, 500),
      tok(' two', 734, 0.9, 1800, 400),
      tok(' three', 1115, 0.9, 300, 900),
      tok(' four', 1440, 0.9, 2500, 9000),
    ],
    { eot: 50256, durationSec: 2 },
  );
  assert.deepEqual(
    words.map((w) => [w.start, w.end]),
    [
      [0, 0.5],
      [1.8, 1.8],
      [1.8, 1.8],
      [2, 2],
    ],
  );
});

test('probabilities stay within 0..1', () => {
  const words = tokensToWords([tok(' odd', 5629, 1.0000001, 0, 100)], EN);
  assert.equal(words[0]?.probability, 1);
});

test('no tokens give no words', () => {
  assert.deepEqual(tokensToWords([], EN), []);
});
