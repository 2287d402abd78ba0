import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectHedges } from '../../../native/analysis/hedges';
import { tokenize } from '../../../native/analysis/normalize';
import { timed } from './words';

function hedgesOf(sentence: string): string[] {
  return detectHedges(tokenize(timed(sentence))).map((span) => span.text);
}

test('softening words and phrases are counted with their original text', () => {
  assert.deepEqual(hedgesOf('Maybe it was, I think, probably fine. I guess. I suppose so, perhaps.'), [
    'Maybe',
    'I think,',
    'probably',
    'I guess.',
    'I suppose',
    'perhaps.',
  ]);
  assert.deepEqual(hedgesOf('I feel like it was somewhat kinda slow, a little bit sorta, hopefully'), [
    'I feel like',
    'somewhat',
    'kinda',
    'a little bit',
    'sorta,',
    'hopefully',
  ]);
});

test('"kind of" and "sort of" soften, except after a determiner', () => {
  assert.deepEqual(hedgesOf('I kind of had a favourite and it was sort of worth it'), ['kind of', 'sort of']);
  assert.deepEqual(hedgesOf('what kind of database, that sort of test, the kind of thing, some sort of cache'), []);
});

test('"just" as a minimizer counts; "just in case", "just like", "had just", "just those" do not', () => {
  assert.deepEqual(hedgesOf("I just added a script and I'd just put a queue in front"), ['just', 'just']);
  assert.deepEqual(hedgesOf('just in case, just as fast, just like that, just those numbers, just 1% of traffic'), []);
  assert.deepEqual(hedgesOf("we had just launched and we'd just finished"), []);
});

test('"I think about" is thinking, not hedging', () => {
  assert.deepEqual(hedgesOf('I think about latency and I think of it as a queue'), []);
});

test('spans point at every word of the hedge', () => {
  const [span] = detectHedges(tokenize(timed('well a little bit')));
  assert.deepEqual([span?.firstWord, span?.lastWord], [1, 3]);
});
