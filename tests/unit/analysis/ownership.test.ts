import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../native/analysis/normalize';
import { countOwnership } from '../../../native/analysis/ownership';
import { timed } from './words';

function ownershipOf(sentence: string): { i: number; we: number } {
  return countOwnership(tokenize(timed(sentence)));
}

test('counts "I" and its contractions in any case and punctuation', () => {
  assert.deepEqual(ownershipOf("I led it, I'm proud, I’ve learned, I'd repeat it and I'll say I."), { i: 6, we: 0 });
});

test('counts "we" and its contractions', () => {
  assert.deepEqual(ownershipOf("We shipped; we're done, we've won, we'd agreed, We'll see"), { i: 0, we: 5 });
});

test('"me", "my", "myself", "us" and "our" are not counted', () => {
  assert.deepEqual(ownershipOf('me my myself us our ours it is'), { i: 0, we: 0 });
});

test('words containing "i" or "we" are not counted', () => {
  assert.deepEqual(ownershipOf('it if web weekly wedge'), { i: 0, we: 0 });
});
