import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ftsQuery, locateHit, searchTokens } from '../../../native/progress/search';
import { WORDS } from './fixtures';

test('user input becomes a safe FTS5 query: quoted terms, the last a prefix', () => {
  assert.equal(ftsQuery('checkout fail'), '"checkout" "fail"*');
  // Operators, quotes and column filters are plain words, not syntax.
  assert.equal(ftsQuery('"a" OR b* NEAR(c) col:d'), '"a" "or" "b" "near" "c" "col" "d"*');
  assert.equal(ftsQuery('  ,, '), null);
  assert.equal(ftsQuery(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' '))!.split(' ').length, 12);
  // Split and folded as the index's unicode61 tokenizer with remove_diacritics does.
  assert.deepEqual(searchTokens("Don't  CAFÉ-crème"), ['don', 't', 'cafe', 'creme']);
});

test('a hit is located at its first word, with the words around it', () => {
  // "…I added retries, so errors fell by 40 percent." — "errors fell" starts at word 13, 5.7 s.
  const hit = locateHit(WORDS, 'errors fel')!;
  assert.equal(hit.wordIndex, 13);
  assert.equal(hit.atSec, 5.7);
  assert.equal(hit.snippet, '… fix. um I added retries, so «errors fell» by 40 percent.');
});

test('terms that are not adjacent fall back to the first word matching any of them', () => {
  const hit = locateHit(WORDS, 'fix retries')!;
  assert.equal(hit.wordIndex, 7);
  assert.equal(hit.atSec, 2.5);
  // Six words either side of word 7: "our" (1) … "errors" (13), then more follow.
  assert.equal(hit.snippet, '… our checkout failed, I owned the «fix.» um I added retries, so errors …');
  assert.equal(locateHit(WORDS, 'kubernetes'), null);
  assert.equal(locateHit(WORDS, '!!'), null);
  // A contraction is two tokens in the query and in the words alike, so it is found whole.
  assert.equal(locateHit([{ text: "didn't", start: 3, end: 3.4 }], "didn't")!.atSec, 3);
});
