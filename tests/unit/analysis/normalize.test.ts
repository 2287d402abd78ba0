import { test } from 'node:test';
import assert from 'node:assert/strict';
import { endsClause, endsSentence, normalizeWord, spanOf, tokenize } from '../../../native/analysis/normalize';
import { at } from './words';

test('normalizeWord lowercases, trims and strips surrounding punctuation', () => {
  assert.equal(normalizeWord(' Time,'), 'time');
  assert.equal(normalizeWord('percent.'), 'percent');
  assert.equal(normalizeWord('"Actually…"'), 'actually');
  assert.equal(normalizeWord('(40%)'), '40');
  assert.equal(normalizeWord('$2M'), '2m');
});

test('normalizeWord keeps inner apostrophes and hyphens and straightens curly apostrophes', () => {
  assert.equal(normalizeWord('I’d'), "i'd");
  assert.equal(normalizeWord("We've"), "we've");
  assert.equal(normalizeWord('forty-five,'), 'forty-five');
});

test('punctuation-only words normalize to nothing', () => {
  assert.equal(normalizeWord(' -'), '');
  assert.equal(normalizeWord('...'), '');
});

test('endsSentence and endsClause read the punctuation Whisper attaches', () => {
  assert.ok(endsSentence('done.'));
  assert.ok(endsSentence('really?)'));
  assert.ok(endsSentence('done."'));
  assert.ok(!endsSentence('time,'));
  assert.ok(endsClause('time,'));
  assert.ok(endsClause('so;'));
  assert.ok(!endsClause('time'));
  assert.ok(!endsClause("I'd"));
});

test('spanOf keeps the original text and the times of the first and last word', () => {
  const tokens = tokenize(at([' You', 1, 1.2], [' know,', 1.25, 1.5], [' we', 1.6, 1.7]));
  assert.deepEqual(spanOf(tokens, 0, 1), { text: 'You know,', start: 1, end: 1.5, firstWord: 0, lastWord: 1 });
});

test('spanOf refuses a range outside the words', () => {
  const tokens = tokenize(at(['one', 0, 1]));
  assert.throws(() => spanOf(tokens, 0, 3), /no words 0–3/);
});
