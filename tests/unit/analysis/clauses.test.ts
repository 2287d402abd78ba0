import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitClauses } from '../../../native/analysis/clauses';
import { clauseTense } from '../../../native/analysis/grammar';
import { tokenize } from '../../../native/analysis/normalize';
import { timed } from './words';

function clausesOf(answer: string): string[] {
  const tokens = tokenize(timed(answer));
  return splitClauses(tokens).map((clause) =>
    tokens
      .slice(clause.firstWord, clause.lastWord + 1)
      .map((token) => token.raw)
      .join(' '),
  );
}

test('clauses end at full stops and at ", and I…" joins', () => {
  assert.deepEqual(clausesOf('The queue backed up overnight, and I drained it by hand. It held.'), [
    'The queue backed up overnight,',
    'and I drained it by hand.',
    'It held.',
  ]);
});

test('"a.m." or "p.m." before a lowercase word does not end the sentence', () => {
  assert.deepEqual(clausesOf('The alarm went off at 4 a.m. every night. We moved it.'), [
    'The alarm went off at 4 a.m. every night.',
    'We moved it.',
  ]);
});

test('a clause is told in the past, in the present, or has no verb', () => {
  assert.equal(clauseTense(['i', 'quickly', 'rewrote', 'the', 'parser']), 'past');
  assert.equal(clauseTense(['pulled', 'the', 'logs']), 'past');
  assert.equal(clauseTense(['it', 'was', 'slow']), 'past');
  assert.equal(clauseTense(["i'm", 'good', 'at', 'making', 'complicated', 'things', 'simple']), 'present');
  assert.equal(clauseTense(["that's", 'what', "i'd", 'bring']), 'present');
  assert.equal(clauseTense(['weekend', 'stockouts']), undefined);
});
